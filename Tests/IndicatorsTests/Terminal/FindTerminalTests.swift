import Foundation
import Testing
@testable import DashboardUI

/// Find, sort and transform in a real terminal (tmux), every region loaded.
@Suite(.serialized) struct FindTerminalTests {
    private func start(arguments: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession.dashboard(arguments: "--data '\(RepositoryFiles.root)/regions' \(arguments)")
        try tmux.waitFor(text: "q quit")
        return tmux
    }

    @Test func slashUnempEnterSelectsTheUnemploymentRate() throws {
        let tmux = try start()
        try tmux.send("/")
        try tmux.waitFor(text: "/▏")
        try tmux.send("-l", "unemp")
        try tmux.waitFor(text: "/unemp▏")
        try tmux.send("Enter")
        try tmux.waitFor("the unemployment rate selected, the line closed") {
            $0.contains("Source · Unemployment rate 2024") && $0.contains("q quit") && !$0.contains("/unemp")
        }
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func aHundredKilobytePasteIsTextNeverKeys() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tmux = try start(arguments: "--snapshot-dir '\(folder.path)'")
        // p writes a snapshot, q quits, o and c and ? act: none of them may.
        let line = "pqoc?Lsu/ pasted q p\n"
        let text = String(repeating: line, count: 100_000 / line.utf8.count + 1)
        #expect(text.utf8.count >= 100_000)
        try tmux.send("/")
        try tmux.waitFor(text: "/▏")
        try tmux.paste(text)
        try tmux.waitFor("the paste on the search line") { $0.contains("…") && $0.contains("▏") && $0.contains("Esc cancel") }
        try tmux.send("Escape")
        try tmux.waitFor("the line closed") { $0.contains("q quit") && !$0.contains("Esc cancel") }
        // Outside the search line a paste is ignored.
        try tmux.paste(text)
        try tmux.send("Left")
        try tmux.waitFor(text: "Indicators · 2023")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "a snapshot was written")
        #expect(!tmux.screen.contains("ended="), "the dashboard quit")
        #expect(!tmux.screen.contains("Keys"), "the help opened")
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }

    @Test func uInCompareModeShowsTheCAGR() throws {
        let tmux = try start()
        try tmux.send("/")
        try tmux.send("-l", "gross reg")
        try tmux.send("Enter", "Left", "c")
        try tmux.waitFor(text: "2022 → 2023")
        // The base year back to 2010: twelve years from 2022.
        for _ in 0..<12 { try tmux.send("[") }
        try tmux.waitFor(text: "2010 → 2023")
        try tmux.send("u")
        try tmux.waitFor(text: "CAGR 2010→2023")
        try tmux.waitFor(text: "+15.39 %/yr")
        try tmux.send("u")
        try tmux.waitFor(text: "index 2010 = 100")
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }
}
