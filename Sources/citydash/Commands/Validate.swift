import ArgumentParser
import Indicators
import Widgets
import DashboardUI
import Importers

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check data files and print a summary of each, or every problem with its place (exit 65).")

    @OptionGroup var data: DataOptions

    func run() throws {
        try Self.reportingFailures {
            for (path, dataset) in try data.load() {
                print(ValidationSummary(path: path, dataset: dataset).text)
            }
        }
    }
}
