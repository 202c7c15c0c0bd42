import Foundation
import Testing

@testable import BureauTables

@Suite struct DetectionTests {
    static let kinds: [(String, BureauTableKind)] = [
        ("grp-by-region-1990-2023.xlsx", .grpByRegion),
        ("grp-per-capita-by-region-2008-2022.xlsx", .grpPerCapita),
        ("unemployment-rate-by-region-2001-2024.xlsx", .unemployment),
        ("cpi-by-region-1993-2024.xlsx", .cpi),
        ("population-by-region-start-of-year-2000-2023.xlsx", .populationStartOfYear),
        ("population-by-region-district-2023-01-01.xlsx", .populationBulletin),
        ("almaty-city-socioeconomic-dynamics-1991-2025.xlsx", .almatyDynamics),
        ("almaty-city-investment-bulletin-2024.xlsx", .investmentBulletin),
        ("shymkent-city-investment-bulletin-2024.xlsx", .investmentBulletin),
        ("sdg-8-1-1-real-grp-per-capita-index-by-region.csv", .sdg),
        ("macro-dims-long-extract-ala-ast-shm-kz.csv", .longCSV),
    ]

    @Test(arguments: kinds)
    func byName(_ name: String, _ kind: BureauTableKind) throws {
        #expect(BureauTables.kind(fileName: name) == kind)
        #expect(try BureauTables.detect(path: Fixtures.path(name)) == kind)
    }

    /// A renamed copy is recognised by its content.
    @Test(arguments: kinds)
    func byContent(_ name: String, _ kind: BureauTableKind) throws {
        if name.hasSuffix(".csv") {
            let header = try CSVFile(path: Fixtures.path(name)).header
            #expect(BureauTables.kind(csvHeader: header) == kind)
        } else {
            #expect(BureauTables.kind(workbook: try Fixtures.workbook(name)) == kind)
        }
    }

    @Test func renamedCopyReads() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("cpi-by-region-1993-2024.xlsx")))
        let path = try TinyXLSX.write(data, name: "Dynamic table prices.xlsx")
        #expect(try BureauTables.detect(path: path) == .cpi)
        #expect(try BureauTables.read(path: path).observations.count
            == (try Fixtures.result("cpi-by-region-1993-2024.xlsx").observations.count))
    }

    @Test func unknownTable() throws {
        let data = try TinyXLSX.workbook([("Sheet1", TinyXLSX.sheet([[TinyXLSX.text("A1", "Something else")]]))])
        let path = try TinyXLSX.write(data, name: "other.xlsx")
        #expect(try BureauTables.detect(path: path) == nil)
        #expect(throws: BureauError.self) { try BureauTables.read(path: path) }
    }
}
