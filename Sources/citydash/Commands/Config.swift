import ArgumentParser
import Foundation
import Indicators
import Widgets
import Settings

/// `citydash config`: every setting in force and where it came from: the
/// command line, the environment, the settings file (with its line) or the default.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the settings in force and where each came from.",
        discussion: """
            Settings are read from $XDG_CONFIG_HOME/citydash/config.toml (default ~/.config/citydash/config.toml): \
            language = "en" | "kk" | "ru", data = "path" or ["path", …], snapshot-dir = "folder", palette = "okabe-ito" | "classic". \
            Command-line options win over the environment, which wins over the file.
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("Where `p` writes snapshots.", valueName: "folder"))
    var snapshotDir: String?

    func run() throws {
        try Self.reportingFailures {
            let environment = ProcessInfo.processInfo.environment
            let settings = try CurrentSettings.load()
            var rows: [(String, String, String)] = []
            let file = SettingsFile.path(environment: environment)
            let fileState = file.map { settings.file == nil ? "\($0) (not there; every setting has its default)" : $0 }
                ?? "none (neither XDG_CONFIG_HOME nor HOME is set)"
            rows.append(("settings file", fileState, ""))

            let (chosen, languageOrigin) = languageInForce(settings: settings, environment: environment)
            rows.append(("language", chosen.rawValue, languageOrigin))

            let found: DataSearch.Found?
            let dataOrigin: String
            do {
                let located = try data.locate()
                found = located
                if case .settings = located.origin, let origin = settings.origin(of: .data) {
                    dataOrigin = origin
                } else {
                    dataOrigin = located.origin.label
                }
            } catch let failure as Failure where failure.exitCode == 66 {
                found = nil
                dataOrigin = failure.message.split(separator: "\n").first.map(String.init) ?? failure.message
            }
            rows.append(("data", found?.place ?? "none found", dataOrigin))
            if let found {
                rows.append(("data files", "\(found.paths.count): \(found.paths.first ?? "")\(found.paths.count > 1 ? " …" : "")", ""))
            }

            if let snapshotDir {
                rows.append(("snapshot-dir", snapshotDir, "--snapshot-dir"))
            } else if let folder = settings.snapshotDir {
                rows.append(("snapshot-dir", folder, settings.origin(of: .snapshotDir) ?? ""))
            } else {
                rows.append(("snapshot-dir", ".", "default: the working folder"))
            }
            if let source = settings.source {
                rows.append(("source", source, settings.origin(of: .source) ?? ""))
            }
            if let palette = settings.palette {
                rows.append(("palette", palette.rawValue, settings.origin(of: .palette) ?? ""))
            } else {
                rows.append(("palette", Palette.okabeIto.rawValue, "default"))
            }

            let width = rows.map { $0.0.count }.max() ?? 0
            let valueWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
            let text = rows.map { name, value, origin in
                let line = name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value
                guard !origin.isEmpty else { return line }
                return line + String(repeating: " ", count: valueWidth - DisplayWidth.of(value) + 2) + "# " + origin
            }.joined(separator: "\n")
            try StandardStreams.writeOutput(text + "\n")
        }
    }

    private func languageInForce(settings: Settings, environment: [String: String]) -> (Language, String) {
        if let lang = language.lang, let chosen = Language(rawValue: lang.rawValue) { return (chosen, "--lang") }
        if let chosen = settings.language { return (chosen, settings.origin(of: .language) ?? "") }
        if let name = ["LC_ALL", "LC_MESSAGES", "LANG"].first(where: { !(environment[$0] ?? "").isEmpty }) {
            return (.preferred(environment: environment), "\(name)=\(environment[name] ?? "")")
        }
        return (.en, "default")
    }
}
