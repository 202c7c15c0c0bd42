import Foundation
import Testing
@testable import Indicators
@testable import Importers

/// Tables as the World Bank's DataBank and spreadsheet programs in Kazakh or
/// Russian settings write them, written byte for byte by the tests.
@Suite struct RealExportTests {
    /// A DataBank export: series first, `1990 [YR1990]` years, `..` for no data, a footer.
    static let dataBank = #"""
        "Series Name","Series Code","Country Name","Country Code","2019 [YR2019]","2020 [YR2020]","2021 [YR2021]"
        "Unemployment, total (% of total labor force) (modeled ILO estimate)","SL.UEM.TOTL.ZS","Kazakhstan","KAZ","4.8","4.9",".."
        "Official exchange rate (LCU per US$, period average)","PA.NUS.FCRF","Kazakhstan","KAZ","382.75","412.95","425.91"
        "GDP (current US$)","NY.GDP.MKTP.CD","Kazakhstan","KAZ","181665902125.1","171082379320.3",".."
        "Unemployment, total (% of total labor force) (modeled ILO estimate)","SL.UEM.TOTL.ZS","Kyrgyz Republic","KGZ","..","..","4.0"


        "Data from database: World Development Indicators"
        "Last Updated: 07/01/2025"

        """#

    /// Units only guessed from a word of the name, and one the name gives as a rate.
    static let guesses = #"""
        "Series Name","Series Code","Country Name","Country Code","2020 [YR2020]"
        "Ease of doing business rank","IC.BUS.EASE.XQ","Kazakhstan","KAZ","25"
        "GDP per capita, US$ at market rates","XX.GDP.PC","Kazakhstan","KAZ","9121.6"
        "Share of women in parliament, %","XX.WOMEN","Kazakhstan","KAZ","27.1"
        "Net migration, LCU terms","XX.LCU","Kazakhstan","KAZ","1200"
        "Official exchange rate (LCU per US$, period average)","PA.NUS.FCRF","Kazakhstan","KAZ","412.95"

