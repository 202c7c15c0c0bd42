import Foundation
import Testing

/// Every ```text block of the README is what the program draws: the line
/// before each block is its command (`<!-- citydash snapshot … -->`), run in
/// the repository. A change of the dashboard fails here, naming the block;
/// `CITYDASH_RECORD_README=1 swift test --filter ReadmeScreensTests` writes the new screens.
@Suite struct ReadmeScreensTests {
    struct Block {
        var line: Int          // of the opening fence, counted from 1
        var command: [String]  // after `citydash`
        var body: Range<Int>   // line indices of the text
    }

    static let readme = RepositoryFiles.root + "/README.md"

    static func blocks(_ lines: [String]) -> (blocks: [Block], unnamed: [Int]) {
        var blocks: [Block] = []
        var unnamed: [Int] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == "```text" else { index += 1; continue }
            let end = lines[(index + 1)...].firstIndex(of: "```") ?? lines.count
            let before = lines[..<index].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            if before.hasPrefix("<!-- citydash "), before.hasSuffix(" -->") {
                let command = before.dropFirst("<!-- citydash ".count).dropLast(" -->".count)
                blocks.append(Block(line: index + 1, command: command.split(separator: " ").map(String.init), body: (index + 1)..<end))
            } else {
                unnamed.append(index + 1)
            }
            index = end + 1
        }
        return (blocks, unnamed)
    }

    static func draw(_ arguments: [String]) throws -> Command.Result {
        // A bare environment: no settings file, no colour, the repository's data (found upward from its root).
        try Command.run("/bin/sh", ["-c", "cd \"$ROOT\" && exec \"$B\" \"$@\"", "sh"] + arguments,
                        environment: ["ROOT": RepositoryFiles.root, "B": TmuxSession.binary, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    }

    @Test func everyScreenIsWhatTheProgramDraws() throws {
        var lines = try String(contentsOfFile: Self.readme, encoding: .utf8).components(separatedBy: "\n")
        let (blocks, unnamed) = Self.blocks(lines)
        #expect(unnamed.isEmpty, "README.md: the ```text blocks at lines \(unnamed) have no <!-- citydash … --> line before them")
        #expect(blocks.count >= 3)
        let record = ProcessInfo.processInfo.environment["CITYDASH_RECORD_README"] == "1"
        for block in blocks.reversed() {
            let drawn = try Self.draw(block.command)
            #expect(drawn.status == 0, "README.md:\(block.line): citydash \(block.command.joined(separator: " ")) failed")
            var screen = drawn.output.components(separatedBy: "\n")
            if screen.last == "" { screen.removeLast() }
            let shown = Array(lines[block.body])
            if shown != screen {
                let first = zip(shown, screen).enumerated().first { $0.element.0 != $0.element.1 }
                let detail = first.map { "line \(block.body.lowerBound + $0.offset + 1) reads\n\($0.element.0)\nthe program draws\n\($0.element.1)" }
                    ?? "the README shows \(shown.count) lines, the program draws \(screen.count)"
                Issue.record("""
                    README.md:\(block.line): the screen of `citydash \(block.command.joined(separator: " "))` is not what the program draws: \
                    \(detail)
                    (CITYDASH_RECORD_README=1 swift test --filter ReadmeScreensTests writes the new screens)
                    """)
                if record { lines.replaceSubrange(block.body, with: screen) }
            }
        }
        if record {
            try lines.joined(separator: "\n").write(toFile: Self.readme, atomically: true, encoding: .utf8)
        }
    }
}
