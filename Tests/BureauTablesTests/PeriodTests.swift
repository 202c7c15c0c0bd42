import Testing

@testable import BureauTables

@Suite struct PeriodTests {
    static let headers: [(String, TablePeriod?)] = [
        ("2008", .year(2008)),
        ("2008 год", .year(2008)),
        ("2023г.", .year(2023)),
        ("2023ж.", .year(2023)),
        (" 2019г.", .year(2019)),
        ("2018 г.", .year(2018)),
        ("       2021г.", .year(2021)),
        ("20232)", .year(2023)),
        ("19901)", .year(1990)),
        ("2023г.3)4)", .year(2023)),
        ("2024г.3)4)", .year(2024)),
        ("1 quarter of 2008", .cumulative(2008, throughMonth: 3)),
        ("1 half-year of 2008", .cumulative(2008, throughMonth: 6)),
        ("9 months of 2008", .cumulative(2008, throughMonth: 9)),
        ("9 months of 2019**", .cumulative(2019, throughMonth: 9)),
        ("I квартал         2008 года", .cumulative(2008, throughMonth: 3)),
        ("I полугодие 2008 года", .cumulative(2008, throughMonth: 6)),
        ("I полугодие         2022 года4)", .cumulative(2022, throughMonth: 6)),
        ("9 месяцев   2022 года", .cumulative(2022, throughMonth: 9)),
        ("9 месяцев 2008 года", .cumulative(2008, throughMonth: 9)),
        ("январь 2024г.", .cumulative(2024, throughMonth: 1)),
        ("январь-март 2024г.", .cumulative(2024, throughMonth: 3)),
        ("Январь-декабрь 2024 года", .year(2024)),
        ("  I квартал 2025г.", .cumulative(2025, throughMonth: 3)),
        ("III quarter 2020", .quarter(2020, 3)),
        ("Единицы измерения", nil),
        ("в процентах к 1991г.", nil),
        ("в процентах к 2023 году ", nil),
        ("Дата актуализации 20 мая 2025г.", nil),
        ("1) 1990-1992 -mln. rubles", nil),
        ("n/a", nil),
        ("3000", nil),
    ]

    @Test(arguments: headers)
    func parsesHeader(_ text: String, _ expected: TablePeriod?) {
        #expect(TablePeriod.parse(.text(text)) == expected, "\"\(text)\"")
    }

    @Test func yearCells() {
        #expect(TablePeriod.parse(.number(2008)) == .year(2008))
        #expect(TablePeriod.parse(.number(2008.5)) == nil)
        #expect(TablePeriod.parse(.number(45689)) == nil)  // a date serial, not a year
        #expect(TablePeriod.parse(.number(1e300)) == nil)
    }

    static let subPeriods: [(String, TablePeriod.SubPeriod?)] = [
        ("I quarter", .quarter(1)), ("II quarter", .quarter(2)), ("III quarter", .quarter(3)),
        ("IV quarter", .quarter(4)), ("III квартал", .quarter(3)), ("year", .wholeYear), ("year2)", .wholeYear),
        ("год", .wholeYear), ("9 months", .cumulative(throughMonth: 9)), ("V quarter", nil), ("continuation", nil),
    ]

    @Test(arguments: subPeriods)
    func parsesSubPeriod(_ text: String, _ expected: TablePeriod.SubPeriod?) {
        #expect(TablePeriod.parseSubPeriod(text) == expected, "\"\(text)\"")
    }

    @Test func equalSpansAreEqual() {
        #expect(TablePeriod.quarter(2020, 1) == .cumulative(2020, throughMonth: 3))
        #expect(TablePeriod.cumulative(2020, throughMonth: 12) == .year(2020))
        #expect(TablePeriod.quarter(2020, 2) != .cumulative(2020, throughMonth: 6))
        #expect(TablePeriod.startOfYear(2020) != .year(2020))
        #expect(TablePeriod.quarter(2020, 2).description == "Q2 2020")
        #expect(TablePeriod.cumulative(2020, throughMonth: 9).description == "Jan-Sep 2020")
        #expect(TablePeriod.startOfYear(2023).description == "1 Jan 2023")
        #expect(TablePeriod.year(2019) < .cumulative(2020, throughMonth: 3))
    }
}
