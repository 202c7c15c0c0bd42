import ArgumentParser
import Foundation
import Indicators
import Widgets
import DashboardUI
import Importers

@main
struct Citydash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citydash",
        abstract: "A terminal dashboard of a city's economic indicators, year by year, with the source of every number.",
        subcommands: [Dashboard.self, Snapshot.self, Validate.self, Import.self, Rebuild.self],
        defaultSubcommand: Dashboard.self
    )
}

/// `--data PATH`, shared by every subcommand that reads data files: one
/// city per file, given once per city or as a folder of `.json` files.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A data file, or a folder of them; give it once per city.",
        discussion: "Without it, the nearest indicators.json in the working directory or a folder above it.",
        valueName: "path"))
    var data: [String] = []

    /// Finds and loads every data file. All are checked before any problem is
    /// reported, so one run lists the problems of every file.
    func load() throws -> [(path: String, dataset: Dataset)] {
        let paths: [String]
        do {
            paths = try DataFileLocator.locateAll(explicit: data, from: DataFileLocator.workingDirectory())
        } catch {
            throw Failure(message: error.description, exitCode: error.exitCode)
        }
        var loaded: [(path: String, dataset: Dataset)] = []
        var failures: [DataFileError] = []
        for path in paths {
            do {
                loaded.append((path, try DatasetLoader.load(path: path)))
            } catch {
                failures.append(error)
            }
        }
        if let first = failures.first {
            throw Failure(message: failures.map(\.description).joined(separator: "\n"), exitCode: first.exitCode)
        }
        var fileOfCity: [String: String] = [:]
        for (path, dataset) in loaded {
            if let earlier = fileOfCity[dataset.city.id] {
                throw Failure(message: "\(path): city.id: the city \"\(dataset.city.id)\" is also in \(earlier); give each city once",
                              exitCode: 65)
            }
            fileOfCity[dataset.city.id] = path
        }
        return loaded
    }
}

/// `--lang`, shared by the dashboard and snapshots.
struct LanguageOptions: ParsableArguments {
    enum Choice: String, CaseIterable, ExpressibleByArgument {
        case en, kk, ru
    }

    @Option(help: ArgumentHelp("Language of the interface, names and numbers: en, kk or ru.",
                               discussion: "Default: from LC_ALL, LC_MESSAGES or LANG (kk → Kazakh, ru → Russian, else English)."))
    var lang: Choice?

    var language: Language {
        lang.flatMap { Language(rawValue: $0.rawValue) } ?? .preferred(environment: ProcessInfo.processInfo.environment)
    }
}

extension Palette: ExpressibleByArgument {}

struct PaletteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colours: okabe-ito (colour-blind safe: better in blue, worse in orange) or classic (green and red).",
                               discussion: "Better and worse are also marked ▲ ▼, with or without colour (NO_COLOR)."))
    var palette: Palette = .okabeIto
}
