import ArgumentParser
import Indicators

@main
struct Citydash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citydash",
        abstract: "A terminal dashboard of a city's economic indicators, year by year, with the source of every number.",
        subcommands: [Dashboard.self, Snapshot.self, Validate.self, Import.self],
        defaultSubcommand: Dashboard.self
    )
}

/// `--data PATH`, shared by every subcommand that reads a data file.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The data file to read.",
        discussion: "Without it, the nearest indicators.json in the working directory or a folder above it.",
        valueName: "path"))
    var data: String?

    /// Finds and loads the data file, or exits with the file's problems.
    func load() throws -> (path: String, dataset: Dataset) {
        do {
            let path = try DataFileLocator.locate(explicit: data, from: DataFileLocator.workingDirectory())
            return (path, try DatasetLoader.load(path: path))
        } catch {
            throw Failure(message: error.description, exitCode: error.exitCode)
        }
    }
}
