import Foundation
import Testing
import Indicators
import Widgets
import DashboardUI
import Importers

/// The built `citydash` in a real terminal (tmux): keys, overlays, resizing,
/// and the terminal given back intact however it ends.
@Suite(.serialized) struct DashboardTerminalTests {
    private func start(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
        let tmux = try TmuxSession.dashboard(width: width, height: height, environment: environment)
        try tmux.waitFor(text: "Indicators · 2024")
        return tmux
    }

    @Test func arrowsSwitchYearsAndQuitRestoresTheTerminal() throws {
        let tmux = try start()
        try tmux.send("Left")
        try tmux.waitFor(text: "Indicators · 2023")
        try tmux.send("Home")
        try tmux.waitFor(text: "Indicators · 1990")
        try tmux.send("l")
        try tmux.waitFor("1991 with the city workbook's figures") { $0.contains("Indicators · 1991") && $0.contains("Investment in fix") }
        try tmux.send("End")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }

    @Test func helpAndDetailsOverlays() throws {
        let tmux = try start()
        try tmux.send("?")
        try tmux.waitFor(text: "previous / next year with data")
        try tmux.send("Escape")
        try tmux.waitFor("the help to close") { !$0.contains("previous / next year with data") }
        try tmux.send("F1")
        try tmux.waitFor(text: "previous / next year with data")
        try tmux.send("Escape", "Enter")
        try tmux.waitFor(text: "Details · GDP share")
        try tmux.waitFor(text: "Share of the Republic's GRP")
        try tmux.send("Escape", "q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func resizeToTinyAndBack() throws {
        let tmux = try start()
        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor(text: "Terminal too small")
        try tmux.resize(width: 1, height: 1)
        try tmux.resize(width: 200, height: 50)
        // Wider screens use the room: every year fits in the header.
        try tmux.waitFor("the full layout at 200×50, every year in the header") {
            $0.contains("Indicators · 2024") && !$0.contains("too small") && $0.contains("1991 1992 1993") && $0.contains("2022 2023 2024")
        }
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let tmux = try start()
        try tmux.send("C-c")
        // The dashboard ends by SIGINT, as the shell expects, so sh drops the rest of the line.
        try tmux.expectTerminalRestored(status: nil)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try start()
        let pid = try #require(try tmux.foregroundProcess())
        kill(pid, SIGTERM)
        try tmux.expectTerminalRestored(status: "143")
    }

    /// Foreground colours 30–37 (or 38;…) appear as SGR parameters in tmux's attribute capture.
    private func hasColor(_ screen: String) -> Bool {
        screen.range(of: #"\x1B\[([0-9]+;)*(3[0-7]|38)(;[0-9]+)*m"#, options: .regularExpression) != nil
    }

    @Test func colorWhereTheTerminalHasIt() throws {
        let tmux = try start()
        try tmux.waitFor("colour on screen") { _ in hasColor(tmux.screenWithAttributes) }
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func noColorDropsColourButKeepsReverseForTheSelection() throws {
        let tmux = try start(environment: ["NO_COLOR": "1"])
        try tmux.waitFor(text: "q quit")  // the last line: the frame is complete
        let screen = tmux.screenWithAttributes
        #expect(!hasColor(screen))
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "no reverse video for the selection")
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }
}

@Suite(.serialized) struct SnapshotKeyTerminalTests {
    @Test func pWritesTheViewToAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tmux = try TmuxSession.dashboard(arguments: "--snapshot-dir '\(folder.path)'")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("p")
        try tmux.waitFor(text: "Snapshot written to")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)
        let name = try #require(files.first)
        #expect(name.range(of: #"^citydash-almaty-2024-\d{8}-\d{6}\.txt$"#, options: .regularExpression) != nil)
        // The file is the screen as it was, without the status line (the message the key put on it,
        // else the key hints) and with the source pane grown to hold its whole text.
        let written = try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
        let size = Size(width: 80, height: 24)
        #expect(written == TextSnapshot.grid(Shipped.state(after: [], size: size), data: DashboardData(Shipped.model), size: size).text)
        #expect(!written.contains("q quit"))
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func pReportsAFolderItCannotWriteAndGoesOn() throws {
        let tmux = try TmuxSession.dashboard(arguments: "--snapshot-dir /nonexistent/folder")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("p")
        try tmux.waitFor(text: "Snapshot not written")
        try tmux.send("Left")
        try tmux.waitFor(text: "Indicators · 2023")
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }
}

@Suite(.serialized) struct LiveReloadTerminalTests {
    @Test func editsShowUpBrokenFilesKeepTheLastGoodData() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = try String(contentsOfFile: RepositoryFiles.dataset, encoding: .utf8)
        let path = try folder.write("indicators.json", original)
        let tmux = try TmuxSession.dashboard(data: path)
        try tmux.waitFor(text: "22.9 %")

        // An edit: GDP share 2024 (the share derived from the bureau's table) from 22.89 to 23.89,
        // written the way editors do (new file, rename).
        let edited = original.replacingOccurrences(of: "\"value\" : 22.89,", with: "\"value\" : 23.89,")
        #expect(edited != original)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let started = Date()
        try tmux.waitFor(text: "23.9 %", timeout: 10)
        #expect(Date().timeIntervalSince(started) < 5)
        try tmux.waitFor(text: "Reloaded")

        // A broken file: the last good data stays, and the status bar says what and where.
        try "{\"schema\": 1,".write(toFile: path, atomically: true, encoding: .utf8)
        let broken = try tmux.waitFor(text: "Kept the last good data: indicators.json:1:", timeout: 10)
        #expect(broken.contains("23.9 %"))
        // Keys still work on the old data.
        try tmux.send("Left")
        try tmux.waitFor(text: "Indicators · 2023")

        // Fixed again: the new data comes in, the selected year is kept.
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.waitFor(text: "Reloaded", timeout: 10)
        try tmux.send("r")
        try tmux.waitFor(text: "Reloaded")
        try tmux.send("End")
        try tmux.waitFor(text: "22.9 %")
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }
}
