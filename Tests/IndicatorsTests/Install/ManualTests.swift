import Foundation
import Testing
@testable import DashboardUI
@testable import Indicators

/// The installed `citydash.1` is swift-argument-parser's page for the
/// command definitions, word for word, with the hand-written sections put
/// in; its keys are the key table's.
@Suite struct ManualTests {
    static func installedPage() throws -> String {
        let prefix = try TemporaryFolder()
        defer { prefix.remove() }
        let result = try Command.run("/bin/sh", ["-c", "cd \"$ROOT\" && \"$B\" install --prefix \"$P\" 2>&1"],
                                     environment: ["ROOT": RepositoryFiles.root, "B": TmuxSession.binary, "P": prefix.path])
        #expect(result.status == 0, "\(result.output)")
        return try String(contentsOfFile: prefix.path + "/share/man/man1/citydash.1", encoding: .utf8)
    }

    static let handWrittenBegin = #".\" citydash: hand-written"#
    static let handWrittenEnd = #".\" citydash: end of hand-written"#

    @Test func theGeneratedPartIsWhatThePluginMakes() throws {
        let page = try Self.installedPage()
        var generated: [Substring] = []
        var inside = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(Self.handWrittenBegin) { inside = true; continue }
            if line.hasPrefix(Self.handWrittenEnd) { inside = false; continue }
            if !inside { generated.append(line) }
        }
        // The page's own date, so the comparison does not depend on today's.
        let dateLine = try #require(page.split(separator: "\n").first { $0.hasPrefix(".Dd ") })
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "MMMM d, yyyy"
        let date = try #require(parser.date(from: String(dateLine.dropFirst(4))))
        parser.dateFormat = "yyyy-MM-dd"

        let tool = try Self.generateManualTool()
        let expected = try Command.run(tool, [TmuxSession.binary, "--date", parser.string(from: date), "--output-directory", "-"])
        #expect(expected.status == 0)
        #expect(generated.joined(separator: "\n") + "\n" == expected.output,
                "the manual page is stale: run scripts/generate-manual (it rewrites Sources/citydash/Install/GeneratedManual.swift)")
    }

    @Test func theKeysSectionIsTheKeyTable() throws {
        let page = try Self.installedPage()
        let lines = page.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: ".Sh KEYS"))
        // The items in order, each the key table's label and words (a label such as Enter appears once per mode).
        let items = lines.indices.filter { $0 > start && lines[$0].hasPrefix(".It ") && !lines[start..<$0].contains(".El") }
        let help = KeyTable.helpLines(language: .en)
        #expect(items.count == help.count)
        for (item, (label, words)) in zip(items, help) {
            #expect(lines[item] == ".It \"\(label)\"")
            #expect(lines[item + 1] == words)
        }
        for section in ["ENVIRONMENT", "FILES", "\"EXIT STATUS\""] {
            #expect(lines.contains(".Sh \(section)"), "no \(section) section")
        }
        for status in [0, 1, 64, 65, 66, 69, 74, 78] {
            #expect(lines.contains(".It \(status)"), "exit status \(status) is not explained")
        }
    }

    /// The tool the GenerateManual plugin runs: beside the tests' build (CI builds it first),
    /// else built once into .build-manual.
    static func generateManualTool() throws -> String {
        let beside = URL(fileURLWithPath: TmuxSession.binary).deletingLastPathComponent().appendingPathComponent("generate-manual").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let swift = TmuxSession.which("swift") ?? "/opt/swift/usr/bin/swift"
        let scratch = RepositoryFiles.root + "/.build-manual"
        let build = try Command.run("/bin/sh", ["-c", "cd \"$ROOT\" && \"$SWIFT\" build --product generate-manual --scratch-path \"$S\" 2>&1"
                                                + " && \"$SWIFT\" build --show-bin-path --scratch-path \"$S\""],
                                    environment: ["ROOT": RepositoryFiles.root, "SWIFT": swift, "S": scratch,
                                                  "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                                                  "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/root"])
        let bin = build.output.split(separator: "\n").last.map(String.init) ?? ""
        guard build.status == 0, FileManager.default.isExecutableFile(atPath: bin + "/generate-manual") else {
            throw CocoaError(.executableNotLoadable, userInfo: [NSLocalizedDescriptionKey: "cannot build generate-manual: \(build.output)"])
        }
        return bin + "/generate-manual"
    }
}
