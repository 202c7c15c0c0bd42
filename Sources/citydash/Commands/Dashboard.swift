import ArgumentParser
import CNCurses
import CursesBackend
import Foundation
import Indicators

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive dashboard (the default). With standard output not a terminal, print the text snapshot instead.")

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("Where `p` writes snapshots (default: the working directory).", valueName: "folder"))
    var snapshotDir: String?

    func run() throws {
        try Self.reportingFailures {
            let (path, dataset) = try data.load()
            let model = DashboardModel(dataset: dataset)
            guard isatty(1) == 1 else {
                // Piped or redirected: the latest year as text, never escape codes in a file.
                let grid = DashboardView.draw(.initial(for: model), model: model, size: Size(width: 100, height: 30))
                try StandardStreams.writeOutput(grid.text)
                return
            }
            try runInteractive(model: model, path: path)
        }
    }

    private func runInteractive(model initialModel: DashboardModel, path: String) throws {
        SignalPipe.install()
        cd_install_crash_restore(1)
        let screen: CursesScreen
        do {
            screen = try CursesScreen()
        } catch {
            throw Failure(message: error.message, exitCode: 69)  // EX_UNAVAILABLE
        }
        var model = initialModel
        var size = screen.size
        var (state, _) = DashboardUpdate.update(.initial(for: model), .resize, model: model, size: size)
        var watched = FileSignature(path: path)
        screen.draw(DashboardView.draw(state, model: model, size: size))
        loop: while true {
            // Wake about once a second to notice edits to the data file.
            let (events, signal) = screen.waitForEvents(timeout: 1000)
            if let signal {
                screen.stop()
                SignalPipe.endProcess(by: signal)
            }
            var reload = false
            for event in events {
                if event == .resize { size = screen.size }
                let (next, effect) = DashboardUpdate.update(state, event, model: model, size: size)
                state = next
                switch effect {
                case .quit: break loop
                case .writeSnapshot: state.message = writeSnapshot(state: state, model: model, size: size)
                case .reload: reload = true
                case nil: break
                }
            }
            let current = FileSignature(path: path)
            if current != watched {
                watched = current
                reload = true
            }
            if reload {
                (model, state) = self.reload(path: path, model: model, state: state, size: size)
            } else if events.isEmpty {
                continue  // nothing happened: nothing to draw
            }
            screen.draw(DashboardView.draw(state, model: model, size: size))
        }
        screen.stop()
    }

    /// New data keeps the view (same indicator and year where they exist);
    /// invalid data keeps the last good data and says what is wrong.
    private func reload(path: String, model: DashboardModel, state: DashboardState, size: Size) -> (DashboardModel, DashboardState) {
        // The status bar is one line: name the file, not its whole path.
        let name = path.split(separator: "/").last.map(String.init) ?? path
        do {
            let newModel = DashboardModel(dataset: try DatasetLoader.load(path: path))
            var next = state.carried(from: model, to: newModel)
            next.dataProblem = nil
            next = DashboardUpdate.update(next, .resize, model: newModel, size: size).0
            next.message = "Reloaded \(name)"
            return (newModel, next)
        } catch {
            var next = state
            next.message = nil
            let first = error.description.split(separator: "\n").first.map(String.init) ?? error.description
            let shown = first.hasPrefix(path) ? name + first.dropFirst(path.count) : first
            next.dataProblem = "Kept the last good data: \(shown)"
            return (model, next)
        }
    }

    /// `p`: the current view as text, written atomically; the status bar reports the outcome.
    private func writeSnapshot(state: DashboardState, model: DashboardModel, size: Size) -> String {
        var clean = state
        clean.message = nil
        let text = DashboardView.draw(clean, model: model, size: size).text
        let name = SnapshotFileName.make(city: model.dataset.city.id, year: state.year, date: Date())
        let folder = snapshotDir ?? "."
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
            return "Snapshot written to \(path)"
        } catch {
            return "Snapshot not written: \(error.description)"
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
