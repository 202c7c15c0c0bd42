import Foundation
import Testing

@testable import BureauTables

/// Every sample value of `../shared/data/bns/README.md`, read through `BureauTables.read`.
@Suite struct SampleValueTests {
    func expectValue(
        _ result: TableReadResult, _ region: String, _ series: String, _ period: TablePeriod, _ value: Double,
        cell: String? = nil, preliminary: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let observation = result.one(region, series, period, sourceLocation: sourceLocation) else { return }
        #expect(abs(observation.value - value) <= 1e-9 * max(1, abs(value)),
                "\(region) \(series) \(period): \(observation.value) ≠ \(value)", sourceLocation: sourceLocation)
        if let cell {
            #expect(observation.location.address == cell, sourceLocation: sourceLocation)
        }
        if let preliminary {
            #expect(observation.preliminary == preliminary, sourceLocation: sourceLocation)
        }
    }

    @Test func grpByRegion() throws {
        let r = try Fixtures.result("grp-by-region-1990-2023.xlsx")
        expectValue(r, "KZ-75", "grp", .year(2010), 3923412.6, cell: "2008-2023!M24", preliminary: false)
        expectValue(r, "KZ-75", "grp", .year(2015), 9100006, cell: "2008-2023!AG24")
        expectValue(r, "KZ-75", "grp", .year(2023), 24828705.8, cell: "2008-2023!BM24", preliminary: true)
        expectValue(r, "KZ-71", "grp", .year(2023), 12874957.1, preliminary: true)
        expectValue(r, "KZ-79", "grp", .year(2023), 3699654.5)
        expectValue(r, "KZ", "grp", .year(2023), 120561096.4)
        // Cumulative columns.
        expectValue(r, "KZ-75", "grp", .cumulative(2023, throughMonth: 9), 14591960.1, cell: "2008-2023!BL24")
        expectValue(r, "KZ-75", "grp", .quarter(2008, 1), 592072.4, cell: "2008-2023!B24")
        // 1990-1992 in mln rubles stay apart, flagged by their note.
        expectValue(r, "KZ-75", "grp_rubles", .year(1990), 3338, cell: " 1990-1997!B20")
        #expect(r.values("KZ-75", "grp", .year(1990)).isEmpty)
        #expect(r.one("KZ-75", "grp_rubles", .year(1990))?.unit == "mln rubles")
        expectValue(r, "KZ-75", "grp", .year(1993), 2055.6)
        // Citation.
        let obs = try #require(r.one("KZ-75", "grp", .year(2023)))
        #expect(obs.table.title == "Gross regional product")
        #expect(obs.table.publisher == Catalog.bureau)
        #expect(obs.table.repository.commit == "83f2a24b1673e2f6b89056db906398c566ebf340")
        #expect(obs.table.notes.contains { $0.hasPrefix("quarterly calculations of GRP") })
        #expect(obs.notes == ["preliminary data"])
        #expect(obs.unit == "mln tenge")
    }

    @Test func grpPerCapita() throws {
        let r = try Fixtures.result("grp-per-capita-by-region-2008-2022.xlsx")
        expectValue(r, "KZ-75", "grp_per_capita", .year(2022), 8985.6)
        expectValue(r, "KZ-75", "grp_per_capita_usd", .year(2022), 19513.6)
        expectValue(r, "KZ-71", "grp_per_capita", .year(2022), 8053.9)
        expectValue(r, "KZ-71", "grp_per_capita_usd", .year(2022), 17490.2)
        expectValue(r, "KZ-79", "grp_per_capita", .year(2022), 2798.4)
        expectValue(r, "KZ-79", "grp_per_capita_usd", .year(2022), 6077.1)
        #expect(r.one("KZ-75", "grp_per_capita", .year(2022))?.unit == "thousand tenge")
        // `г.Шымкент2)`: the note on the row reaches the value.
        #expect(r.one("KZ-79", "grp_per_capita", .year(2022))?.notes.first?.contains("Туркестанская область") == true)
    }

    @Test func unemployment() throws {
        let r = try Fixtures.result("unemployment-rate-by-region-2001-2024.xlsx")
        expectValue(r, "KZ-75", "unemployment_rate", .year(2001), 10.8, cell: "Regions_quarter!F26")
        expectValue(r, "KZ-75", "unemployment_rate", .year(2024), 4.6, cell: "Regions_quarter!DQ26")
        expectValue(r, "KZ-71", "unemployment_rate", .year(2024), 4.4, cell: "Regions_quarter!DQ25")
        expectValue(r, "KZ-79", "unemployment_rate", .year(2024), 4.8, cell: "Regions_quarter!DQ27")
        // Single quarters.
        expectValue(r, "KZ-75", "unemployment_rate", .quarter(2001, 2), 10.5, cell: "Regions_quarter!C26")
        expectValue(r, "KZ-75", "unemployment_rate", .quarter(2001, 1), 11.9, cell: "Regions_quarter!B26")
        #expect(r.one("KZ-75", "unemployment_rate", .year(2024))?.table.notes.first?.hasPrefix("The data was generated") == true)
    }

    @Test func cpi() throws {
        let r = try Fixtures.result("cpi-by-region-1993-2024.xlsx")
        expectValue(r, "KZ-75", "cpi_dec_dec", .year(1993), 2847.9, cell: "eng!B25")
        expectValue(r, "KZ-75", "cpi_dec_dec", .year(2024), 109.2, cell: "eng!AG25")
        expectValue(r, "KZ-75", "cpi_annual_avg", .year(2024), 109.1, cell: "eng!AG47")
        expectValue(r, "KZ-71", "cpi_dec_dec", .year(2024), 110.7, cell: "eng!AG24")
        expectValue(r, "KZ-79", "cpi_dec_dec", .year(2024), 107.4, cell: "eng!AG26")
        expectValue(r, "KZ", "cpi_dec_dec", .year(2024), 108.6, cell: "eng!AG6")
        // The Turkistan row's 1993-2017 figures are South Kazakhstan's (the sheet's *) note).
        expectValue(r, "KZ-YUZ", "cpi_dec_dec", .year(1993), 2731.2, cell: "eng!B21")
        #expect(r.values("KZ-61", "cpi_dec_dec", .year(2017)).isEmpty)
        #expect(!r.values("KZ-61", "cpi_dec_dec", .year(2018)).isEmpty)
        #expect(Set(r.observations.map(\.series)).count == 8)
    }

    @Test func populationStartOfYear() throws {
        let r = try Fixtures.result("population-by-region-start-of-year-2000-2023.xlsx")
        expectValue(r, "KZ-75", "population", .startOfYear(2000), 1130439, cell: "Все население!B21")
        expectValue(r, "KZ-75", "population", .startOfYear(2023), 2161797, cell: "Все население!Y21")
        expectValue(r, "KZ-71", "population", .startOfYear(2023), 1354507, cell: "Все население!Y20")
        expectValue(r, "KZ-79", "population", .startOfYear(2023), 1192120, cell: "Все население!Y22")
        expectValue(r, "KZ", "population", .startOfYear(2023), 19766807)
        // `Туркестанская 1`: the note (printed on the other sheets) files 2000-2016 under South Kazakhstan.
        expectValue(r, "KZ-YUZ", "population", .startOfYear(2000), 2005023, cell: "Все население!B17")
        expectValue(r, "KZ-61", "population", .startOfYear(2017), 1966336, cell: "Все население!S17")
        #expect(r.observations.allSatisfy { $0.period.kind == .startOfYear })
    }

    @Test func populationBulletin() throws {
        let r = try Fixtures.result("population-by-region-district-2023-01-01.xlsx")
        expectValue(r, "KZ-75", "population", .startOfYear(2023), 2161695, cell: "01!B25")
        expectValue(r, "KZ-71", "population", .startOfYear(2023), 1354435, cell: "01!B24")
        expectValue(r, "KZ-79", "population", .startOfYear(2023), 1191877, cell: "01!B26")
        expectValue(r, "KZ", "population", .startOfYear(2023), 19765004, cell: "01!B6")
        expectValue(r, "KZ-19", "population", .startOfYear(2023), 1505984, cell: "01!B10")
        #expect(r.observations.count == 21)
    }

    @Test func almatyWorkbook() throws {
        let r = try Fixtures.result("almaty-city-socioeconomic-dynamics-1991-2025.xlsx")
        expectValue(r, "KZ-75", "grp_bn", .year(2010), 3923.4, cell: "ВРП!V2")
        expectValue(r, "KZ-75", "grp_bn", .year(2015), 9100, cell: "ВРП!AA2")
        expectValue(r, "KZ-75", "grp_bn", .year(2023), 24895.9, cell: "ВРП!AI2", preliminary: false)
        expectValue(r, "KZ-75", "grp_bn", .year(2024), 29240.8, cell: "ВРП!AJ2", preliminary: true)
        expectValue(r, "KZ-75", "grp_per_capita", .year(2023), 11340.6, cell: "ВРП!AI5")
        expectValue(r, "KZ-75", "investment_fixed_capital", .year(2023), 1803183.33, cell: "инвестиция!AI3")
        // `'4860,23)'`: 4860.2 with note 3; `'13 459,8'`: a number with a no-break space.
        expectValue(r, "KZ-75", "grp_bn", .year(2011), 4860.2, cell: "ВРП!W2")
        #expect(r.one("KZ-75", "grp_bn", .year(2011))?.notes.first?.hasPrefix("Расчеты произведены") == true)
        expectValue(r, "KZ-75", "grp_bn", .year(2020), 13459.8, cell: "ВРП!AF2")
        // Real growth from the volume index: 109.7 → 9.7.
        expectValue(r, "KZ-75", "grp_growth", .year(2023), 9.7, cell: "ВРП!AI3")
        // 1991-1992 in bn rubles, apart.
        expectValue(r, "KZ-75", "grp_bn_rubles", .year(1991), 5.5, cell: "ВРП!C2")
        #expect(r.one("KZ-75", "grp_bn_rubles", .year(1991))?.unit == "bn rubles")
        expectValue(r, "KZ-75", "unemployment_rate", .year(2024), 4.6)
        expectValue(r, "KZ-75", "average_monthly_wage", .year(2023), 426273)
        expectValue(r, "KZ-75", "retail_trade_turnover", .year(2023), 6301.2)
        expectValue(r, "KZ-75", "industrial_output", .year(2023), 2096034)
        expectValue(r, "KZ-75", "legal_entities_registered", .year(2023), 148244)
        expectValue(r, "KZ-75", "housing_commissioned", .year(2023), 2677.068)
        #expect(r.one("KZ-75", "unemployment_rate", .year(2024))?.preliminary == false)
        #expect(r.observations.allSatisfy { $0.region == "KZ-75" && $0.period.isYear })
        #expect(r.observations.first?.table.releaseDate == "2025-05-20")
    }

    @Test func investmentBulletins() throws {
        let almaty = try Fixtures.result("almaty-city-investment-bulletin-2024.xlsx")
        expectValue(almaty, "KZ-75", "investment_fixed_capital", .year(2024), 1987225.179, cell: "1!B6")
        expectValue(almaty, "KZ-75", "investment_growth", .year(2024), 8.2, cell: "1!C6")
        #expect(almaty.observations.first?.table.releaseDate == "2025-01-17")
        let shymkent = try Fixtures.result("shymkent-city-investment-bulletin-2024.xlsx")
        expectValue(shymkent, "KZ-79", "investment_fixed_capital", .year(2024), 766072.341, cell: "1!B6")
        expectValue(shymkent, "KZ-79", "investment_growth", .year(2024), 12.1, cell: "1!C6")
    }

    @Test func sdg() throws {
        let s811 = try Fixtures.result("sdg-8-1-1-real-grp-per-capita-index-by-region.csv")
        expectValue(s811, "KZ-75", "real_grp_per_capita_index_2005", .year(2010), 120.4)
        expectValue(s811, "KZ-75", "real_grp_per_capita_index_2005", .year(2023), 157.6)
        expectValue(s811, "KZ-71", "real_grp_per_capita_index_2005", .year(2023), 109.0)
        #expect(s811.values("KZ-19", "real_grp_per_capita_index_2005", .year(2022)).isEmpty)
        #expect(s811.warnings.contains { $0.message.hasPrefix("dropped 6 values of 0.0") })
        let s852 = try Fixtures.result("sdg-8-5-2-unemployment-rate-by-region.csv")
        expectValue(s852, "KZ-75", "unemployment_rate", .year(2010), 6.3)
        expectValue(s852, "KZ-75", "unemployment_rate", .year(2023), 4.8)
        expectValue(s852, "KZ-79", "unemployment_rate", .year(2023), 4.9)
        expectValue(s852, "KZ-71", "unemployment_rate", .year(2023), 4.5)
        let s921 = try Fixtures.result("sdg-9-2-1-manufacturing-share-of-grp-by-region.csv")
        expectValue(s921, "KZ-75", "manufacturing_share", .year(2010), 5.2)
        expectValue(s921, "KZ-75", "manufacturing_share", .year(2023), 4.6)
        expectValue(s921, "KZ-75", "manufacturing_per_capita_usd_2010", .year(2023), 1110.4)
        let s851 = try Fixtures.result("sdg-8-5-1-hourly-earnings-by-region.csv")
        expectValue(s851, "KZ-75", "hourly_earnings", .year(2018), 1335)
        expectValue(s851, "KZ-75", "hourly_earnings", .year(2023), 2392)
        expectValue(s851, "KZ-71", "hourly_earnings", .year(2023), 2348)
        expectValue(s851, "KZ-79", "hourly_earnings", .year(2023), 1650)
        expectValue(s851, "KZ", "hourly_earnings", .year(2023), 2016)
    }

    @Test func longCSV() throws {
        let r = try Fixtures.result("macro-dims-long-extract-ala-ast-shm-kz.csv")
        expectValue(r, "KZ-75", "grp", .year(2015), 9100006.0)
        expectValue(r, "KZ-75", "grp", .year(2023), 25229706.8)
        expectValue(r, "KZ-71", "grp_growth", .year(2024), 5.4)
        #expect(r.one("KZ-71", "grp_growth", .year(2024))?.unit == SeriesID.realGrowthUnit)
        expectValue(r, "KZ-79", "investment_fixed_capital", .year(2025), 864108.0)
        #expect(r.observations.count == 307)
        #expect(r.one("KZ-71", "grp_growth", .year(2024))?.table.source?.contains("5926") == true)
    }

    /// The same figure in two tables is two observations, each with its own table.
    @Test func revisionsStayApart() throws {
        let table = try Fixtures.result("grp-by-region-1990-2023.xlsx").one("KZ-75", "grp", .year(2023))
        let long = try Fixtures.result("macro-dims-long-extract-ala-ast-shm-kz.csv").one("KZ-75", "grp", .year(2023))
        #expect(table?.value != long?.value)
        #expect(table?.table.id != long?.table.id)
    }
}
