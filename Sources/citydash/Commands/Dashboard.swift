import ArgumentParser
import CNCurses
import CursesBackend
import Foundation
import Indicators
import Widgets
import DashboardUI
import Importers

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive dashboard (the default). With standard output not a terminal, print the text snapshot instead.")

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var colors: PaletteOptions

    @Option(help: ArgumentHelp("Where `p` writes snapshots (default: the settings' snapshot-dir, else the working directory).",
                               valueName: "folder"))
    var snapshotDir: String?

    /// Whether the command line named `dashboard` rather than leaving it to be the default.
    static var subcommandNamed: Bool {
        CommandLine.arguments.dropFirst().prefix { $0 != "--" }.contains("dashboard")
    }

    func run() throws {
        try Self.reportingFailures {
            let files = try data.load()
            let cities = DashboardData(cities: files.map { DashboardModel(dataset: $0.dataset) })
            let initial = DashboardState.initial(for: cities.cities[0], language: language.language)
            guard isatty(1) == 1 else {
                // Piped or redirected: the latest year as text, never escape codes in a file.
                let grid = TextSnapshot.grid(initial, data: cities, size: Size(width: 100, height: 30))
                try StandardStreams.writeOutput(grid.text)
                // `citydash | tee log`: say why there is no dashboard, where it is seen and out of the output.
                if !Self.subcommandNamed {
                    StandardStreams.writeError(
                        "citydash: output is not a terminal; printed a snapshot (use 'citydash snapshot' to choose the format)\n")
                }
                return
            }
            let folder = try snapshotDir ?? CurrentSettings.load().snapshotDir ?? "."
            try runInteractive(data: cities, state: initial, paths: files.map(\.path), snapshotFolder: folder)
        }
    }

    /// The loop: input and the outcomes of effects become messages, the
    /// update makes the next state, the view draws it, the backend copies it.
    /// This function holds the data and performs effects; it never writes the state itself.
    private func runInteractive(data initialData: DashboardData, state initialState: DashboardState, paths: [String],
                                snapshotFolder: String) throws {
        SignalPipe.install()
        cd_install_crash_restore(1)
        let screen: CursesScreen
        do {
            screen = try CursesScreen(palette: colors.palette)
        } catch {
            throw Failure(message: error.message, exitCode: 69)  // EX_UNAVAILABLE
        }
        var data = initialData
        var state = initialState
        var watched = paths.map(FileSignature.init(path:))
        var pending: [DashboardMessage] = [.start]
        var drawn: (state: DashboardState, size: Size)?
        var size = screen.size
        // Files are read again behind the screen; those asked for while a read is under way wait for it.
        let loader = try BackgroundLoader()
        var waiting: Set<Int> = []
        var dataChanged = false
        loop: while true {
            // A batch of keys (a flood of them: a key held down, a script typing) reloads once
            // however many `r` it holds. Every `p` still writes its file: each press was asked for.
            var reloadAll = false
            var checkFiles = false
            while !pending.isEmpty {
                let message = pending.removeFirst()
                if case .input(.resize) = message { size = screen.size }
                let (next, effects) = DashboardUpdate.update(state, message, data: data, size: size)
                state = next
                for effect in effects {
                    switch effect {
                    case .quit:
                        break loop
                    case .writeSnapshot(let text, let city, let year):
                        pending.append(writeSnapshot(text: text, city: city, year: year, folder: snapshotFolder))
                    case .reload:
                        reloadAll = true
                    case .checkFiles:
                        checkFiles = true
                    }
                }
            }
            var changed = waiting
            if reloadAll { changed.formUnion(paths.indices) }
            if checkFiles { changed.formUnion(paths.indices.filter { FileSignature(path: paths[$0]) != watched[$0] }) }
            if !changed.isEmpty {
                let files = changed.sorted()
                if loader.start(files.map { (index: $0, path: paths[$0]) }) {
                    for index in files { watched[index] = FileSignature(path: paths[index]) }
                    waiting = []
                    let names = files.map { Self.fileName(paths[$0]) }
                    state = DashboardUpdate.update(state, .reading(files: names), data: data, size: size).0
                } else {
                    waiting = changed
                }
            }
            // Nothing happened (a tick with no change on disk): nothing to draw.
            if dataChanged || drawn?.state != state || drawn?.size != size {
                screen.draw(DashboardView.draw(state, data: data, size: size))
                drawn = (state, size)
                dataChanged = false
            }
            // Wake about once a second to notice edits to the data files, or when a read ends.
            let (events, signal) = screen.waitForEvents(timeout: 1000, wake: loader.wakeDescriptor)
            if let signal {
                screen.stop()
                SignalPipe.endProcess(by: signal)
            }
            pending = events.map(DashboardMessage.input)
            // New data goes first, so that no key is taken against data its state was not made for.
            if let outcomes = loader.take() {
                pending.insert(reloaded(outcomes, data: &data, state: state), at: 0)
                dataChanged = true
            }
            if pending.isEmpty { pending = [.tick] }
        }
        screen.stop()
    }

    /// The status bar is one line: it names a file, not its whole path.
    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The files read again: each that loaded replaces its city's data; each that did not keeps
    /// its city's last good data. The outcome goes back to the update as a message.
    private func reloaded(_ outcomes: [BackgroundLoader.Outcome], data: inout DashboardData, state: DashboardState) -> DashboardMessage {
        var cities = data.cities
        var problems: [String] = []
        var reloaded: [String] = []
        for outcome in outcomes {
            let path = outcome.path
            let name = Self.fileName(path)
            switch outcome.result {
            case .success(let dataset):
                cities[outcome.index] = DashboardModel(dataset: dataset)
                reloaded.append(name)
            case .failure(let error):
                let first = error.description.split(separator: "\n").first.map(String.init) ?? error.description
                problems.append(first.hasPrefix(path) ? name + first.dropFirst(path.count) : first)
            }
        }
        let previous = outcomes.contains { $0.index == state.city } ? data.model(for: state) : nil
        data = DashboardData(cities: cities)
        return .reloaded(files: reloaded, problems: problems, previous: previous)
    }

    /// `p`: the text the update drew, written atomically under a new name.
    private func writeSnapshot(text: String, city: String, year: Int, folder: String) -> DashboardMessage {
        let stem = SnapshotFileName.make(city: city, year: year, date: Date())
        // Two presses in one second make two files: the second gets -2, the third -3.
        let path = SnapshotFileName.unused(stem, in: folder) { FileManager.default.fileExists(atPath: $0) }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
            return .snapshotWritten(path: path)
        } catch {
            return .snapshotRefused(reason: error.description)
        }
    }
}

