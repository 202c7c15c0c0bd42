import ArgumentParser
import Foundation
import Indicators
import Widgets
import DashboardUI
import Importers
import Settings

@main
struct Citydash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citydash",
        abstract: "A terminal dashboard of a city's economic indicators, year by year, with the source of every number.",
        version: ProgramVersion.number,
        subcommands: [Dashboard.self, Snapshot.self, Export.self, Validate.self, Import.self, Rebuild.self, Update.self,
                      Config.self, Install.self, Uninstall.self],
        defaultSubcommand: Dashboard.self
    )

    /// `--version` anywhere before `--` prints the program's version and the
    /// data's; everything else is the argument parser's.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let options = arguments.prefix(while: { $0 != "--" })
        if options.contains("--version") {
            // `--data PATH` and `--data=PATH` still choose the data it describes.
            var data: [String] = []
            for (index, option) in options.enumerated() {
                if option == "--data", index + 1 < options.count { data.append(options[index + 1]) }
                if option.hasPrefix("--data=") { data.append(String(option.dropFirst("--data=".count))) }
            }
            do {
                try reportingFailures { try StandardStreams.writeOutput(ProgramVersion.text(data: data)) }
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}

/// `--data PATH`, shared by every subcommand that reads data files: one
/// city per file, given once per city or as a folder of `.json` files.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A data file, or a folder of them; give it once per city.",
        discussion: """
            Without it: CITYDASH_DATA, the settings' data, the nearest indicators.json in the working directory \
            or a folder above it, then the installed data ($XDG_DATA_HOME/citydash, $XDG_DATA_DIRS, <prefix>/share/citydash).
            """,
        valueName: "path"))
    var data: [String] = []

    /// Where the data files are, by the search order (`DataSearch`).
    func locate() throws -> DataSearch.Found {
        try Self.locate(explicit: data)
    }

    static func locate(explicit data: [String]) throws -> DataSearch.Found {
        let settings = try CurrentSettings.load()
        do {
            let search = DataSearch.Inputs(
                explicit: data, environment: ProcessInfo.processInfo.environment, configured: settings.data,
                configFile: settings.file, workingDirectory: DataFileLocator.workingDirectory(),
                executable: CurrentProgram.path)
            let found = try DataSearch.find(search)
            // An update stopped after its commit is finished before anything is read (`DataJournal`);
            // the files are then found again, in case it added one.
            return DataJournal.recover(besideFiles: found.paths) ? try DataSearch.find(search) : found
        } catch {
            throw Failure(message: error.description, exitCode: error.exitCode)
        }
    }

    /// Finds and loads every data file. All are checked before any problem is
    /// reported, so one run lists the problems of every file.
    func load() throws -> [(path: String, dataset: Dataset)] {
        let paths = try locate().paths
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
                               discussion: "Default: the settings' language, else from LC_ALL, LC_MESSAGES or LANG (kk → Kazakh, ru → Russian, else English)."))
    var lang: Choice?

    /// `--lang`, else the settings' language, else the locale's. A bad
    /// settings file has already stopped the command that loads data.
    var language: Language {
        lang.flatMap { Language(rawValue: $0.rawValue) }
            ?? (try? CurrentSettings.load())?.language
            ?? .preferred(environment: ProcessInfo.processInfo.environment)
    }
}

/// The settings file of this run, read when first needed.
enum CurrentSettings {
    /// The settings in force, or a `Failure` at the bad setting (exit 78).
    static func load() throws -> Settings {
        do {
            return try SettingsFile.load(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw Failure(message: error.description, exitCode: SettingsError.exitCode)
        }
    }
}

/// The running program's own path, for the data installed beside it.
enum CurrentProgram {
    static var path: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else {
            let first = CommandLine.arguments.first ?? ""
            return first.hasPrefix("/") ? first : nil
        }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension Palette: ExpressibleByArgument {}

struct PaletteOptions: ParsableArguments {
    @Option(name: .customLong("palette"),
            help: ArgumentHelp("Colours: okabe-ito (colour-blind safe: better in blue, worse in orange; the default) or classic (green and red).",
                               discussion: "Default: the palette of config.toml, else okabe-ito. Better and worse are also marked ▲ ▼, with or without colour (NO_COLOR)."))
    var chosen: Palette?

    /// The command line's, else the settings', else Okabe–Ito's.
    var palette: Palette {
        chosen ?? (try? CurrentSettings.load())?.palette ?? .okabeIto
    }
}
