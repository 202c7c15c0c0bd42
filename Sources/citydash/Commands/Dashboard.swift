import ArgumentParser
import CNCurses
import CursesBackend
import Foundation
import Indicators

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive dashboard (the default). With standard output not a terminal, print the text snapshot instead.")

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("Where `p` writes snapshots (default: the working directory).", valueName: "folder"))
    var snapshotDir: String?

    func run() throws {
        try Self.reportingFailures {
            let files = try data.load()
            let cities = DashboardData(cities: files.map { DashboardModel(dataset: $0.dataset) })
            let initial = DashboardState.initial(for: cities.cities[0], language: language.language)
            guard isatty(1) == 1 else {
                // Piped or redirected: the latest year as text, never escape codes in a file.
                let grid = DashboardView.draw(initial, data: cities, size: Size(width: 100, height: 30))
                try StandardStreams.writeOutput(grid.text)
                return
            }
            try runInteractive(data: cities, state: initial, paths: files.map(\.path))
        }
    }

    private func runInteractive(data initialData: DashboardData, state initialState: DashboardState, paths: [String]) throws {
        SignalPipe.install()
        cd_install_crash_restore(1)
        let screen: CursesScreen
        do {
            screen = try CursesScreen()
        } catch {
            throw Failure(message: error.message, exitCode: 69)  // EX_UNAVAILABLE
        }
        var data = initialData
        var size = screen.size
        var (state, _) = DashboardUpdate.update(initialState, .resize, data: data, size: size)
        var watched = paths.map(FileSignature.init(path:))
        screen.draw(DashboardView.draw(state, data: data, size: size))
        loop: while true {
            // Wake about once a second to notice edits to the data files.
            let (events, signal) = screen.waitForEvents(timeout: 1000)
            if let signal {
                screen.stop()
                SignalPipe.endProcess(by: signal)
            }
            var reload: Set<Int> = []
            for event in events {
                if event == .resize { size = screen.size }
                let (next, effect) = DashboardUpdate.update(state, event, data: data, size: size)
                state = next
                switch effect {
                case .quit: break loop
                case .writeSnapshot: state.message = writeSnapshot(state: state, data: data, size: size)
                case .reload: reload.formUnion(paths.indices)
                case nil: break
                }
            }
            for (index, path) in paths.enumerated() {
                let current = FileSignature(path: path)
                if current != watched[index] {
                    watched[index] = current
                    reload.insert(index)
                }
            }
            if !reload.isEmpty {
                (data, state) = self.reload(reload.sorted(), paths: paths, data: data, state: state, size: size)
            } else if events.isEmpty {
                continue  // nothing happened: nothing to draw
            }
            screen.draw(DashboardView.draw(state, data: data, size: size))
        }
        screen.stop()
    }

    /// New data keeps the view (same indicator and year where they exist);
    /// invalid data keeps that city's last good data and says what is wrong.
    private func reload(_ indices: [Int], paths: [String], data: DashboardData, state: DashboardState, size: Size) -> (DashboardData, DashboardState) {
        var cities = data.cities
        var problems: [String] = []
        var reloaded: [String] = []
        for index in indices {
            let path = paths[index]
            // The status bar is one line: name the file, not its whole path.
            let name = path.split(separator: "/").last.map(String.init) ?? path
            do {
                cities[index] = DashboardModel(dataset: try DatasetLoader.load(path: path))
                reloaded.append(name)
            } catch {
                let first = error.description.split(separator: "\n").first.map(String.init) ?? error.description
                problems.append(first.hasPrefix(path) ? name + first.dropFirst(path.count) : first)
            }
        }
        let newData = DashboardData(cities: cities)
        var next = state.city < cities.count && indices.contains(state.city)
            ? state.carried(from: data.model(for: state), to: newData.model(for: state)) : state
        next = DashboardUpdate.update(next, .resize, data: newData, size: size).0
        next.dataProblem = problems.first
        next.message = problems.isEmpty ? .reloaded(file: reloaded.joined(separator: ", ")) : nil
        return (newData, next)
    }

    /// `p`: the current view as text, written atomically; the status bar reports the outcome.
    private func writeSnapshot(state: DashboardState, data: DashboardData, size: Size) -> StatusMessage {
        var clean = state
        clean.message = nil
        let text = DashboardView.draw(clean, data: data, size: size).text
        let name = SnapshotFileName.make(city: data.model(for: state).dataset.city.id, year: state.year, date: Date())
        let folder = snapshotDir ?? "."
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
            return .snapshotWritten(path: path)
        } catch {
            return .snapshotNotWritten(reason: error.description)
        }
    }
}

/// What identifies a file's contents cheaply: inode, size and modification time.
struct FileSignature: Equatable {
    var inode: UInt64 = 0
    var size: Int64 = -1
    var seconds: Int = 0
    var nanoseconds: Int = 0

    init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        inode = UInt64(status.st_ino)
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
}