/// What identifies a file cheaply: inode, size and modification time for its contents; mode
/// and owner too, so that a file made unreadable, or replaced by a FIFO, is looked at again.
struct FileSignature: Equatable {
    var inode: UInt64 = 0
    var size: Int64 = -1
    var seconds: Int = 0
    var nanoseconds: Int = 0
    var mode: UInt32 = 0
    var owner: UInt32 = 0
    var group: UInt32 = 0

    init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        inode = UInt64(status.st_ino)
        mode = UInt32(status.st_mode)
        owner = UInt32(status.st_uid)
        group = UInt32(status.st_gid)
        size = Int64(status.st_size)
        seconds = status.st_mtim.tv_sec
        nanoseconds = status.st_mtim.tv_nsec
    }
}

enum SnapshotFileName {
    /// `citydash-<city>-<year>-<yyyyMMdd-HHmmss>.txt`, local time.
    static func make(city: String, year: Int, date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "citydash-\(city)-\(year)-\(formatter.string(from: date)).txt"
    }

    /// The path of `name` in `folder`, or of `name` with `-2`, `-3`… before its extension: the first that `exists` denies.
    static func unused(_ name: String, in folder: String, exists: (String) -> Bool) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
        var candidate = prefix + name
        var number = 2
        while exists(candidate) {
            candidate = prefix + "\(stem)-\(number).txt"
            number += 1
        }
        return candidate
    }
}
