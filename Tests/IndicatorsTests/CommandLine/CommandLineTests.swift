import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// The built binary from a shell: exit statuses, messages, pipes and files.
@Suite struct CommandLineTests {
    let binary = TmuxSession.binary
    let dataset = RepositoryFiles.dataset

    /// Runs a shell line with $B as the binary and $D as the data file; returns status and stdout+stderr.
    private func shell(_ line: String) throws -> Command.Result {
        try Command.shell(line)
    }

    @Test func validateSummarisesTheShippedFile() throws {
        let result = try shell(#""$B" validate --data "$D" 2>&1"#)
        #expect(result.status == 0)
        #expect(result.output.contains("valid"))
        #expect(result.output.contains("indicators:   \(Shipped.model.dataset.indicators.count) (4 headline)"))
    }

    @Test func validateFindsTheFileUpward() throws {
        let result = try shell(#"cd "$(dirname "$D")/Sources/Indicators" && "$B" validate 2>&1"#)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("../../indicators.json: valid"))
    }

    @Test func exitStatusesForBadFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let broken = try folder.write("broken.json", "{\"schema\": 1,\n  \"city\": }")
        var result = try shell("\"$B\" validate --data '\(broken)' 2>&1")
        #expect(result.status == 65)
        #expect(result.output == "citydash: \(broken):2:11: expected a value, found '}'\n")
        result = try shell("\"$B\" validate --data '\(folder.path)/none.json' 2>&1")
        #expect(result.status == 66)
        #expect(result.output == "citydash: \(folder.path)/none.json: no such file\n")
        // A folder stands for the data files in it: here, the broken one.
        result = try shell("\"$B\" validate --data '\(folder.path)' 2>&1")
        #expect(result.status == 65)
        #expect(result.output == "citydash: \(broken):2:11: expected a value, found '}'\n")
        result = try shell("cd '\(folder.path)' && \"$B\" validate 2>&1")
        #expect(result.status == 66)
        #expect(result.output.contains("no indicators.json in \(folder.path) or any folder above it"))
    }

    @Test func snapshotTextIsTheDrawnGrid() throws {
        let result = try shell(#""$B" snapshot --data "$D" --year 2018 --width 80 --height 24"#)
        #expect(result.status == 0)
        var state = Shipped.state(after: Shipped.keys(toYear: 2018))
        state.year = 2018
        #expect(result.output == TextSnapshot.grid(state, data: DashboardData(Shipped.model), size: Size(width: 80, height: 24)).text)
    }

    @Test func snapshotDefaultsToTheLatestYearAt100x30WithoutATerminal() throws {
        let result = try shell(#""$B" snapshot --data "$D""#)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        // 30 rows less the status line, the source pane grown to its whole text, and the final newline.
        #expect(lines.count >= 30 && !result.output.contains("q quit"))
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 100 && !$0.hasSuffix(" ") })
        #expect(result.output.contains("Indicators · \(Shipped.model.years.last ?? 0)"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func snapshotOfAYearWithoutDataListsTheYears() throws {
        let result = try shell(#""$B" snapshot --data "$D" --year 1950 2>&1"#)
        #expect(result.status == 64)
        #expect(result.output.hasPrefix("citydash: --year 1950: no data in that year; years with data: 1990, 1991, 1992"))
    }

    @Test func dashboardWithoutATerminalPrintsTheSnapshot() throws {
        let piped = try shell(#""$B" --data "$D" | cat"#)
        let direct = try shell(#""$B" snapshot --data "$D""#)
        #expect(piped.status == 0)
        #expect(piped.output == direct.output)
    }

    @Test func closedPipeEndsQuietly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let err = "'\(folder.path)/err'"
        let result = try shell(#""$B" snapshot --data "$D" --format json 2>\#(err) | head -c 1 >/dev/null; s=${PIPESTATUS[0]}; echo "status=$s"; cat \#(err)"#)
        #expect(result.output == "status=0\n")
    }

    @Test func colorOnlyWhenAsked() throws {
        #expect(try shell(#""$B" snapshot --data "$D" --color always"#).output.contains("\u{1B}["))
        #expect(!(try shell(#""$B" snapshot --data "$D" --color auto"#).output.contains("\u{1B}[")))
    }

    @Test func outputFileIsWrittenWholeOrNotAtAll() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var result = try shell("\"$B\" snapshot --data \"$D\" --format csv --output '\(folder.path)/out.csv' 2>&1")
        #expect(result.status == 0 && result.output.isEmpty)
        let written = try String(contentsOfFile: folder.path + "/out.csv", encoding: .utf8)
        #expect(written == CSVSnapshot.render(SnapshotTable(dataset: Shipped.model.dataset, year: Shipped.model.years.last ?? 0)))
        result = try shell("\"$B\" snapshot --data \"$D\" --output '\(folder.path)/missing/out.txt' 2>&1")
        #expect(result.status == 74)
        #expect(result.output.hasPrefix("citydash: \(folder.path)/missing/out.txt: cannot write: no such file or directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try shell(#""$B" snapshot --data "$D" --format pdf 2>/dev/null"#).status == 64)
        #expect(try shell(#""$B" snapshot --data "$D" --width 0 2>/dev/null"#).status == 64)
    }
}
