import ArgumentParser
import BureauTables
import Dispatch
import Foundation
import Importers
import Indicators
import Settings
import Synchronization

/// `citydash update`: the bureau's newest tables downloaded, checked like any import, and
/// merged into the data as a new release; the data files replaced together, or not at all.
struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Download the bureau's newest tables and merge them into the data as a new release.",
        discussion: """
            Reads the tables whose element id is known (citydash update --list) from <source>/api/iblock/element/<id>/file/<lang>/, \
            checks each like an import, and adds what changed as a new vintage dated by the release (the earlier one stays), \
            new periods as they come, and keeps a figure a table no longer gives (it is reported). The data files are replaced \
            only when every downloaded table has been read, all together through a journal beside them, so that a crash or \
            a kill leaves the old data or the new. Exit status: 0 updated or nothing to do, 64 bad usage, 65 a table that \
            cannot be read, 69 the server unavailable or refusing, 74 a transfer that broke, 130 interrupted.
            """)

    @Option(name: .customLong("only"), parsing: .upToNextOption,
            help: ArgumentHelp("Update only these tables: a name, file or element id from --list.", valueName: "table"))
    var only: [String] = []

    @Flag(help: "Print what would change; write nothing.")
    var dryRun = false

    @Flag(help: "Write nothing unless every table downloads and reads.")
    var allOrNothing = false

    @Option(help: ArgumentHelp("The bureau's address (default: the settings' source, else https://stat.gov.kz).", valueName: "url"))
    var source: String?

    @Option(help: ArgumentHelp("The folder that holds indicators.json and regions/ (default: the data the dashboard finds).",
                               valueName: "folder"))
    var data: String?

    @Option(help: ArgumentHelp("The release date given to changed figures (default: today, UTC).", valueName: "yyyy-mm-dd"))
    var released: String?

    @Option(help: ArgumentHelp("Seconds without data before a download is given up.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("Further attempts after a failure that may pass (a 5xx, a dropped connection, a timeout); the pause doubles from 1 s.",
                               valueName: "n"))
    var retries: Int = 2

    @Flag(help: "List the tables, their addresses and which can be updated; download nothing.")
    var list = false

    func validate() throws {
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be between 0 and 3600 seconds, found \(timeout)") }
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be from 0 to 10, found \(retries)") }
        if let released, !Self.isDate(released) { throw ValidationError("--released must be a date, yyyy-mm-dd, found \"\(released)\"") }
        for name in only where BureauTableList.table(named: name) == nil {
            throw ValidationError("--only: no table \"\(name)\"; the tables: \(BureauTableList.tables.map(\.name).joined(separator: ", "))")
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    func run() throws {
        try Self.reportingFailures {
            let settings = try CurrentSettings.load()
            let base = source ?? settings.source ?? BureauTableList.defaultSource
            guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http", url.host != nil else {
                throw Failure(message: "--source: \"\(base)\" is not an http:// or https:// address", exitCode: 64)
            }
            if list {
                try StandardStreams.writeOutput(Self.listing(base: base))
                return
            }
            let chosen = only.isEmpty ? BureauTableList.tables : only.compactMap(BureauTableList.table(named:))
            let refused = chosen.filter { !$0.updatable }
            if !only.isEmpty, !refused.isEmpty {
                throw Failure(message: refused.map { "\($0.name) (\($0.file)) cannot be updated: \($0.notUpdatable ?? "")" }.joined(separator: "\n"),
                              exitCode: 64)
            }
            if !refused.isEmpty {
                StandardStreams.writeError("citydash: not updatable, no element id recorded: \(refused.map(\.name).joined(separator: ", ")) (citydash update --list)\n")
            }
            let folder = try dataFolder()
            var policy = DownloadPolicy()
            policy.idleTimeout = timeout
            policy.retries = retries
            if let backoff = ProcessInfo.processInfo.environment["CITYDASH_UPDATE_BACKOFF"].flatMap(Double.init), backoff >= 0 {
                policy.backoff = backoff
            }
            let date = released ?? Self.today()
            var run = UpdateRun(folder: folder, base: base, released: date, policy: policy, dryRun: dryRun, allOrNothing: allOrNothing)
            try run.perform(chosen.filter(\.updatable))
        }
    }

    /// The folder of `indicators.json`: `--data`, else where the data search finds it.
    private func dataFolder() throws -> String {
        if let data {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder) else {
                throw Failure(message: "\(data): no such folder", exitCode: 66)
            }
            let folder = isFolder.boolValue ? data : DataJournal.parent(of: data)
            guard FileManager.default.fileExists(atPath: folder + "/" + DataFileLocator.defaultName) else {
                throw Failure(message: "\(folder): no \(DataFileLocator.defaultName) here to update", exitCode: 66)
            }
            return folder
        }
        let found = try DataOptions.locate(explicit: [])
        guard let main = found.paths.first(where: { $0.hasSuffix("/" + DataFileLocator.defaultName) || $0 == DataFileLocator.defaultName }) else {
            throw Failure(message: "\(found.place): no \(DataFileLocator.defaultName) to update; name its folder with --data", exitCode: 66)
        }
        return DataJournal.parent(of: main)
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    static func listing(base: String) -> String {
        var lines: [String] = []
        for table in BureauTableList.tables {
            lines.append("\(table.name)  \(table.file)")
            lines.append("  holds: \(table.holds); read by the \(table.reader.rawValue) reader; language \(table.language)")
            if let address = table.address(base: base) {
                lines.append("  element \(table.element!): \(address)")
            } else {
                lines.append("  not updatable: \(table.notUpdatable ?? "")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// SIGINT and SIGTERM while `update` runs: noted, and acted on between steps (downloads cancel,
/// temporaries go, the data stays as it was). Once the commit marker is written they wait.
enum UpdateInterruption {
    static let flag = Atomic<Bool>(false)
    nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { flag.store(true, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }

    static var requested: Bool { flag.load(ordering: .relaxed) }
}