        """#

    /// Windows-1251 bytes: ASCII, А...я and the no-break space (the test's own
    /// table, independent of the importer's).
    static func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0..<0x80: UInt8(scalar.value)
            case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
            case 0x00A0: 0xA0
            default: preconditionFailure("no Windows-1251 byte for \(scalar) in this test")
            }
        }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        ([0xFEFF] + Array(text.utf16)).flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    private static func write(_ bytes: [UInt8], _ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func importing(_ bytes: [UInt8], name: String = "table.csv", options: CSVImporter.Options = .init())
        throws -> Result<CSVImporter.Result, ImportError> {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try Self.write(bytes, name, in: folder)
        do throws(ImportError) {
            return .success(try CSVImporter.run(path: path, options: options))
        } catch {
            return .failure(error)
        }
    }

    /// Runs `citydash import` on the file with `arguments`; standard output and error together.
    private func citydash(importing bytes: [UInt8], name: String = "table.csv", _ arguments: String = "",
                          files: [String: String] = [:]) throws -> Command.Result {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.write(bytes, name, in: folder)
        for (file, text) in files { try folder.write(file, text) }
        return try Command.shell("cd \"$T\" && \"$B\" import \(name) \(arguments) 2>&1", environment: ["T": folder.path])
    }

    // MARK: DataBank

    @Test func dataBankExportWithNoDataAndAFooter() throws {
        let result = try importing(Array(Self.dataBank.utf8), options: .init(units: ["PA.NUS.FCRF": .count])).get()
        #expect(result.datasets.map(\.city.id) == ["kaz", "kgz"])  // as the download's Country Code
        let kaz = result.datasets[0]
        #expect(kaz.city.name.en == "Kazakhstan")
        #expect(kaz.indicators.map(\.id) == ["SL.UEM.TOTL.ZS", "PA.NUS.FCRF", "NY.GDP.MKTP.CD"])
        #expect(kaz.indicators.map(\.unit) == [.percent, .count, .usd])
        #expect(kaz.indicators[0].measuredYears == [2019, 2020])  // 2021 is ".."
        #expect(kaz.indicators[0].shown(in: 2020)?.value == 4.9)
        #expect(kaz.indicators[0].observations[0].quote
            == "Unemployment, total (% of total labor force) (modeled ILO estimate), Kazakhstan, 2019: 4.8 (table.csv line 2, column 5)")
        #expect(result.datasets[1].indicators[0].measuredYears == [2021])
        // The footer names and dates the source; it is no problem.
        #expect(kaz.sources.first?.title == "World Development Indicators")
        #expect(kaz.sources.first?.publisher == "World Bank")
        #expect(kaz.sources.first?.date == "2025-07-01")
        #expect(result.notices.count(of: .noData) == 4)
        #expect(result.warnings.isEmpty)
    }

    @Test func dataBankNoDataIsSummarisedOnOneLine() throws {
        let run = try citydash(importing: Array(Self.dataBank.utf8), "--city KAZ --unit PA.NUS.FCRF=count --output kaz.json")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output == "citydash: skipped 2 cells marked \"..\" (no data), e.g. table.csv:2:7, table.csv:4:7\n")
    }

    @Test func dataBankHeaderNamesWhatIsMissing() throws {
        let header = #""Series Name","Country Name","Country Code","2019 [YR2019]""# + "\n"
        let run = try citydash(importing: Array(header.utf8), "--layout wide")
        #expect(run.status == 65)
        #expect(run.output == "citydash: table.csv:1:1: a World Bank header needs Country Name, Country Code, Indicator Name (or Series Name), "
            + "Indicator Code (or Series Code) and year columns (1990 or 1990 [YR1990]); missing: Indicator Code or Series Code\n")
    }

    // MARK: Encodings, separators, decimal commas

    static let russianExcel = """
        city;indicator;year;value;unit;source;name
        almaty;unemployment_rate;2022;4,8;percent;Бюро национальной статистики;Уровень безработицы
        almaty;grp;2022;13\u{A0}459\u{A0}800,5;tenge;Бюро национальной статистики;ВРП
        almaty;grp;2023;15 120 000;tenge;Бюро национальной статистики;ВРП

