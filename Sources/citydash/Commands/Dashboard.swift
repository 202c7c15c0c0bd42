import ArgumentParser
import CNCurses
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
            let (_, dataset) = try data.load()
            let model = DashboardModel(dataset: dataset)
            guard isatty(1) == 1 else {
                // Piped or redirected: the latest year as text, never escape codes in a file.
                let grid = DashboardView.draw(.initial(for: model), model: model, size: Size(width: 100, height: 30))
                try StandardStreams.writeOutput(grid.text)
                return
            }
            try runInteractive(model: model)
        }
    }

    private func runInteractive(model: DashboardModel) throws {
        SignalPipe.install()
        cd_install_crash_restore(1)
        let screen = try CursesScreen()
        var size = screen.size
        var (state, _) = DashboardUpdate.update(.initial(for: model), .resize, model: model, size: size)
        screen.draw(DashboardView.draw(state, model: model, size: size))
        loop: while true {
            let (events, signal) = screen.waitForEvents()
            if let signal {
                screen.stop()
                SignalPipe.endProcess(by: signal)
            }
            for event in events {
                if event == .resize { size = screen.size }
                let (next, effect) = DashboardUpdate.update(state, event, model: model, size: size)
                state = next
                switch effect {
                case .quit: break loop
                case .writeSnapshot: state.message = writeSnapshot(state: state, model: model, size: size)
                case nil: break
                }
            }
            screen.draw(DashboardView.draw(state, model: model, size: size))
        }
        screen.stop()
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

enum SnapshotFileName {
    /// `citydash-<city>-<year>-<yyyyMMdd-HHmmss>.txt`, local time.
    static func make(city: String, year: Int, date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "citydash-\(city)-\(year)-\(formatter.string(from: date)).txt"
    }
}
