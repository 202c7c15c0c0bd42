import Foundation
import Indicators
import Widgets
import DashboardUI
import Importers
import Testing

/// Signals, crashes, missing or odd TERM and locales, in a real terminal.
@Suite(.serialized) struct TerminalRobustnessTests {
    private func start(_ prefix: String = "", environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession.dashboard(environment: environment, prefix: prefix)
    }

    /// `citydash < /dev/null` from a terminal: keys come from the controlling terminal, so the
    /// dashboard neither spins on an endless end of file nor ignores `q`.
    @Test func standardInputThatIsNotATerminal() throws {
        let tmux = try TmuxSession.dashboard(arguments: "< /dev/null")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("Left")
        try tmux.waitFor(text: "Indicators · 2023")
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }

    @Test func sighupRestoresTheTerminal() throws {
        let tmux = try start()
        try tmux.waitFor(text: "Indicators · 2024")
        let pid = try #require(try tmux.foregroundProcess())
        kill(pid, SIGHUP)
        try tmux.expectTerminalRestored(status: nil, timeout: 20)
    }

    @Test(arguments: [SIGSEGV, SIGABRT, SIGILL])
    func aCrashRestoresTheTerminal(signal: Int32) throws {
        // No interactive backtrace prompt: the crash report prints and the process ends.
        let tmux = try start("SWIFT_BACKTRACE=interactive=no ")
        try tmux.waitFor(text: "Indicators · 2024")
        let pid = try #require(try tmux.foregroundProcess())
        kill(pid, signal)
        try tmux.expectTerminalRestored(status: nil, timeout: 20)
    }

    @Test func termUnsetOrDumbOrUnknownSaysSo() throws {
        for (prefix, expected) in [("env -u TERM ", "TERM is not set"), ("TERM=dumb ", "TERM=dumb cannot show the dashboard"),
                                   ("TERM=no-such-terminal ", "the terminal type \"no-such-terminal\" is unknown")] {
            let tmux = try start(prefix)
            let screen = try tmux.waitFor(text: "ended=69")
            #expect(screen.contains("citydash: \(expected)"), "\(screen)")
            #expect(try tmux.display("#{alternate_on}") == "0")
        }
    }

    @Test func withoutATerminalTermDoesNotMatter() throws {
        let result = try Command.run(TmuxSession.binary, ["--data", RepositoryFiles.dataset], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0)
        #expect(result.output.contains("Indicators · 2024"))
    }

    @Test(arguments: [["LC_ALL": "C"], ["LANG": ""]])
    func kazakhTextDrawsWithoutAUTF8Locale(environment: [String: String]) throws {
        let prefix = environment.keys.contains("LC_ALL") ? "LC_ALL=C " : "env -u LANG -u LC_ALL "
        let tmux = try start(prefix)
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("Left", "Left", "Left", "Left", "Left", "Left")
        try tmux.waitFor(text: "Indicators · 2018")
        // The source pane, then its second source: the akim's words at the forum, in Kazakh.
        try tmux.send("Tab", "Tab", "Down")
        // Wait for the whole frame: tmux can be read while one is still arriving.
        try tmux.waitFor("2018 with its Kazakh quote and bars") {
            $0.contains("Indicators · 2018") && $0.contains("ЖІӨ 5 бөлігі") && $0.contains("█")
        }
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }
}

@Suite struct ASCIIFallbackTests {
    @Test func barsFramesAndLettersBecomeASCII() {
        let grid = Shipped.screen(after: Shipped.keys(toYear: 2019), size: Size(width: 80, height: 24))
        let ascii = ASCIIFallback.convert(grid)
        #expect(!ascii.text.unicodeScalars.contains { !$0.isASCII })
        #expect(ascii.lines.count == 24)
        #expect(ascii.text.contains("+ GDP share -"))
        #expect(ascii.text.contains("###"))
        #expect(ascii.text.contains("25.0 % ~"))
        // Kazakh letters are placeholders, one per column, so the layout holds.
        for (line, original) in zip(ascii.lines, grid.lines) {
            #expect(line.count <= 80 && DisplayWidth.of(original) <= 80)
        }
    }
}
