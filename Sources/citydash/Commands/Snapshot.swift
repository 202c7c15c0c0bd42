import ArgumentParser
import Indicators

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the dashboard for a year as text, without a terminal.")

    @OptionGroup var data: DataOptions

    @Option(help: "The year to show (default: the latest with data).")
    var year: Int?

    @Option(help: "Width in columns (default: the terminal's, else 100).")
    var width: Int?

    @Option(help: "Height in rows (default: the terminal's, else 30).")
    var height: Int?

    func run() throws {
        try Self.reportingFailures {
            let (_, dataset) = try data.load()
            let model = DashboardModel(dataset: dataset)
            var state = DashboardState.initial(for: model)
            if let year {
                guard model.years.contains(year) else {
                    throw Failure(message: "no data for \(year); years with data: \(model.years.map(String.init).joined(separator: ", "))",
                                  exitCode: 64)
                }
                state.year = year
            }
            let size = Size(width: width ?? 100, height: height ?? 30)
            try StandardStreams.writeOutput(DashboardView.draw(state, model: model, size: size).text)
        }
    }
}
