import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Several data files, `--compare`, `--city`, `--all-cities` and `--lang`
/// through the built binary.
@Suite struct CitiesCompareCommandTests {
    /// Runs a shell line with $B as the binary, $D as the shipped file and $C
    /// as a folder holding the two generated cities; `env` adds to a known environment.
    private func shell(_ line: String, env: [String: String] = [:]) throws -> Command.Result {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try GeneratedCities.write(into: folder)
        var environment = ["B": TmuxSession.binary, "D": RepositoryFiles.dataset, "C": folder.path, "PATH": "/usr/bin:/bin",
                           "LANG": "C.UTF-8"]
        environment.merge(env) { $1 }
        return try Command.run("/bin/bash", ["-c", line], environment: environment)
    }

    @Test func aFolderAndRepeatedDataOptionsLoadEveryCity() throws {
        let folder = try shell(#""$B" validate --data "$D" --data "$C" 2>&1"#)
        #expect(folder.status == 0)
        #expect(folder.output.components(separatedBy: ": valid").count == 4)
        let repeated = try shell(#""$B" snapshot --data "$D" --data "$C/north.json" --data "$C/south.json" --year 2019 --width 80 --height 24"#)
        #expect(repeated.status == 0)
        #expect(repeated.output.contains("Almaty 1/3 2019"))
        #expect(repeated.output.contains("1. South Test") && repeated.output.contains("2. Almaty"))
    }

    @Test func theSameCityTwiceIsRefused() throws {
        let result = try shell(#""$B" validate --data "$C/north.json" --data "$C" 2>&1"#)
        #expect(result.status == 65)
        #expect(result.output.contains(": city.id: the city \"north\" is also in ") && result.output.contains("give each city once"))
    }

    @Test func everyFilesProblemsAreReportedInOneRun() throws {
        let result = try shell(#"printf '{"schema": 1}' > "$C/broken.json"; "$B" validate --data "$C" 2>&1"#)
        #expect(result.status == 65)
        #expect(result.output.contains("broken.json") && result.output.hasPrefix("citydash: "))
    }

    @Test func cityPicksOneAndAllCitiesPrintsEach() throws {
        let south = try shell(#""$B" snapshot --data "$D" --data "$C" --city south --year 2019 --format csv"#)
        #expect(south.status == 0)
        #expect(south.output.contains("gdp_share,gdp_share,percent,2019,25.5,"))
        let unknown = try shell(#""$B" snapshot --data "$D" --data "$C" --city astana 2>&1"#)
        #expect(unknown.status == 64)
        #expect(unknown.output == "citydash: --city astana: no such city; loaded: almaty, north, south\n")
        let all = try shell(#""$B" snapshot --data "$D" --data "$C" --all-cities --year 2019 --width 80 --height 24"#)
        #expect(all.output.contains("Almaty 1/3") && all.output.contains("North Test 2/3") && all.output.contains("South Test 3/3"))
        let csv = try shell(#""$B" snapshot --data "$D" --data "$C" --all-cities --year 2019 --format csv | head -1"#)
        #expect(csv.output.hasPrefix("city,id,name,unit,year,"))
        #expect(try shell(#""$B" snapshot --data "$D" --city north --all-cities 2>/dev/null"#).status == 64)
    }

    @Test func compareSnapshotsMatchTheScreenAndCheckTheBaseYear() throws {
        let text = try shell(#""$B" snapshot --data "$D" --year 2019 --compare 2015 --width 80 --height 24"#)
        #expect(text.status == 0)
        var state = Shipped.state(after: Shipped.keys(toYear: 2019))
        state.compareBase = 2015
        state = DashboardUpdate.update(state, .start, data: DashboardData(Shipped.model), size: Size(width: 80, height: 24)).0
        #expect(text.output == TextSnapshot.grid(state, data: DashboardData(Shipped.model), size: Size(width: 80, height: 24)).text)
        let markdown = try shell(#""$B" snapshot --data "$D" --year 2019 --compare 2015 --format markdown"#)
        #expect(markdown.output.hasPrefix("# Almaty · 2015 → 2019\n"))
        let same = try shell(#""$B" snapshot --data "$D" --year 2019 --compare 2019 2>&1"#)
        #expect(same.status == 64 && same.output.contains("is the year itself"))
        let missing = try shell(#""$B" snapshot --data "$D" --year 2019 --compare 1950 2>&1"#)
        #expect(missing.status == 64 && missing.output.hasPrefix("citydash: --compare 1950: no data in that year; years with data: 1990"))
    }

    @Test func theLanguageComesFromTheEnvironmentUnlessLangIsGiven() throws {
        let line = #""$B" snapshot --data "$D" --year 2019 --width 80 --height 24"#
        #expect(try shell(line, env: ["LANG": "kk_KZ.UTF-8"]).output.contains("Көрсеткіштер · 2019"))
        #expect(try shell(line, env: ["LANG": "kk_KZ.UTF-8", "LC_ALL": "ru_RU.UTF-8"]).output.contains("Показатели · 2019"))
        #expect(try shell(line + " --lang en", env: ["LANG": "ru_RU.UTF-8"]).output.contains("Indicators · 2019"))
        #expect(try shell(line + " --lang ru").output.contains("20,0 %"))
        #expect(try shell(line + " --lang de 2>/dev/null").status == 64)
    }
}
