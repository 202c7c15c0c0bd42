import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// What the issue asks a new user to try, in a real terminal: compare 2015
/// with 2019, compare one indicator across three cities, switch the
/// interface to Kazakh and back; each view's snapshot is the screen.
@Suite(.serialized) struct CompareCitiesTerminalTests {
    /// The screen above the source pane (at 80×24 its top is row 18), trailing spaces
    /// trimmed as snapshots trim them: the snapshot's source pane grows to hold its
    /// whole text, and it has no status line (which shows the outcome of `p`).
    private func body(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).prefix(18).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// Presses `p` and returns the snapshot file it wrote, once the status bar names it.
    private func snapshot(_ tmux: TmuxSession, folder: TemporaryFolder) throws -> (screen: String, file: String) {
        try tmux.send("p")
        let screen = try tmux.waitFor(text: folder.path)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("citydash-") })
        return (screen, try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8))
    }

    @Test func compare2015With2019() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tmux = try TmuxSession.dashboard(arguments: "--snapshot-dir '\(folder.path)'")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("Left", "Left", "Left", "Left", "Left")
        try tmux.waitFor(text: "Indicators · 2019")
        try tmux.send("c")
        try tmux.waitFor(text: "Indicators · 2018 → 2019")
        try tmux.send("[", "[", "[")
        let screen = try tmux.waitFor("2015 → 2019 with the tax share's fall") {
            $0.contains("Indicators · 2015 → 2019") && $0.contains("25.0 % ≈ -6.0 pp") && $0.contains("2015: 31.0 %")
        }
        #expect(screen.contains("[ ] base year"))
        let (shown, file) = try snapshot(tmux, folder: folder)
        #expect(body(file) == body(shown))
        try tmux.send("c")
        try tmux.waitFor("compare mode to end") { $0.contains("Indicators · 2019") && !$0.contains("→ 2019") }
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func oneIndicatorAcrossThreeCities() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try GeneratedCities.write(into: folder)
        let snapshots = try TemporaryFolder()
        defer { snapshots.remove() }
        let tmux = try TmuxSession.dashboard(arguments: "--data '\(folder.path)' --snapshot-dir '\(snapshots.path)'")
        try tmux.waitFor(text: "Almaty 1/3 2024")
        try tmux.send("Left", "Left", "Left", "Left", "Left")
        try tmux.waitFor("the three cities ranked for 2019") {
            $0.contains("Cities · 2019 · share %") && $0.contains("1. South Test") && $0.contains("2. Almaty") && $0.contains("3. North Test")
        }
        try tmux.send(">")
        try tmux.waitFor(text: "North Test 2/3 2019")
        let (shown, file) = try snapshot(tmux, folder: snapshots)
        #expect(body(file) == body(shown))
        try tmux.send("<", "o")
        try tmux.waitFor("the overlay legend") { $0.contains("Almaty 1/3") && $0.contains("● Almaty") && $0.contains("■ South") }
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func kazakhAndBackAndRussianFromTheLocale() throws {
        let tmux = try TmuxSession.dashboard()
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("L")
        try tmux.waitFor("the Kazakh interface") { $0.contains("Көрсеткіштер · 2024") && $0.contains("Қазақша") && $0.contains("22,9 %") }
        try tmux.send("Escape")
        try tmux.waitFor(text: "? анықтама")
        try tmux.send("L", "L")
        try tmux.waitFor("English again") { $0.contains("Indicators · 2024") && $0.contains("22.9 %") }
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")

        let russian = try TmuxSession.dashboard(environment: ["LANG": "ru_RU.UTF-8"])
        try russian.waitFor("the Russian interface") { $0.contains("Показатели · 2024") && $0.contains("? справка") }
        try russian.send("q")
        try russian.waitFor(text: "ended=0")
    }
}
