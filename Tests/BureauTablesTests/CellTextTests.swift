import Testing

@testable import BureauTables

@Suite struct CellTextTests {
    static let numbers: [(String, CellReading)] = [
        ("13\u{00A0}459,8", .number(13459.8, marks: [])),
        ("13 459,8", .number(13459.8, marks: [])),
        ("1\u{202F}007 665", .number(1007665, marks: [])),
        ("4860,23)", .number(4860.2, marks: ["3"])),
        ("5,51)", .number(5.5, marks: ["1"])),
        ("96,0", .number(96, marks: [])),
        ("-3,5", .number(-3.5, marks: [])),
        ("…", .noData(marks: [])),
        ("...", .noData(marks: [])),
        ("-", .noData(marks: [])),
        ("–", .noData(marks: [])),
        ("x", .noData(marks: [])),
        ("х", .noData(marks: [])),
        ("", .noData(marks: [])),
        ("  ", .noData(marks: [])),
        ("-1)", .noData(marks: ["1"])),
        ("n/a", .notANumber("n/a")),
        ("в 9,3 р.", .notANumber("в 9,3 р.")),
        ("1.2.3", .notANumber("1.2.3")),
        ("inf", .notANumber("inf")),
    ]

    @Test(arguments: numbers)
    func readsNumberText(_ text: String, _ expected: CellReading) {
        #expect(CellText.reading(text: text) == expected, "\"\(text)\"")
    }

    /// A two-digit mark only where the sheet has that note.
    @Test func twoDigitMarks() {
        #expect(CellText.reading(text: "54 51310)", knownMarks: ["10"]) == .number(54513, marks: ["10"]))
        #expect(CellText.reading(text: "4860,23)", knownMarks: ["1", "2", "3"]) == .number(4860.2, marks: ["3"]))
    }

    static let labels: [(String, String, [String])] = [
        ("Туркестанская2)", "Туркестанская", ["2"]),
        ("Shimkent city 3)", "Shimkent city", ["3"]),
        ("Туркестанская 1", "Туркестанская", ["1"]),
        ("19901)", "1990", ["1"]),
        ("2023г.3)4)", "2023г.", ["3", "4"]),
        ("Gross regional product1)", "Gross regional product", ["1"]),
        ("year2)", "year", ["2"]),
        ("9 months of 2019**", "9 months of 2019", ["**"]),
        ("РОЗНИЧНЫЙ ТОВАРООБОРОТ*", "РОЗНИЧНЫЙ ТОВАРООБОРОТ", ["*"]),
        ("Численность граждан, зарегистрированных в качестве безработных4), тыс. человек",
         "Численность граждан, зарегистрированных в качестве безработных, тыс. человек", ["4"]),
        ("Доля молодежи NEET (15-28 лет),% ", "Доля молодежи NEET (15-28 лет),%", []),
        ("Inflation (2010)", "Inflation (2010)", []),
        ("Almaty city", "Almaty city", []),
        ("I квартал         2008 года", "I квартал 2008 года", []),
    ]

    @Test(arguments: labels)
    func splitsLabel(_ raw: String, _ text: String, _ marks: [String]) {
        let label = CellText.label(raw)
        #expect(label.text == text)
        #expect(label.marks == marks)
    }

    @Test func footnoteLines() {
        #expect(CellText.footnote("2) preliminary data ")?.mark == "2")
        #expect(CellText.footnote("2) preliminary data ")?.text == "preliminary data")
        #expect(CellText.footnote("4)Предварительные данные")?.text == "Предварительные данные")
        #expect(CellText.footnote("10) Февраль 2025 года")?.mark == "10")
        #expect(CellText.footnote("*) Data for 1993-2017 for the South Kazakhstan region")?.mark == "*")
        #expect(CellText.footnote("*С 1991-2006гг. динамический ряд")?.mark == "*")
        #expect(CellText.footnote("1. Инвестиции в основной капитал") == nil)
        #expect(CellText.footnote("Almaty city") == nil)
    }

    @Test func noteMeanings() {
        #expect(CellText.saysPreliminary("2) preliminary data"))
        #expect(CellText.saysPreliminary("Предварительные данные"))
        #expect(CellText.saysPreliminary("алдын ала деректер"))
        #expect(!CellText.saysPreliminary("quarterly calculations of GRP have been producing only from 2008"))
        #expect(CellText.rublesUnit("1990-1992 -mln. rubles") == "mln rubles")
        #expect(CellText.rublesUnit("В млрд. рублей.") == "bn rubles")
        #expect(CellText.rublesUnit("В рублях.") == "rubles")
        #expect(CellText.rublesUnit("preliminary data") == nil)
        #expect(SeriesID.growth(fromIndex: 109.7) == 9.7)
        #expect(SeriesID.growth(fromIndex: 95.3) == -4.7)
    }

    @Test func cellReferences() {
        #expect(CellRef("AB12") == CellRef(column: 28, row: 12))
        #expect(CellRef("AB12")?.description == "AB12")
        #expect(CellRef("XFD1048576") == CellRef(column: 16384, row: 1_048_576))
        #expect(CellRef("XFD99999999999999999") == nil)
        #expect(CellRef("XFE1") == nil)
        #expect(CellRef("ZZZZ1") == nil)
        #expect(CellRef("A0") == nil)
        #expect(CellRef("12") == nil)
        #expect(CellRef("A1B") == nil)
        #expect(CellRef("$B$4") == CellRef(column: 2, row: 4))
        #expect(CellRange("B4:F4")?.description == "B4:F4")
        #expect(CellRange("F4:B4")?.first == CellRef(column: 2, row: 4))
        #expect(CellRef.columnName(16384) == "XFD")
    }
}
