import Foundation
import Testing
@testable import Importers
@testable import Indicators

/// `citydash update` against the bureau played on 127.0.0.1 (`Tests/bureau-server.py`): the
/// real binary, the real tables of ../shared/data/bns, and a copy of the shipped data. Every
/// fault leaves the data byte for byte as it was; a release changes it whole.
@Suite(.serialized) struct UpdateTests {
    static let grp = BureauServer.path("almaty-dynamics")
    static let population = BureauServer.path("population")
    /// Fast retries: the pause before a retry, in seconds.
    static let fast = ["CITYDASH_UPDATE_BACKOFF": "0.05"]

    static func update(_ server: BureauServer, _ data: DataCopy, _ options: String, environment: [String: String] = fast) throws -> Command.Result {
        try Command.shell(#""$B" update --source "$S" --data "$F" --released 2026-11-29 "# + options + " 2>&1",
                          environment: ["S": server.base, "F": data.path].merging(environment) { $1 })
    }

    // MARK: - A new release

    @Test func aRevisedGRPTableBecomesANewVintageAndTheOldOneStays() throws {
        let server = try BureauServer([Self.grp: BureauServer.revisedGRP])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        let result = try Self.update(server, data, "--only almaty-dynamics")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("almaty-dynamics (element region/291724, ru): 0 new, 1 revised, 459 unchanged in 1 region"), "\(result.output)")
        #expect(result.output.contains("Almaty city Gross regional product 2023: 24 895 900.0 → 25 229 700.0 mln ₸ (+1.3 %)"), "\(result.output)")
        let after = data.files()
        // Only Almaty's file changed, and nothing was left beside it.
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == ["indicators.json"])
        let dataset = try DatasetLoader.load(path: data.path + "/indicators.json")
        let grp = try #require(dataset.indicator(id: "grp"))
        let record = try #require(grp.record(in: 2023))
        #expect(record.value == 25_229_700_000_000)
        #expect(record.released == "2026-11-29")
        #expect(grp.isRevised(in: 2023))
        #expect(grp.vintages(in: 2023).contains { $0.value == 24_895_900_000_000 && $0.released == "2025-05-20" })
        let source = try #require(dataset.source(id: record.source))
        #expect(source.url == server.base + Self.grp)
        #expect(source.date == "2026-11-29")
        // Every other figure is as it was.
        let shipped = try DatasetLoader.load(path: RepositoryFiles.dataset)
        #expect(dataset.observationCount == shipped.observationCount + 1)
        // The same release again: nothing to do, nothing written.
        let again = try Self.update(server, data, "--only almaty-dynamics")
        #expect(again.status == 0)
        #expect(again.output.contains("0 new, 0 revised, 460 unchanged"), "\(again.output)")
        #expect(again.output.contains("nothing to update"))
        #expect(data.files() == after)
        let validate = try Command.shell(#""$B" validate --data "$F/indicators.json" 2>&1"#, environment: ["F": data.path])
        #expect(validate.status == 0, "\(validate.output)")
        // The dashboard's source pane marks the new record revised, in each language.
        for (language, words) in [("en", "[official · released 2026-11-29 · revised]"), ("kk", "қайта қаралған]"), ("ru", "пересмотрено]")] {
            let screen = try Command.shell(
                #""$B" snapshot --data "$F/indicators.json" --year 2023 --indicator grp --width 120 --height 40 --lang $L 2>&1"#,
                environment: ["F": data.path, "L": language])
            #expect(screen.status == 0)
            #expect(screen.output.contains(words), "\(language): \(screen.output)")
        }
    }

    /// As a user sees it: after the update, the dashboard in a real terminal shows the new 2023
    /// figure marked revised, and its details list the earlier releases with their dates.
    @Test func theDashboardShowsTheRevisionAndTheEarlierVintage() throws {
        let server = try BureauServer([Self.grp: BureauServer.revisedGRP])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let result = try Self.update(server, data, "--only almaty-dynamics")
        #expect(result.status == 0, "\(result.output)")
        let tmux = try TmuxSession.dashboard(width: 120, height: 40, data: data.path + "/indicators.json")
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("Left")
        try tmux.waitFor(text: "Indicators · 2023")
        try tmux.send("/")
        try tmux.paste("gross regional")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Source · Gross regional product 2023")
        try tmux.waitFor(text: "25.2 trn ₸ [official · released 2026-11-29 · revised]")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Details · Gross regional product")
        // The details open at 2023; the earlier release of the same table is a page or two below.
        var screen = ""
        for _ in 0..<6 where !screen.contains("24,895,900,000,000 ₸  (official · released 2025-05-20, earlier release)") {
            try tmux.send("PgDn")
            usleep(200_000)
            screen = tmux.screen
        }
        #expect(screen.contains("24,895,900,000,000 ₸  (official · released 2025-05-20, earlier release)"), "\(screen)")
        try tmux.waitFor(text: "25,229,700,000,000 ₸  (official · released 2026-11-29, revised)")
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.waitFor(text: "ended=0")
    }

    /// A figure the new release no longer gives ("…" where 2023 was) is reported and kept: nothing to write.
    @Test func aFigureThatVanishedIsReportedAndKept() throws {
        var route = BureauServer.revisedGRP
        route["cells"] = [["sheet": "ВРП", "cell": "AI2", "value": "…"]]
        let server = try BureauServer([Self.grp: route])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        let result = try Self.update(server, data, "--only almaty-dynamics")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 new, 0 revised, 459 unchanged, 1 no longer given (kept)"), "\(result.output)")
        #expect(result.output.contains("Almaty city: no longer in the table, kept: grp 2023 year"), "\(result.output)")
        #expect(data.files() == before)
    }

    @Test func aDryRunPrintsTheRevisionsAndWritesNothing() throws {
        let server = try BureauServer([Self.grp: BureauServer.revisedGRP, Self.population: BureauServer.revisedPopulation])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        let result = try Self.update(server, data, "--only almaty-dynamics population --dry-run")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("population (element 6584, ru): 0 new, 4 revised"), "\(result.output)")
        #expect(result.output.contains("Almaty city Population 2023 1 Jan: 2 161 797 → 2 161 900 people (+0.00 %)"), "\(result.output)")
        #expect(result.output.contains("Almaty city Gross regional product 2023: 24 895 900.0 → 25 229 700.0 mln ₸ (+1.3 %)"))
        #expect(result.output.contains("dry run: 5 files would change; nothing written") == false)
        #expect(result.output.contains("dry run: 4 files would change; nothing written"), "\(result.output)")
        #expect(data.files() == before)
    }

    @Test func theTableListSaysWhichTablesCannotBeUpdated() throws {
        let server = try BureauServer()
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        let all = try Self.update(server, data, "")
        #expect(all.status == 0, "\(all.output)")
        #expect(all.output.contains("not updatable, no element id recorded: grp, grp-per-capita, population-2023, unemployment, cpi"))
        #expect(all.output.contains("nothing to update: the data has every figure of 4 tables"), "\(all.output)")
        #expect(data.files() == before)
        for table in BureauTableList.updatable { #expect(server.requests(BureauServer.path(table.name)) == 1) }

        let named = try Self.update(server, data, "--only grp")
        #expect(named.status == 64)
        #expect(named.output.contains("grp (grp-by-region-1990-2023.xlsx) cannot be updated: no element id is recorded for it"), "\(named.output)")
        let unknown = try Self.update(server, data, "--only gdp")
        #expect(unknown.status == 64)
        #expect(unknown.output.contains("no table \"gdp\""), "\(unknown.output)")
        let source = try Command.shell(#""$B" update --source ftp://example.org --data "$F" 2>&1"#, environment: ["F": data.path])
        #expect(source.status == 64)
        #expect(source.output.contains("--source: \"ftp://example.org\" is not an http:// or https:// address"), "\(source.output)")
        let list = try Command.shell(#""$B" update --list 2>&1"#)
        #expect(list.status == 0)
        #expect(list.output.contains("element region/291724: https://stat.gov.kz/api/iblock/element/region/291724/file/ru/"), "\(list.output)")
        #expect(list.output.contains("element 6584: https://stat.gov.kz/api/iblock/element/6584/file/ru/"))
        #expect(data.files() == before)
    }

    // MARK: - Faults: the data stays as it was

    struct Fault: CustomTestStringConvertible, Sendable {
        var name: String
        var extra: [String: String] = [:]
        var status: Int32
        var message: String
        /// Requests the server sees with one retry allowed.
        var requests: Int
        var testDescription: String { name }
    }

    static let faults: [Fault] = [
        Fault(name: "500", status: 69, message: "the server answered 500 Internal Server Error", requests: 2),
        Fault(name: "404", status: 69, message: "the server answered 404 Not Found", requests: 1),
        Fault(name: "drop", status: 74, message: "the connection was dropped after ", requests: 2),
        Fault(name: "stall", extra: ["seconds": "5"], status: 74, message: "timed out: no data for 1 s", requests: 2),
        Fault(name: "truncate", status: 65, message: "not a readable zip archive (damaged or truncated)", requests: 1),
        Fault(name: "html", status: 65, message: "not an xlsx workbook: the server sent a page (it begins \"<!DOCTYPE html>\")", requests: 1),
        Fault(name: "bomb", status: 65, message: "refused as a zip bomb: entry xl/worksheets/sheet1.xml inflates", requests: 1),
        Fault(name: "redirect-loop", status: 69, message: "more than 5 redirects (a redirect loop?)", requests: 6),
    ]

    @Test(arguments: faults) func aFaultLeavesTheDataAsItWas(_ fault: Fault) throws {
        // The table as shipped (a patched copy takes the server a moment to make, which a busy machine could stretch past a timeout).
        var route: BureauServer.Route = ["file": RepositoryFiles.bureau + "/almaty-city-socioeconomic-dynamics-1991-2025.xlsx", "fault": fault.name]
        for (key, value) in fault.extra { route[key] = Double(value) ?? value }
        let server = try BureauServer([Self.grp: route])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        // Only the stalled body waits for the timeout; the others get a generous one.
        let result = try Self.update(server, data, "--only almaty-dynamics --retries 1 --timeout \(fault.name == "stall" ? 1 : 20)")
        #expect(result.status == fault.status, "\(result.output)")
        #expect(result.output.contains("citydash: almaty-dynamics: \(server.base)\(Self.grp): "), "\(result.output)")
        #expect(result.output.contains(fault.message), "\(result.output)")
        #expect(result.output.contains("1 of 1 tables failed; their figures are as they were"))
        #expect(server.requests(Self.grp) == fault.requests)
        #expect(data.files() == before)
    }

    /// A certificate that does not verify (self-signed) is refused, and never retried: verification is never turned off.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func aCertificateThatDoesNotVerifyIsRefused() throws {
        let server = try BureauServer([Self.grp: BureauServer.revisedGRP], tls: true)
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        #expect(server.base.hasPrefix("https://127.0.0.1:"))
        let result = try Self.update(server, data, "--only almaty-dynamics --retries 2")
        #expect(result.status == 69, "\(result.output)")
        #expect(result.output.contains("the server's certificate does not verify"), "\(result.output)")
        #expect(result.output.contains("verification is never turned off"))
        #expect(server.requests(Self.grp) == 0)
        #expect(data.files() == before)
    }

    @Test func aServerThatFailsTwiceIsAskedAgainAfterAPause() throws {
        var route = BureauServer.revisedGRP
        route["fault"] = "fail-first"
        route["count"] = 2
        let server = try BureauServer([Self.grp: route])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let refused = try Self.update(server, data, "--only almaty-dynamics --retries 1")
        #expect(refused.status == 69)
        #expect(server.requests(Self.grp) == 2)
        let result = try Self.update(server, data, "--only almaty-dynamics --retries 2")
        #expect(result.status == 0, "\(result.output)")
        #expect(server.requests(Self.grp) == 3)
        #expect(result.output.contains("0 new, 1 revised"))
    }

    @Test func aFailedTableKeepsItsFiguresAndTheOthersUpdateUnlessAllOrNothing() throws {
        var broken = BureauServer.revisedPopulation
        broken["fault"] = "500"
        let server = try BureauServer([Self.grp: BureauServer.revisedGRP, Self.population: broken])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        let strict = try Self.update(server, data, "--only almaty-dynamics population --retries 0 --all-or-nothing")
        #expect(strict.status == 69, "\(strict.output)")
        #expect(strict.output.contains("nothing written: --all-or-nothing, and 1 of 2 tables failed"), "\(strict.output)")
        #expect(data.files() == before)

        let partial = try Self.update(server, data, "--only almaty-dynamics population --retries 0")
        #expect(partial.status == 69, "\(partial.output)")
        #expect(partial.output.contains("citydash: population: \(server.base)\(Self.population): the server answered 500"))
        #expect(partial.output.contains("1 of 2 tables failed; their figures are as they were"))
        let after = data.files()
        #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == ["indicators.json"])
    }

    /// Ctrl-C while a table downloads: nothing written, no temporary file left.
    @Test func anInterruptLeavesTheDataAsItWas() throws {
        var route = BureauServer.revisedGRP
        route["fault"] = "stall"
        route["seconds"] = 10
        let server = try BureauServer([Self.grp: route])
        defer { server.stop() }
        let data = try DataCopy()
        defer { data.remove() }
        let before = data.files()
        let result = try Command.shell(
            #""$B" update --source "$S" --data "$F" --only almaty-dynamics 2>&1 & pid=$!; sleep 1; kill -INT $pid; wait $pid; echo "status $?""#,
            environment: ["S": server.base, "F": data.path])
        #expect(result.output.contains("interrupted: nothing written, the data is as it was"), "\(result.output)")
        #expect(result.output.contains("status 130"), "\(result.output)")
        #expect(data.files() == before)
    }

    // MARK: - Killed while it writes

    /// SIGKILL at random moments of an update that changes five files (the commit stretched by the
    /// test hook to about half a second): each time the data loads (`validate` finishes a
    /// committed journal first) and is the old release or the new, whole.
    @Test func aKillAtAnyMomentLeavesTheOldDataOrTheNew() throws {
        let server = try BureauServer([Self.grp: BureauServer.revisedGRP, Self.population: BureauServer.revisedPopulation])
        defer { server.stop() }
        let slow = Self.fast.merging(["CITYDASH_UPDATE_STEP_DELAY_MS": "40"]) { $1 }
        let whole = try DataCopy()
        defer { whole.remove() }
        let old = whole.files()
        let started = Date()
        let complete = try Self.update(server, whole, "--only almaty-dynamics population", environment: slow)
        let duration = Date().timeIntervalSince(started)
        #expect(complete.status == 0, "\(complete.output)")
        let new = whole.files()
        #expect(new.filter { old[$0.key] != $0.value }.count == 4)
        var outcomes: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<12 {
            let data = try DataCopy()
            defer { data.remove() }
            // Even attempts: anywhere in the run. Odd ones: while it writes, from the moment the journal
            // appears to a little past the commit (4 files staged and 4 moved, 40 ms apiece).
            let writing = attempt % 2 == 1
            let delay = String(format: "%.3f", writing ? Double.random(in: 0...0.45, using: &generator)
                                                       : Double.random(in: 0...1, using: &generator) * duration)
            let wait = writing ? #"while [ ! -d "$F/.citydash-update" ] && kill -0 $pid 2>/dev/null; do sleep 0.002; done; "# : ""
            let killed = try Command.shell(
                #""$B" update --source "$S" --data "$F" --released 2026-11-29 --only almaty-dynamics population >/dev/null 2>&1 & pid=$!; "#
                    + wait + #"sleep $W; kill -KILL $pid; wait $pid; echo "status $?""#,
                environment: ["S": server.base, "F": data.path, "W": delay].merging(slow) { $1 })
            // What the kill left: a journal with its commit marker (finished by the next load), one without (removed), none.
            let journal = data.path + "/.citydash-update"
            let left = FileManager.default.fileExists(atPath: journal + "/COMMIT") ? "committed journal"
                : FileManager.default.fileExists(atPath: journal) ? "uncommitted journal" : "no journal"
            outcomes[left, default: 0] += 1
            let validate = try Command.shell(#""$B" validate --data "$F/indicators.json" --data "$F/regions" 2>&1"#, environment: ["F": data.path])
            #expect(validate.status == 0, "killed after \(delay) s: \(validate.output)")
            let files = data.files()
            let state = files == old ? "old" : files == new ? "new" : "mixed"
            #expect(state != "mixed", "killed after \(delay) s (\(killed.output)): \(files.filter { old[$0.key] != $0.value && new[$0.key] != $0.value }.map(\.key))")
            outcomes[state, default: 0] += 1
        }
        print("kill outcomes over 12 runs of \(String(format: "%.2f", duration)) s: \(outcomes)")
    }
}

/// The merge of a release, on made-up data.
@Suite struct ReleaseMergeTests {
    static func dataset(_ observations: [Observation], sources: [Source]) -> Dataset {
        Dataset(city: City(id: "KZ-75", name: LocalizedText(en: "Almaty city")), sources: sources,
                indicators: [Indicator(id: "grp", name: LocalizedText(en: "GRP"), unit: .tenge, observations: observations)])
    }

    static let table = Source(id: "bns-table-x", title: "X", publisher: "BNS", date: "2025-05-20", kind: .official)

    @Test func newRevisedUnchangedAndVanishedFiguresAreCountedAndNothingIsDeleted() throws {
        let existing = Self.dataset([
            Observation(year: 2021, value: 1, released: "2025-05-20", source: "bns-table-x", evidence: .official, quote: "A1"),
            Observation(year: 2022, value: 2, released: "2025-05-20", source: "bns-table-x", evidence: .official, quote: "A2"),
            Observation(year: 2023, value: 3, released: "2025-05-20", source: "bns-table-x", evidence: .official, quote: "A3"),
        ], sources: [Self.table])
        let release = Self.dataset([
            Observation(year: 2022, value: 2, source: "bns-table-x", evidence: .official, quote: "A2"),
            Observation(year: 2023, value: 4, source: "bns-table-x", evidence: .official, quote: "A3"),
            Observation(year: 2024, value: 5, source: "bns-table-x", evidence: .official, quote: "A4"),
        ], sources: [Self.table])
        let outcome = ReleaseMerge.merge(release, into: existing, released: "2026-11-29", address: "http://127.0.0.1/x")
        #expect(outcome.counts.new == 1)
        #expect(outcome.counts.revised == 1)
        #expect(outcome.counts.unchanged == 1)
        #expect(outcome.counts.vanished == 1)
        #expect(outcome.vanished == ["grp 2021 year"])
        let grp = try #require(outcome.dataset.indicator(id: "grp"))
        #expect(grp.observations.count == 5)
        #expect(grp.record(in: 2023)?.value == 4)
        #expect(grp.vintages(in: 2023).map(\.value) == [3])
        #expect(grp.record(in: 2021)?.value == 1)
        #expect(outcome.dataset.sources.map(\.id) == ["bns-table-x", "bns-table-x.r2026-11-29"])
        #expect(DataFormat.problems(in: outcome.dataset).isEmpty)
        // A second release the same day gets a source of its own.
        let again = Self.dataset([Observation(year: 2023, value: 6, source: "bns-table-x", evidence: .official, quote: "A3")], sources: [Self.table])
        let second = ReleaseMerge.merge(again, into: outcome.dataset, released: "2026-11-29", address: "http://127.0.0.1/x")
        #expect(second.counts.revised == 1)
        #expect(second.revisions.first?.old == 4)
        #expect(second.dataset.sources.last?.id == "bns-table-x.r2026-11-29-2")
        #expect(DataFormat.problems(in: second.dataset).isEmpty)
    }

    @Test func aReleaseOfALongSourceIdStaysWithinTheFormatsLimit() {
        let base = "bns-derived-gdp-share-" + String(repeating: "a", count: 40)
        let id = ReleaseMerge.releaseID(base: base, date: "2026-11-29", taken: [])
        #expect(id.utf8.count <= DataFormat.identifierLimit)
        #expect(ReleaseMerge.isLineage(id, of: base))
        #expect(!ReleaseMerge.isLineage(id, of: "bns-table-x"))
    }
}
