import DashboardUI
import Foundation
import Indicators
import Testing

/// Issue 18, class 3: `snapshot --all-cities` writes a city at a time instead of holding the whole
/// output. The parts must join into exactly what the whole renderers give.
@Suite struct SnapshotStreamTests {
    static let regions: [Dataset] = {
        let folder = RepositoryFiles.root + "/regions"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return [try! DatasetLoader.load(path: RepositoryFiles.dataset)] + names.map { try! DatasetLoader.load(path: folder + "/" + $0) }
    }()

    @Test(arguments: [(nil, Language.ru), (2015, .en), (nil, .kk)])
    func partsJoinIntoTheWholeDocument(base: Int?, language: Language) {
        let tables = Self.regions.map { SnapshotTable(dataset: $0, year: 2019, base: base, language: language) }
        #expect(tables.count == 22)
        var json: [String] = []
        SnapshotStream.json(cities: tables.count, table: { tables[$0] }, emit: { json.append($0) })
        #expect(json.count == tables.count + 2)
        #expect(json.joined() == JSONSnapshot.render(cities: tables))
        var csv: [String] = []
        SnapshotStream.csv(cities: tables.count, table: { tables[$0] }, emit: { csv.append($0) })
        #expect(csv.count == tables.count)
        #expect(csv.joined() == CSVSnapshot.render(cities: tables))
    }

    /// The command writes the same through a file: every format, every city, atomically.
    @Test(arguments: ["json", "csv", "markdown", "text"])
    func theCommandStreamsEveryCityIntoItsFile(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = (["--data", RepositoryFiles.dataset] + Self.regions.dropFirst().map { "--data" + "=" + RepositoryFiles.root + "/regions/" + $0.city.id + ".json" })
        let output = folder.path + "/all." + format
        let result = try Command.run(TmuxSession.binary, ["snapshot"] + arguments + ["--all-cities", "--year", "2019", "--format", format, "--output", output, "--width", "90", "--height", "30"])
        #expect(result.status == 0, "\(result.output)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        let piped = try Command.run(TmuxSession.binary, ["snapshot"] + arguments + ["--all-cities", "--year", "2019", "--format", format, "--width", "90", "--height", "30"])
        #expect(written == piped.output)
        if format == "json" {
            #expect(written == JSONSnapshot.render(cities: Self.regions.map { SnapshotTable(dataset: $0, year: 2019) }))
        }
        for dataset in Self.regions where format == "json" || format == "csv" {
            #expect(written.contains(dataset.city.id), "\(dataset.city.id) missing")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["all." + format], "nothing left beside the file")
    }
}
