import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// CSV tables the tests write, imported, validated and opened.
@Suite struct CSVImportTests {
    static let worldBank = #"""
        "Data Source","World Development Indicators",

        "Last Updated Date","2024-06-28",

        "Country Name","Country Code","Indicator Name","Indicator Code","2018","2019","2020",
        "Kazakhstan","KAZ","GDP (current US$)","NY.GDP.MKTP.CD","179339994859.4","181665902125.1","171082379320.3",
        "Kazakhstan","KAZ","Population, total","SP.POP.TOTL","18276452","18513673","",
        "Kazakhstan","KAZ","Inflation, consumer prices (annual %)","FP.CPI.TOTL.ZG","6.0","5.2","6.8",
        "Kyrgyz Republic","KGZ","GDP (current US$)","NY.GDP.MKTP.CD","8271108638.9","8871004885.8","7780874938.7",
        "Kazakhstan","KAZ","Index, ""quoted"", with commas","XX.INDEX","1","2","3",

        """#

    static let long = #"""
        year,value,indicator,city,unit,source,name
        2018,20,gdp_share,almaty,percent,"Forum, 2018","Share of GDP"
        2019,20.6,gdp_share,almaty,percent,"Forum, 2018","Share of GDP"
        2019,1800000,population,almaty,people,"Kazinform ""quoted""","Population,
        registered"
        2019,1200000,population,astana,people,Kazinform,Population
        2020,,population,astana,people,Kazinform,Population

        """#

    private func importing(_ text: String, name: String = "table.csv", options: CSVImporter.Options = .init())
        throws -> (CSVImporter.Result?, ImportError?) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(name, text)
        do {
            return (try CSVImporter.run(path: path, options: options), nil)
        } catch {
            return (nil, error)
        }
    }

    @Test func worldBankWideLayout() throws {
        let (result, error) = try importing(Self.worldBank, options: .init(units: ["XX.INDEX": .count]))
        #expect(error == nil)
        let datasets = try #require(result?.datasets)
        #expect(datasets.map(\.city.id) == ["kaz", "kgz"])
        let kaz = datasets[0]
        #expect(kaz.city.name.en == "Kazakhstan")
        #expect(kaz.indicators.map(\.id) == ["NY.GDP.MKTP.CD", "SP.POP.TOTL", "FP.CPI.TOTL.ZG", "XX.INDEX"])
        #expect(kaz.indicators.map(\.unit) == [.usd, .people, .percentChange, .count])
        #expect(kaz.indicators[0].shown(in: 2019)?.value == 181665902125.1)
        #expect(kaz.indicators[1].measuredYears == [2018, 2019])  // the empty 2020 cell is no value
        #expect(kaz.indicators[3].name.en == "Index, \"quoted\", with commas")
        #expect(kaz.sources.first?.title == "World Development Indicators")
        #expect(kaz.sources.first?.date == "2024-06-28")
        #expect(kaz.indicators[0].observations[0].quote.hasPrefix("GDP (current US$), Kazakhstan, 2018: 179339994859.4 (table.csv line 6, column 5)"))
        #expect(result?.warnings.isEmpty == true)
    }

    @Test func anUnknownUnitDefaultsToCountWithAWarning() throws {
        let (result, _) = try importing(Self.worldBank)
        #expect(result?.warnings.count == 1)  // only Kazakhstan has XX.INDEX
        #expect(result?.warnings.first?.hasSuffix("table.csv:10: the unit of XX.INDEX is unknown; using count (give --unit XX.INDEX=UNIT)") == true)
    }

    @Test func parkedRowsAreRemovedAfterTheImport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("wb.csv", Self.worldBank)
        var parked = ""
        do {
            let conversion = try CSVImporter.convert(path: path, options: .init(units: ["XX.INDEX": .count]))
            parked = conversion.temporaryFolder
            #expect(FileManager.default.fileExists(atPath: parked))
            #expect(try conversion.dataset(at: 1).dataset.city.id == "kgz")
        }
        #expect(!parked.isEmpty && !FileManager.default.fileExists(atPath: parked))
    }

    @Test func cityPicksOneCountry() throws {
        let (result, _) = try importing(Self.worldBank, options: .init(city: "kgz"))
        #expect(result?.datasets.map(\.city.id) == ["kgz"])
    }

    @Test func longLayoutInAnyColumnOrderWithQuotedFields() throws {
        let (result, error) = try importing(Self.long)
        #expect(error == nil)
        let datasets = try #require(result?.datasets)
        #expect(datasets.map(\.city.id) == ["almaty", "astana"])
        let almaty = datasets[0]
        #expect(almaty.indicators.map(\.id) == ["gdp_share", "population"])
        #expect(almaty.indicators[0].unit == .percent)
        #expect(almaty.indicators[0].shown(in: 2019)?.value == 20.6)
        #expect(almaty.indicators[1].name.en == "Population,\nregistered")
        #expect(almaty.sources.map(\.title) == ["Forum, 2018", "Kazinform \"quoted\""])
        #expect(datasets[1].indicators[0].measuredYears == [2019])
    }

    @Test func problemsNameTheCSVLineAndColumn() throws {
        let bad = """
            city,indicator,year,value,unit
            almaty,gdp_share,2018,twenty,percent
            almaty,gdp_share,2018a,20,percent
            almaty,gdp_share,2019,120,percent
            almaty,x,2019,1,furlongs

