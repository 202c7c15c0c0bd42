import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// The fast scanner must give exactly what the positioned parser gives, or decline.
@Suite struct FastPathTests {
    private func bothWays(_ bytes: [UInt8]) -> (fast: Dataset?, slow: Dataset?) {
        (DatasetScanner.scan(bytes), try? DatasetLoader.decodeExplaining(bytes, file: "x.json"))
    }

    @Test func theShippedFileTakesTheFastPathAndMatches() throws {
        let bytes = try DatasetLoader.readFile(RepositoryFiles.dataset)
        let (fast, slow) = bothWays(bytes)
        #expect(fast != nil)
        #expect(fast == slow)
    }

    @Test func importedAndFixtureFilesMatch() throws {
        for text in [Fixtures.file(), CSVImportTestsData.minimal] {
            let (fast, slow) = bothWays(Array(text.utf8))
            #expect(fast != nil && fast == slow)
        }
    }

    @Test func escapesNumbersAndUnknownMembersMatch() throws {
        let text = #"""
            {"extra": {"deep": [[1, 2.5e3, -0, null, true, "x\u00e9"]]}, "schema": 1,
             "city": {"id": "c", "name": {"en": "C \"quoted\"\n", "xx": 1}, "country": null},
             "sources": [{"id": "s", "title": "t\/", "publisher": "p", "date": "2018", "url": null}],
             "indicators": [{"observations": [{"value": 0.1, "year": 2018, "source": "s", "quote": "q\u0041", "note": null},
                                             {"year": 2019, "value": 1e2, "source": "s", "quote": "r", "approximate": true}],
                             "id": "i", "name": "I", "unit": "percent", "description": null, "better": "lower"}]}
            """#
        let (fast, slow) = bothWays(Array(text.utf8))
        #expect(fast != nil)
        #expect(fast == slow)
        #expect(fast?.indicators.first?.observations.first?.value == 0.1)
    }

    @Test func everyHostileFileIsDeclinedByTheFastPath() throws {
        for testCase in HostileFileTests.cases {
            #expect(DatasetScanner.scan(testCase.bytes) == nil, "\(testCase.name)")
        }
        // Rules, not syntax: each must be declined so that the slow path explains it.
        let broken = [
            Fixtures.file(schema: "2"),
            Fixtures.file(indicators: Fixtures.gdpShare + "," + Fixtures.gdpShare),
            Fixtures.file().replacingOccurrences(of: "\"value\": 20,", with: "\"value\": 120,"),
            Fixtures.file().replacingOccurrences(of: "\"source\": \"forum-2018\", \"quote\": \"20 %\"", with: "\"source\": \"nowhere\", \"quote\": \"20 %\""),
            Fixtures.file().replacingOccurrences(of: "\"quote\": \"20 %\"", with: "\"quote\": \" \""),
            Fixtures.file().replacingOccurrences(of: "\"year\": 2015", with: "\"year\": 2015, \"year\": 2016"),
        ]
        for text in broken {
            let (fast, slow) = bothWays(Array(text.utf8))
            #expect(fast == nil && slow == nil, "\(text)")
        }
    }

    /// Foundation's JSONDecoder, reading through the format's Codable entries, is the reference.
    @Test func theReferenceDecoderAgreesOnTheShippedFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.dataset))
        let reference = try JSONDecoder().decode(DatasetJSON.File.self, from: data).dataset
        #expect(reference == (try DatasetLoader.load(path: RepositoryFiles.dataset)))
    }
}

enum CSVImportTestsData {
    static let minimal = #"{"schema":1,"city":{"id":"c","name":"C"},"sources":[{"id":"s","title":"t","publisher":"p","date":"2018"}],"indicators":[{"id":"i","name":{"en":"I","kk":"І"},"unit":"percent","observations":[{"year":2018,"value":20,"source":"s","quote":"q","approximate":true}]}]}"#
}
