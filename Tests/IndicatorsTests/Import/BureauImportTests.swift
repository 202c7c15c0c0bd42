import BureauTables
import Foundation
import Testing
@testable import DashboardUI
@testable import Widgets
@testable import Importers
@testable import Indicators

/// The bureau's tables through `citydash import` and `citydash rebuild`, and
/// the shipped regions they give, against the real files in ../shared/data/bns.
@Suite struct BureauImportTests {
    static let bureau = RepositoryFiles.bureau

    @Test func theShippedDataIsWhatTheTablesGive() throws {
        let result = try Command.shell(#""$B" rebuild --bureau "$T" --repository "$R" --check 2>&1"#,
                                       environment: ["T": Self.bureau, "R": RepositoryFiles.root])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("22 files are what the tables give"))
    }

    /// Every figure `citydash import` writes for the GRP table is the cell its quote names, in tenge.
    @Test func importingTheGRPTableGivesItsCellsForEveryRegionAndYear() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = Self.bureau + "/grp-by-region-1990-2023.xlsx"
        let result = try Command.shell(#""$B" import "$F" --output "$O" 2>&1"#, environment: ["F": path, "O": folder.path])
        #expect(result.status == 0, "\(result.output)")
        let workbook = try XLSXReader.read(path: path)
        #expect(workbook.sheets.count == 3)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 22)  // the Republic, twenty regions and South Kazakhstan
        var checked = 0
        for name in files {
            let dataset = try DatasetLoader.load(path: folder.path + "/" + name)
            let grp = try #require(dataset.indicator(id: "grp"), "\(name)")
            for observation in grp.observations {
                // "grp-by-region-1990-2023.xlsx: 2008-2023!M24"
                // The sheet's name may begin with a space (" 1990-1997"): split after the file's name.
                let address = try #require(observation.quote.components(separatedBy: ".xlsx: ").last).split(separator: "!")
                let sheet = try #require(workbook.sheet(named: String(address[0])), "\(observation.quote)")
                let ref = try #require(CellRef(String(address[1])), "\(observation.quote)")
                guard case .number(let cell, _) = CellText.reading(sheet[ref]) else {
                    Issue.record("\(observation.quote) is not a number in the workbook")
                    continue
                }
                #expect(abs(cell * 1e6 - observation.value) <= abs(cell) * 1e-9, "\(observation.quote)")
                checked += 1
            }
        }
        #expect(checked > 1_300)
        let almaty = try DatasetLoader.load(path: folder.path + "/KZ-75.json")
        #expect(almaty.indicator(id: "grp")?.record(in: 2010)?.value == 3_923_412.6e6)
        #expect(almaty.indicator(id: "grp")?.record(in: 2023)?.preliminary == true)
        #expect(almaty.city.name.ru == "город Алматы" || almaty.city.name.en == "Almaty city")
    }

    /// Two series of one table share its periods and its source: each keeps its figures
    /// (investment in US$ on row 12 was once taken for a repeat of investment in tenge on row 3, and dropped).
    @Test func twoSeriesOfOneTableAreNeverEachOthersRepeats() throws {
        let table = try BureauTables.read(path: Self.bureau + "/almaty-city-socioeconomic-dynamics-1991-2025.xlsx")
        let result = BureauImport.datasets(from: [table])
        let almaty = try #require(result.datasets.first { $0.city.id == "KZ-75" })
        let dollars = try #require(almaty.indicator(id: "investment_fixed_capital_usd"))
        #expect(dollars.record(in: 1993)?.value == 88.4e6)
        #expect(dollars.record(in: 1993)?.quote.hasSuffix("инвестиция!E12") == true)
        #expect(almaty.indicator(id: "investment_fixed_capital")?.record(in: 1993)?.quote.hasSuffix("инвестиция!E3") == true)
        #expect(!result.warnings.contains { $0.contains("the first is kept") }, "\(result.warnings)")
        let bulletin = BureauImport.datasets(from: [try BureauTables.read(path: Self.bureau + "/shymkent-city-investment-bulletin-2024.xlsx")])
        let shymkent = try #require(bulletin.datasets.first)
        #expect(shymkent.indicator(id: "investment_growth")?.record(in: 2024)?.value == 12.1)
        #expect(shymkent.indicator(id: "investment_fixed_capital")?.record(in: 2024) != nil)
    }

    @Test func aLegacyWorkbookOrAFileThatIsNotOneSaysSoAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let legacy = try Command.shell(#""$B" import "$F" --output "$O" 2>&1"#,
                                       environment: ["F": Self.bureau + "/astana-city-investment-bulletin-2024.xls", "O": folder.path + "/out"])
        #expect(legacy.status == 65 && legacy.output.contains("save it as .xlsx"))
        let junk = try folder.write("table.xlsx", "not a workbook")
        let broken = try Command.shell(#""$B" import "$F" --output "$O" 2>&1"#, environment: ["F": junk, "O": folder.path + "/out"])
        #expect(broken.status == 65 && broken.output == "citydash: table.xlsx: not an .xlsx workbook: the file is not a zip archive\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    /// What a new user sees: Almaty first, every region one key away, the twenty regions ranked.
    @Test func theDefaultDataHoldsEveryRegionAndTheCitiesPaneRanksThem() throws {
        let paths = try DataFileLocator.locateAll(explicit: [], from: RepositoryFiles.root)
        let data = DashboardData(cities: try paths.map { DashboardModel(dataset: try DatasetLoader.load(path: RepositoryFiles.root + "/" + $0)) })
        #expect(data.cities.first?.dataset.city.id == "almaty")
        let ids = data.cities.map(\.dataset.city.id)
        for id in ["KZ", "KZ-71", "KZ-79", "KZ-10", "KZ-33", "KZ-62", "KZ-61"] { #expect(ids.contains(id), "\(id)") }
        // `>` from Almaty reaches every other region in turn.
        var state = DashboardUpdate.start(data: data, size: Size(width: 80, height: 24))
        var seen: Set<String> = []
        for _ in data.cities.indices {
            seen.insert(data.model(for: state).dataset.city.id)
            state = DashboardUpdate.update(state, .character(">"), data: data, size: Size(width: 80, height: 24)).0
        }
        #expect(seen.count == data.cities.count)
        // GRP per capita in 2022: the twenty regions ranked, the Republic listed apart as the whole.
        let indicator = try #require(data.cities[0].indicator(id: "grp_per_capita"))
        let comparison = data.comparison(of: indicator, year: 2022)
        let ranked = comparison.entries.filter { if case .ranked = $0.standing { return true } else { return false } }
        #expect(ranked.count == 20)
        let country = try #require(ids.firstIndex(of: "KZ"))
        #expect(comparison.entries.contains { $0.city == country && { if case .whole = $0.standing { true } else { false } }($0) })
    }

    @Test func almatysHeadlinesAreOfficialForEveryYearTheTablesHold() throws {
        let dataset = Shipped.model.dataset
        let share = try #require(dataset.indicator(id: "gdp_share"))
        let growth = try #require(dataset.indicator(id: "investment_growth"))
        for year in 1990...2023 { #expect(share.record(in: year) != nil, "GDP share \(year)") }
        for year in 2010...2023 { #expect(growth.record(in: year)?.evidence == .official, "investment growth \(year)") }
        // The bureau's published 2022 share is shown, and the derived one agrees to its rounding.
        #expect(share.shown(in: 2022)?.value == 18.5)
        // Three vintages of Almaty's 2023 GRP: the table's preliminary figure, the city workbook of May 2025, the later release.
        let grp = try #require(dataset.indicator(id: "grp"))
        let vintages = [try #require(grp.record(in: 2023))] + grp.vintages(in: 2023)
        #expect(vintages.map(\.value).contains(24_828_705.8e6) && vintages.map(\.value).contains(24_895.9e9))
        #expect(grp.record(in: 2023)?.value == 25_229_706.8e6)
        // The statements light up against the records: the Astana Times' 24.8 trillion against the bureau's 2023 GRP.
        #expect(grp.claims(in: 2023).contains { $0.claim.source == "astanatimes-2024-economy-soars-56bn" })
    }
}
