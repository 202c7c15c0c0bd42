import ArgumentParser
import Indicators

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive dashboard (the default).")

    @OptionGroup var data: DataOptions

    func run() throws {
        try Self.reportingFailures {
            let (_, dataset) = try data.load()
            print(ValidationSummary(path: "", dataset: dataset).text)
        }
    }
}
