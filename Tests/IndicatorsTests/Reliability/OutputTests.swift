import Foundation
import Testing
@testable import Indicators

/// Where a snapshot may be written: a device is written to and never
/// replaced, `-` is standard output, the input is never the output, a
/// replaced file keeps its permissions, and `p` never overwrites a snapshot.
@Suite(.serialized) struct OutputTests {
    private func mode(_ path: String) -> mode_t {
        var status = stat()
        _ = stat(path, &status)
        return status.st_mode
    }

    @Test func aDeviceIsWrittenToNeverReplaced() throws {
        let null = try Command.shell(#""$B" snapshot --data "$D" --output /dev/null 2>&1"#)
        #expect(null.status == 0 && null.output.isEmpty)
        #expect(mode("/dev/null") & S_IFMT == S_IFCHR)
        let full = try Command.shell(#""$B" snapshot --data "$D" --output /dev/full 2>&1"#)
        #expect(full.status == 74 && full.output == "citydash: /dev/full: cannot write: no space left on device\n")
        #expect(mode("/dev/full") & S_IFMT == S_IFCHR)
    }

    @Test func aDashMeansStandardOutput() throws {
        let result = try Command.shell(#""$B" snapshot --data "$D" --format csv --output - | head -1"#)
        #expect(result.output.hasPrefix("id,name,unit,year,value"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }

    @Test func theInputIsNeverTheOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = try String(contentsOfFile: RepositoryFiles.dataset, encoding: .utf8)
        let path = try folder.write("data.json", original)
        let result = try Command.shell(#""$B" snapshot --data "$F" --output "$O" 2>&1"#, environment: ["F": path, "O": folder.path + "/./data.json"])
        #expect(result.status == 64 && result.output.contains("is the data file"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func anEchoedValueCannotActOnTheTerminal() throws {
        let hostile = "evil\u{1B}]0;owned\u{07}"
        let result = try Command.shell(#""$B" snapshot --data "$D" --city "$V" 2>&1"#, environment: ["V": hostile])
        #expect(result.status == 64)
        #expect(result.output.contains("evil\u{241B}]0;owned\u{2407}"))
        #expect(!result.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        let huge = try Command.shell(#""$B" snapshot --data "$D" --city "$V" 2>&1"#, environment: ["V": String(repeating: "x", count: 100_000)])
        #expect(huge.status == 64 && huge.output.count < 2_200 && huge.output.hasSuffix("…\n"))
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("private.txt", "old")
        chmod(path, 0o600)
        let result = try Command.shell(#""$B" snapshot --data "$D" --output "$O" 2>&1"#, environment: ["O": path])
        #expect(result.status == 0)
        #expect(mode(path) & 0o777 == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "old")
    }

    @Test func twoSnapshotsInOneSecondAreTwoFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tmux = try TmuxSession.dashboard(arguments: "--snapshot-dir '\(folder.path)'")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("p", "p", "p")
        try tmux.waitFor(text: "Snapshot written to")
        // The status line is too narrow for the whole path: count the files instead, for up to ten seconds.
        var names: [String] = []
        for _ in 0..<100 {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("citydash-") }
            if names.count >= 3 { break }
            usleep(100_000)
        }
        #expect(names.count == 3, "\(names)")
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    @Test func anImportNeverWritesOverItsTableOrAnExistingFileUnasked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let table = try folder.write("t.csv", "city,indicator,year,value,unit\nx,gdp,2020,5,percent\n")
        let onItself = try Command.shell(#""$B" import "$T" --output "$T" 2>&1"#, environment: ["T": table])
        #expect(onItself.status == 64 && onItself.output.contains("is the table being imported"))
        #expect(try String(contentsOfFile: table, encoding: .utf8).hasPrefix("city,indicator"))
        let existing = try folder.write("x.json", "mine")
        let refused = try Command.shell(#""$B" import "$T" --output "$O" 2>&1"#, environment: ["T": table, "O": existing])
        #expect(refused.status == 73 && refused.output.contains("give --force to replace them"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "mine")
        let forced = try Command.shell(#""$B" import "$T" --output "$O" --force 2>&1"#, environment: ["T": table, "O": existing])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("\"gdp\""))
    }
}
