import Foundation
import Testing

@testable import BureauTables

/// The GRP table, cell by cell: for every region row and every year or period column of every
/// sheet, the reader's observation equals the cell, read here independently through the
/// `Workbook` API (rows found by their name in column A, columns by their header cell).
@Suite struct GRPCellByCellTests {
    static let file = "grp-by-region-1990-2023.xlsx"

    /// An independent reading of a header cell: the year is the 4-digit number it starts with or
    /// ends with; `1 quarter` / `1 half-year` / `9 months` make it cumulative.
    static func period(_ value: CellValue) -> TablePeriod? {
        let text: String
        switch value {
        case .number(let number): text = String(Int(number))
        case .text(let string): text = string
        default: return nil
        }
        let digits = text.split(whereSeparator: { !$0.isNumber }).first { $0.count >= 4 }
        guard let digits, let year = Int(String(digits.prefix(4))) else { return nil }
        if text.hasPrefix("1 quarter") { return .cumulative(year, throughMonth: 3) }
        if text.hasPrefix("1 half-year") { return .cumulative(year, throughMonth: 6) }
        if text.hasPrefix("9 months") { return .cumulative(year, throughMonth: 9) }
        return .year(year)
    }

    /// An independent reading of a value cell.
    static func number(_ value: CellValue?) -> Double? {
        switch value {
        case .number(let number): return number
        case .text(let text):
            return Double(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: "."))
        default: return nil
        }
    }

    /// Region rows by name, as the table writes them.
    static let names: [String: String] = [
        "Republic of Kazakhstan": "KZ", "Akmola": "KZ-11", "Аktobе": "KZ-15", "Аlmaty": "KZ-19", "Аtyrau": "KZ-23",
        "Batys Kazakhstan": "KZ-27", "Zhambyl": "KZ-31", "Кaragandy": "KZ-35", "Коstanay": "KZ-39",
        "Кyzylorda": "KZ-43", "Мangystau": "KZ-47", "Ontustik Kazakhstan": "KZ-YUZ", "Pavlodar": "KZ-55",
        "Soltustik Кazakhstan": "KZ-59", "Shygys Kazakhstan": "KZ-63", "Astana city2)": "KZ-71",
        "Astana city": "KZ-71", "Almaty city": "KZ-75", "Abay": "KZ-10", "Zhetisu ": "KZ-33",
        "Turkistan": "KZ-61", "Ulytau": "KZ-62", "Shymkent city": "KZ-79",
    ]

    @Test func everyCellEqualsItsObservation() throws {
        let workbook = try Fixtures.workbook(Self.file)
        let result = try Fixtures.result(Self.file)
        var byLocation: [String: BureauObservation] = [:]
        for observation in result.observations {
            #expect(byLocation[observation.location.address] == nil, "two observations at \(observation.location)")
            byLocation[observation.location.address] = observation
        }
        var compared = 0
        var seenRegions = Set<String>()
        #expect(workbook.sheets.map(\.name) == [" 1990-1997", "1998-2007", "2008-2023"])
        for sheet in workbook.sheets {
            let headerRow = 3
            let columns = (2...sheet.maxColumn).compactMap { column -> (Int, TablePeriod)? in
                guard let value = sheet[column, headerRow], let period = Self.period(value) else { return nil }
                return (column, period)
            }
            #expect(columns.count >= 8, "\(sheet.name): header columns")
            for row in (headerRow + 1)...sheet.maxRow {
                guard let name = sheet[1, row]?.text, let region = Self.names[name] else { continue }
                seenRegions.insert(region)
                for (column, period) in columns {
                    let ref = CellRef(column: column, row: row)
                    let address = sheet.address(ref)
                    guard let expected = Self.number(sheet[ref]) else {
                        #expect(byLocation[address] == nil, "\(address) is empty but was read")
                        continue
                    }
                    guard let observation = byLocation.removeValue(forKey: address) else {
                        Issue.record("\(address) (\(name), \(period)) = \(expected) was not read")
                        continue
                    }
                    #expect(observation.value == expected, "\(address)")
                    #expect(observation.region == region, "\(address)")
                    #expect(observation.period == period, "\(address)")
                    #expect(observation.series == (period.year <= 1992 ? "grp_rubles" : "grp"), "\(address)")
                    compared += 1
                }
            }
        }
        #expect(byLocation.isEmpty, "observations with no cell: \(byLocation.keys.sorted().prefix(5))")
        #expect(compared == result.observations.count)
        #expect(compared > 1400)
        #expect(seenRegions.count == 22)
    }
}
