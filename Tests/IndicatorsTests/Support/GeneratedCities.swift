import Foundation
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Small datasets for two or three cities, generated here so each test
/// shows the figures it checks. They are test data, not real figures: the
/// source says so.
enum GeneratedCities {
    struct Series {
        var id: String
        var unit: String = "percent"
        var better: String = "higher"
        var values: [(year: Int, value: Double)]
    }

    /// A data file's text for a city with the given series.
    static func json(id: String, name: String, kk: String? = nil, ru: String? = nil, series: [Series]) -> String {
        let names = ["\"en\": \"\(name)\""] + (kk.map { ["\"kk\": \"\($0)\""] } ?? []) + (ru.map { ["\"ru\": \"\($0)\""] } ?? [])
        let indicators = series.enumerated().map { offset, series in
            let observations = series.values.map {
                "{\"year\": \($0.year), \"value\": \(number($0.value)), \"source\": \"generated\", \"quote\": \"generated for tests\"}"
            }.joined(separator: ", ")
            return """
                {"id": "\(series.id)", "name": {"en": "\(series.id)"}, "unit": "\(series.unit)", "better": "\(series.better)",
                 "headline": \(offset < 2), "observations": [\(observations)]}
                """
        }.joined(separator: ",\n")
        return """
            {"schema": 1, "city": {"id": "\(id)", "name": {\(names.joined(separator: ", "))}, "country": "KZ"},
             "sources": [{"id": "generated", "title": "Generated test data, not real figures", "publisher": "citydash tests",
                          "date": "2026", "language": "en", "document": null, "url": null}],
             "indicators": [\(indicators)]}
            """
    }

    /// Whole numbers without ".0": ranks must be whole in the file.
    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    /// Two generated cities beside the shipped Almaty file: one with
    /// population in people (compared), one with it in percent (set apart),
    /// neither with every year.
    static let north = json(id: "north", name: "North Test", kk: "Солтүстік сынақ", ru: "Северный тест", series: [
        Series(id: "gdp_share", values: [(2015, 9.5), (2019, 11.2)]),
        Series(id: "tax_share", values: [(2019, 12)]),
        Series(id: "population", unit: "people", better: "neutral", values: [(2019, 1_200_000)]),
    ])
    static let south = json(id: "south", name: "South Test", kk: "Оңтүстік сынақ", ru: "Южный тест", series: [
        Series(id: "gdp_share", values: [(2015, 4), (2019, 25.5), (2023, 6)]),
        Series(id: "tax_share", values: [(2015, 3)]),
        Series(id: "population", unit: "percent", better: "neutral", values: [(2019, 7.5)]),
    ])

    /// A file as one imported from the World Bank might be: growth that goes
    /// negative, years missing, a balance that crosses zero (its change from a
    /// negative base is a difference, not a percent), two headlines only.
    static let imported = json(id: "imported", name: "Imported Test", series: [
        Series(id: "gdp_growth", unit: "percent_change", values: [
            (2010, 7.3), (2011, 7.4), (2012, 4.8), (2013, 6.0), (2015, 1.2), (2016, 1.1), (2019, 4.5), (2020, -2.6),
            (2021, 4.1), (2022, 3.2),
        ]),
        Series(id: "gdp_per_capita", unit: "usd", values: [(2010, 9070), (2013, 13890), (2016, 7715), (2019, 9812), (2020, 9122), (2022, 11492)]),
        Series(id: "current_account", unit: "usd", values: [
            (2010, 1.4e9), (2012, 0.8e9), (2015, -5.1e9), (2016, -8.1e9), (2019, -7.3e9), (2020, -10.9e9), (2021, -3.0e9), (2022, 8.3e9),
        ]),
    ])

    static let importedModel: DashboardModel = {
        do {
            return DashboardModel(dataset: try Fixtures.decode(imported))
        } catch {
            fatalError("the generated imported file does not load: \(error)")
        }
    }()

    /// Almaty (shipped), North and South, as the dashboard sees them.
    static let data: DashboardData = {
        do {
            let models = try [north, south].map { DashboardModel(dataset: try Fixtures.decode($0)) }
            return DashboardData(cities: [Shipped.model] + models)
        } catch {
            fatalError("the generated cities do not load: \(error)")
        }
    }()

    /// Writes North and South into `folder`; returns their paths.
    static func write(into folder: TemporaryFolder) throws -> [String] {
        [try folder.write("north.json", north), try folder.write("south.json", south)]
    }
}