        """

    @Test func windows1251WithSemicolonsAndDecimalCommas() throws {
        let result = try importing(Self.windows1251(Self.russianExcel)).get()
        let almaty = try #require(result.datasets.first)
        #expect(almaty.indicators.map(\.id) == ["unemployment_rate", "grp"])
        #expect(almaty.indicators[0].name.en == "Уровень безработицы")
        #expect(almaty.indicators[0].shown(in: 2022)?.value == 4.8)
        #expect(almaty.indicators[1].shown(in: 2022)?.value == 13_459_800.5)
        #expect(almaty.indicators[1].shown(in: 2023)?.value == 15_120_000)
        #expect(almaty.sources.map(\.title) == ["Бюро национальной статистики"])
        #expect(almaty.indicators[0].observations[0].quote.hasPrefix("almaty;unemployment_rate;2022;4,8;percent;"))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.hasSuffix("table.csv: not UTF-8, so read as Windows-1251 (Cyrillic); if a name reads wrong, "
            + "save it as CSV UTF-8 (in Excel: File › Save As › CSV UTF-8)") == true)
    }

    @Test(arguments: [false, true]) func utf16WithAByteOrderMark(bigEndian: Bool) throws {
        // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated, decimal commas.
        let text = "city\tindicator\tyear\tvalue\tunit\tname\r\nalmaty\tunemployment_rate\t2022\t4,8\tpercent\tЖұмыссыздық деңгейі\r\n"
        let result = try importing(Self.utf16(text, bigEndian: bigEndian)).get()
        let indicator = try #require(result.datasets.first?.indicators.first)
        #expect(indicator.name.en == "Жұмыссыздық деңгейі")
        #expect(indicator.shown(in: 2022)?.value == 4.8)
        #expect(result.warnings.isEmpty)
    }

    @Test func theSeparatorIsTheHeaderLines() {
        #expect(CSVDialect.detect(headerLine: Array("a;b;c".utf8)).separator == ";")
        #expect(CSVDialect.detect(headerLine: Array("\"a,b\";c;d".utf8)).separator == ";")  // quoted commas do not count
        #expect(CSVDialect.detect(headerLine: Array("a,b;c".utf8)).separator == ",")  // a tie stays a comma
        #expect(CSVDialect.detect(headerLine: Array("a\tb\tc".utf8)).separator == "\t")
        #expect(CSVDialect(separator: ";").value("13\u{A0}459,8") == .number(13459.8))
        #expect(CSVDialect(separator: ";").value("..") == .noData)
        #expect(CSVDialect.comma.value("13 459,8") != .number(13459.8))
    }

    @Test func unreadableTextSaysWhatToChange() throws {
        let advice = "save it as CSV UTF-8 (in Excel: File › Save As › CSV UTF-8)"
        // Latin-1: not UTF-8, and no Cyrillic word.
        let latin1 = try citydash(importing: Array("city,indicator,year,value\n".utf8) + [0x43, 0xF4, 0x74, 0x65] + Array(",x,2020,1\n".utf8))
        #expect(latin1.status == 65)
        #expect(latin1.output == "citydash: table.csv:2: the file is not UTF-8 text (at byte 0xF4), nor Cyrillic Windows-1251; \(advice)\n")
        // UTF-16 without its byte-order mark.
        let noMark = try citydash(importing: Array(Self.utf16("city,indicator,year,value\n", bigEndian: false).dropFirst(2)))
        #expect(noMark.status == 65)
        #expect(noMark.output == "citydash: table.csv:1:2: a NUL byte, which no CSV text holds (UTF-16 text without a byte-order mark is full of them); \(advice)\n")
        // UTF-16 cut in the middle of a character.
        let cut = try citydash(importing: Self.utf16("city,indicator,year,value\n", bigEndian: false) + [0x41])
        #expect(cut.status == 65)
        #expect(cut.output == "citydash: table.csv:2: the file ends inside a UTF-16 character; \(advice)\n")
        // A UTF-8 file with one broken byte is not taken for Windows-1251.
        let broken = try citydash(importing: Array("city,indicator,year,value,name\nalmaty,x,2020,1,Алматы\n".utf8) + [0xC0, 0x0A])
        #expect(broken.status == 65)
        #expect(broken.output.hasPrefix("citydash: table.csv:3: the file is not UTF-8 text (at byte 0xC0)"))
    }

    @Test func aDecimalCommaInACommaSeparatedFileIsExplained() throws {
        let run = try citydash(importing: Array("city,indicator,year,value,unit\nalmaty,x,2020,\"4,8\",percent\n".utf8))
        #expect(run.status == 65)
        #expect(run.output == "citydash: table.csv:2:4: expected a number, found \"4,8\"; "
            + "a decimal comma is read only in a file separated by \";\"; write a decimal point\n")
    }

    // MARK: Units read, guessed or unknown

    @Test func unitsTheNameStatesGuessesAndRates() {
        let cases: [(String, String?, CSVImporter.UnitReading)] = [
            ("GDP (current US$)", "KAZ", .stated(.usd)),
            ("GDP (constant 2015 US$)", "KAZ", .stated(.usd)),
            ("Exports of goods and services (BoP, current US$)", "KAZ", .stated(.usd)),
            ("GDP (current LCU)", "KAZ", .stated(.tenge)),
            ("Unemployment, total (% of total labor force) (modeled ILO estimate)", "KAZ", .stated(.percent)),
            ("Inflation, consumer prices (annual %)", "KAZ", .stated(.percentChange)),
            ("Population, total", "KAZ", .stated(.people)),
            ("GDP per capita, US$ at market rates", "KAZ", .guessed(.usd)),
            ("Ease of doing business rank", "KAZ", .guessed(.rank)),
            ("GDP (current LCU)", "KGZ", .unknown(why: nil)),  // the som, which no unit holds
            ("Official exchange rate (LCU per US$, period average)", "KAZ",
             .unknown(why: "its name gives a rate, LCU per US$, and no unit holds one")),
            ("PPP conversion factor, GDP (LCU per international $)", "KAZ",
             .unknown(why: "its name gives a rate, LCU per international $, and no unit holds one")),
        ]
        for (name, country, reading) in cases {
            #expect(CSVImporter.unitReading(name: name, country: country) == reading, "\(name)")
        }
    }

    @Test func guessedAndUnknownUnitsWarnWithTheOptionThatOverrides() throws {
        let result = try importing(Array(Self.guesses.utf8), name: "wb.csv").get()
        let kaz = try #require(result.datasets.first)
        #expect(kaz.indicators.map(\.unit) == [.rank, .usd, .percent, .tenge, .count])
        #expect(result.notices.count(of: .unitGuessed) == 4)
        #expect(result.notices.count(of: .unitUnknown) == 1)
        #expect(result.warnings.contains { $0.hasSuffix(
            "wb.csv:3: the unit of XX.GDP.PC is guessed from its name \"GDP per capita, US$ at market rates\": usd (give --unit XX.GDP.PC=UNIT if it is not)") })
        #expect(result.warnings.contains { $0.hasSuffix("wb.csv:6: the unit of PA.NUS.FCRF is unknown (its name gives a rate, LCU per US$, "
            + "and no unit holds one); using count (give --unit PA.NUS.FCRF=UNIT)") })
        // --unit settles a guess: no warning for it.
        let given = try importing(Array(Self.guesses.utf8), options: .init(units: ["XX.GDP.PC": .usd, "PA.NUS.FCRF": .count])).get()
        #expect(given.notices.count(of: .unitGuessed) == 3)
        #expect(given.notices.count(of: .unitUnknown) == 0)
    }

    @Test func warningsAreSummarisedOneLinePerKindAndListedWithVerbose() throws {
        let run = try citydash(importing: Array(Self.guesses.utf8), name: "wb.csv", "--output kaz.json")
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == "citydash: warning: wb.csv:6: the unit of PA.NUS.FCRF is unknown (its name gives a rate, LCU per US$, "
            + "and no unit holds one); using count (give --unit PA.NUS.FCRF=UNIT)")
        #expect(lines[1] == "citydash: warning: 4 units guessed from indicator names, e.g. "
            + "wb.csv:2: the unit of IC.BUS.EASE.XQ is guessed from its name \"Ease of doing business rank\": rank (give --unit IC.BUS.EASE.XQ=UNIT if it is not)"
            + " | wb.csv:3: the unit of XX.GDP.PC is guessed from its name \"GDP per capita, US$ at market rates\": usd (give --unit XX.GDP.PC=UNIT if it is not)"
            + " | wb.csv:4: the unit of XX.WOMEN is guessed from its name \"Share of women in parliament, %\": percent (give --unit XX.WOMEN=UNIT if it is not)"
            + " … (--verbose lists all)")
        let verbose = try citydash(importing: Array(Self.guesses.utf8), name: "wb.csv", "--output kaz.json --verbose")
        let all = verbose.output.split(separator: "\n")
        #expect(all.count == 5)
        #expect(all.allSatisfy { $0.hasPrefix("citydash: warning: wb.csv:") })
        #expect(all.last == "citydash: warning: wb.csv:5: the unit of XX.LCU is guessed from its name \"Net migration, LCU terms\": tenge (give --unit XX.LCU=UNIT if it is not)")
    }

    // MARK: --map and --map-file

    @Test func mapLinesKazakhstanUpWithTheRegions() throws {
        for arguments in ["--map SL.UEM.TOTL.ZS=unemployment_rate", "--map-file map.txt"] {
            let map = "# the World Bank's codes as the dashboard's ids\n\nSL.UEM.TOTL.ZS = unemployment_rate\n"
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            try folder.write("wb.csv", Self.dataBank)
            try folder.write("map.txt", map)
            let run = try Command.shell("cd \"$T\" && \"$B\" import wb.csv --city KAZ --unit PA.NUS.FCRF=count \(arguments) --output kaz.json 2>&1",
                                        environment: ["T": folder.path])
            #expect(run.status == 0, "\(run.output)")
            let kaz = try DatasetLoader.load(path: folder.path + "/kaz.json")
            let unemployment = try #require(kaz.indicators.first)
            #expect(unemployment.id == "unemployment_rate", "\(arguments)")
            #expect(unemployment.unit == .percent)
            #expect(unemployment.shown(in: 2019)?.value == 4.8)
            #expect(kaz.indicators.map(\.id) == ["unemployment_rate", "PA.NUS.FCRF", "NY.GDP.MKTP.CD"])
            // The shipped data shows the regions' unemployment under the same id and unit.
            let regions = try DatasetLoader.load(path: RepositoryFiles.root + "/regions/KZ.json")
            #expect(regions.indicators.first { $0.id == "unemployment_rate" }?.unit == .percent)
        }
    }

    @Test func aMappedCodeKeepsItsUnitWarningsNamingBoth() throws {
        let run = try citydash(importing: Array(Self.guesses.utf8), name: "wb.csv",
                               "--map XX.GDP.PC=gdp_per_capita_usd --map PA.NUS.FCRF=exchange_rate --output kaz.json --verbose")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("the unit of gdp_per_capita_usd (XX.GDP.PC in the table) is guessed"))
        #expect(run.output.contains("using count (give --unit exchange_rate=UNIT)"))
        // --unit takes the table's code as well as the id.
        let given = try citydash(importing: Array(Self.guesses.utf8), name: "wb.csv",
                                 "--map PA.NUS.FCRF=exchange_rate --unit PA.NUS.FCRF=count --output kaz.json --verbose")
        #expect(!given.output.contains("exchange_rate"))
    }

    @Test func aMalformedMapIsAUsageErrorWithItsPlace() throws {
        let csv = Array(Self.dataBank.utf8)
        let entry = try citydash(importing: csv, "--map SL.UEM.TOTL.ZS")
        #expect(entry.status == 64)
        #expect(entry.output == "citydash: --map: expected CODE=ID (such as SL.UEM.TOTL.ZS=unemployment_rate), found \"SL.UEM.TOTL.ZS\"\n")
        let badID = try citydash(importing: csv, "--map-file map.txt",
                                 files: ["map.txt": "# codes\nSL.UEM.TOTL.ZS=unemployment_rate\nPA.NUS.FCRF=exchange rate\n"])
        #expect(badID.status == 64)
        #expect(badID.output == "citydash: map.txt:3: PA.NUS.FCRF=exchange rate: an id may hold only ASCII letters, digits, '_', '.' and '-' "
            + "(at most 64), found \"exchange rate\"\n")
        let twice = try citydash(importing: csv, "--map-file map.txt --map SL.UEM.TOTL.ZS=unemployment",
                                 files: ["map.txt": "SL.UEM.TOTL.ZS=unemployment_rate\n"])
        #expect(twice.status == 64)
        #expect(twice.output == "citydash: --map: SL.UEM.TOTL.ZS is mapped to unemployment_rate already (map.txt:1), not to unemployment\n")
        let missing = try citydash(importing: csv, "--map-file nowhere.txt")
        #expect(missing.status == 66)
        #expect(missing.output == "citydash: nowhere.txt: no such file\n")
    }
}
