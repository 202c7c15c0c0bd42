import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Files made to break the loader, through the real binary: each gives one
/// line per problem with file and position, and the documented exit status.
@Suite struct HostileFileTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var status: Int32
        /// What the first line of standard error says, after "citydash: <path>".
        var message: String
        var description: String { name }
    }

    static let validHead = #"{"schema": 1, "city": {"id": "c", "name": "C"}, "sources": [{"id": "s", "title": "t", "publisher": "p", "date": "2018"}], "indicators": [{"id": "i", "name": "I", "unit": "percent", "observations": ["#

    static func observation(year: String) -> [UInt8] {
        Array((validHead + #"{"year": \#(year), "value": 20, "source": "s", "quote": "q"}]}]}"#).utf8)
    }

    static let cases: [Case] = [
        Case(name: "empty", bytes: [], status: 65, message: ":1:1: the file is empty; expected a JSON object"),
        Case(name: "truncated", bytes: Array(validHead.utf8), status: 65, message: ": unexpected end of file; expected a value"),
        Case(name: "invalid UTF-8", bytes: Array(#"{"a": ""#.utf8) + [0xFF, 0x22, 0x7D], status: 65, message: ":1:8: invalid UTF-8 (byte 0xFF)"),
        Case(name: "NaN", bytes: Array(#"{"a": NaN}"#.utf8), status: 65, message: ":1:7: NaN is not a JSON number; leave the observation out or write null"),
        Case(name: "Infinity", bytes: Array(#"{"a": Infinity}"#.utf8), status: 65, message: ":1:7: Infinity is not a JSON number"),
        Case(name: "1e400", bytes: Array(#"{"a": 1e400}"#.utf8), status: 65, message: ":1:7: the number '1e400' is too large to be represented"),
        Case(name: "year -0", bytes: observation(year: "-0"), status: 65,
             message: ": indicators[0].observations[0].year: expected a whole year between 1800 and 2200, found -0"),
        Case(name: "year beyond 64 bits", bytes: observation(year: "99999999999999999999"), status: 65,
             message: ": indicators[0].observations[0].year: expected a whole year between 1800 and 2200, found 99999999999999999999"),
        Case(name: "nested 100000 deep", bytes: Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000),
             status: 65, message: ":1:\(JSONParser.maximumDepth + 1): nesting deeper than \(JSONParser.maximumDepth) levels"),
        Case(name: "a top-level array", bytes: Array("[1, 2]".utf8), status: 65, message: ":1:1: expected an object, found an array"),
    ]

    private func run(_ arguments: [String]) throws -> Command.Result {
        try Command.run("/bin/sh", ["-c", "\"$0\" \"$@\" 2>&1", TmuxSession.binary] + arguments,
                        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    }

    @Test(arguments: cases)
    func badFileThroughValidateAndSnapshot(_ testCase: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/bad.json"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(testCase.bytes)))
        for command in [["validate"], ["snapshot"], []] {
            let result = try run(command + ["--data", path])
            #expect(result.status == testCase.status, "\(command): \(result.output)")
            let first = result.output.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("citydash: \(path)"), "\(first)")
            #expect(first.hasSuffix(testCase.message), "\(command): \(first)")
            #expect(!result.output.contains("Fatal error"))
            #expect(!result.output.contains("Backtrace"))
        }
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/bom.json"
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0xEF, 0xBB, 0xBF] + Self.observation(year: "2018"))))
        #expect(try run(["validate", "--data", path]).status == 0)
    }

    @Test func thousandsOfErrorsAreCappedWithACount() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad = (0..<5000).map { _ in #"{"year": 1, "value": 200, "source": "nowhere", "quote": ""}"# }.joined(separator: ",")
        let path = try folder.write("many.json", Self.validHead + bad + "]}]}")
        let result = try run(["validate", "--data", path])
        let lines = result.output.split(separator: "\n")
        #expect(result.status == 65)
        #expect(lines.count == DataFormat.maximumListed + 1)
        #expect(lines.last == "citydash: … and \(5000 * 4 - DataFormat.maximumListed) more problems")
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/huge.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)  // 1 GiB, sparse
        try handle.close()
        let result = try run(["validate", "--data", path])
        #expect(result.status == 65)
        #expect(result.output == "citydash: \(path): the file is \(1 << 30) bytes; citydash reads data files of at most \(DatasetLoader.maximumFileSize) bytes\n")
    }

    @Test func aDirectoryAndAMissingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A folder is read as the data files in it; without any, there is no input.
        var result = try run(["validate", "--data", folder.path])
        #expect(result.status == 66)
        #expect(result.output == "citydash: \(folder.path): the folder has no .json data files\n")
        result = try run(["snapshot", "--data", folder.path + "/gone.json"])
        #expect(result.status == 66)
    }
}

/// Text from a data file never reaches the terminal raw.
@Suite struct EscapeInjectionTests {
    static let hostile = """
        {"schema": 1, "city": {"id": "evil", "name": "Evil\\u001b]0;title\\u0007City"},
         "sources": [{"id": "s", "title": "T\\u001b[2J", "publisher": "P\\u009bX", "date": "2018"}],
         "indicators": [{"id": "gdp_share", "name": {"en": "Share\\u001b]0;title\\u0007 of GDP\\u202e"}, "unit": "percent", "headline": true,
           "observations": [{"year": 2018, "value": 20, "source": "s", "quote": "q\\u001b[2J\\u009b\\u2028 </text><script>alert(1)</script> &nbsp; &lt; \\"quoted\\""}]}]}
        """

    /// Bytes that act on a terminal: C0 controls but line ends, DEL, C1 controls as UTF-8 (C2 80–9F),
    /// and the line and paragraph separators and bidi overrides (E2 80 A8–AE).
    static func controlBytes(in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        for (index, byte) in bytes.enumerated() {
            if (byte < 0x20 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { found.append(index) }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { found.append(index) }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, (0xA8...0xAE).contains(bytes[index + 2]) { found.append(index) }
        }
        return found
    }

    @Test(arguments: ["text", "markdown", "csv", "json", "svg"])
    func snapshotBytesCarryNoControls(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("evil.json", Self.hostile)
        let result = try Command.run(TmuxSession.binary, ["snapshot", "--data", path, "--format", format, "--color", "never"])
        #expect(result.status == 0)
        #expect(Self.controlBytes(in: Array(result.output.utf8)).isEmpty, "\(format): \(result.output)")
        switch format {
        case "json":
            #expect(result.output.contains(#"Share\u001b]0;title\u0007 of GDP\u202e"#))
            #expect(result.output.contains(#"q\u001b[2J\u009b\u2028"#))
        case "svg":
            // The quote's markup and entities stay text: escaped by Plot, an ampersand always as &amp;.
            #expect(result.output.contains("␛]0;title␇"))
            #expect(!result.output.contains("<script") && !result.output.contains("</text><"))
            #expect(result.output.contains("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp;nbsp; &amp;lt; \"quoted\""))
            #expect(!result.output.unicodeScalars.contains { $0.value == 0x202E })
        default:
            #expect(result.output.contains("␛]0;title␇"))
        }
    }

    @Test func validateSummaryCarriesNoControls() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("evil.json", Self.hostile)
        let result = try Command.run(TmuxSession.binary, ["validate", "--data", path])
        #expect(result.status == 0)
        #expect(Self.controlBytes(in: Array(result.output.utf8)).isEmpty)
    }

    @Test func theDashboardShowsPlaceholdersAndKeepsTheWindowTitle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("evil.json", Self.hostile)
        let tmux = try TmuxSession.dashboard(width: 100, height: 30, data: path)
        try tmux.waitFor("the names with visible placeholders") {
            $0.contains("Indicators · 2018") && $0.contains("Evil␛]0;title␇City") && $0.contains("Share␛]0;title␇ of GDP")
        }
        // An OSC 0 that reached the terminal would have set the title to "title".
        #expect(!(try tmux.display("#{pane_title}")).contains("title"))
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
        #expect(!(try tmux.display("#{pane_title}")).contains("title"))
    }
}
