import ArgumentParser
import Indicators

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a data file and print a summary, or every problem with its place (exit 65).")

    @OptionGroup var data: DataOptions

    func run() throws {
        try Self.reportingFailures {
            let (path, dataset) = try data.load()
            print(ValidationSummary(path: path, dataset: dataset).text)
        }
    }
}