            """
        let (_, error) = try importing(bad, name: "bad.csv")
        guard case .invalid(let lines) = error else {
            Issue.record("expected problems, got \(String(describing: error))")
            return
        }
        #expect(lines.count == 3)
        #expect(lines[0].hasSuffix("bad.csv:2:4: expected a number, found \"twenty\""))
        #expect(lines[1].hasSuffix("bad.csv:3:3: expected a whole year between 1800 and 2200, found \"2018a\""))
        #expect(lines[2].hasSuffix("bad.csv:5:5: unknown unit \"furlongs\"; expected one of percent, percent_change, tenge, usd, people, count, rank"))
        // The loader's own checks run too, traced back to the cell.
        let (_, share) = try importing("city,indicator,year,value,unit\nalmaty,gdp_share,2019,120,percent\n", name: "share.csv")
        guard case .invalid(let shareLines) = share else {
            Issue.record("a share of 120 passed")
            return
        }
        #expect(shareLines.first?.hasSuffix("share.csv:2:4: gdp_share: a share (unit \"percent\") must be between 0 and 100, found 120") == true)
    }

    @Test func aMissingColumnIsNamed() throws {
        let (_, error) = try importing("city,indicator,value\nalmaty,x,1\n", name: "short.csv")
        #expect(error?.description.hasSuffix("short.csv:1: the header lacks \"year\"; a long CSV needs city, indicator, year and value (unit, source and name are optional), found: city, indicator, value") == true)
        #expect(error?.exitCode == 65)
    }

    @Test func importedFilesLoadAndOpen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = try folder.write("wb.csv", Self.worldBank)
        let out = folder.path + "/out"
        let result = try Command.run("/bin/sh", ["-c", "\"$0\" import \"$1\" --output \"$2\" --unit XX.INDEX=count 2>&1", TmuxSession.binary, csv, out])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "citydash: wrote 2 files to \(out)\n")
        let kaz = try DatasetLoader.load(path: out + "/kaz.json")
        #expect(kaz.indicators.count == 4)
        let snapshot = try Command.run(TmuxSession.binary, ["snapshot", "--data", out + "/kaz.json", "--year", "2019"])
        #expect(snapshot.status == 0)
        #expect(snapshot.output.contains("182 bn US$"))
        // Several cities without --output or --city is a usage error.
        let ambiguous = try Command.run("/bin/sh", ["-c", "\"$0\" import \"$1\" >/dev/null 2>&1; echo $?", TmuxSession.binary, csv])
        #expect(ambiguous.output == "64\n")
    }
}

@Suite struct ReloadStateTests {
    @Test func selectionAndYearCarryOverByID() throws {
        let old = Shipped.model
        var state = Shipped.state(after: Shipped.keys(toYear: 2019))
        let population = try #require(old.order.indices.first { old.indicator(atPosition: $0)?.id == "population" })
        state.selection = population
        // New data: the first indicator dropped, so positions shift; 2019 gone.
        var dataset = old.dataset
        dataset.indicators.removeFirst()
        for index in dataset.indicators.indices {
            dataset.indicators[index].observations.removeAll { $0.year == 2019 }
        }
        let new = DashboardModel(dataset: dataset)
        let carried = state.carried(from: old, to: new)
        #expect(new.indicator(atPosition: carried.selection)?.id == "population")
        #expect(carried.year == 2018 || carried.year == 2020)
        #expect(new.years.contains(carried.year))
    }
}
