import BureauTables

/// Every table the shipped data is built from, in the order `rebuild` reads them: what it
/// holds, the reader that reads it, the file in `../shared/data/bns/` it corresponds to, and
/// where the bureau serves it, when that is known. The addresses are the ones the data's
/// README records (element 6584 for the population table; `region/291724`, `region/290508`
/// and `region/290620` for the city departments' workbooks); a table whose element id was
/// never recorded cannot be updated, and `citydash update` says so rather than guess one.
public struct BureauTable: Sendable, Equatable {
    /// Where the bureau serves a table: `api/iblock/element/<id>/file/<lang>/`, or the
    /// regional departments' `api/iblock/element/region/<id>/file/<lang>/`.
    public enum Element: Sendable, Equatable, CustomStringConvertible {
        case element(Int)
        case region(Int)

        public var description: String {
            switch self {
            case .element(let id): String(id)
            case .region(let id): "region/\(id)"
            }
        }
    }

    /// The name `--only` takes.
    public let name: String
    /// The file of the shipped tables (`../shared/data/bns/`) this table is a release of.
    public let file: String
    /// Where the bureau serves it; nil when no element id is recorded (not updatable).
    public let element: Element?
    /// The language of the file the bureau serves (`ru`, `en`, `kk`).
    public let language: String
    /// What the table holds, in a few words.
    public let holds: String
    /// The reader that reads it.
    public let reader: BureauTableKind
    /// Why it cannot be updated, when it cannot.
    public let notUpdatable: String?

    public var updatable: Bool { element != nil }

    /// The table's address under `base` (`https://stat.gov.kz`), nil when not updatable.
    public func address(base: String) -> String? {
        guard let element else { return nil }
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/api/iblock/element/\(element)/file/\(language)/"
    }
}

public enum BureauTableList {
    /// The bureau's site, where `update` downloads from unless told otherwise.
    public static let defaultSource = "https://stat.gov.kz"

    static let noElement = "no element id is recorded for it (../shared/data/bns/README.md)"

    public static let tables: [BureauTable] = [
        BureauTable(name: "grp", file: "grp-by-region-1990-2023.xlsx", element: nil, language: "en",
                    holds: "GRP by region, mln tenge, 1990-2023 with cumulative quarters", reader: .grpByRegion, notUpdatable: noElement),
        BureauTable(name: "grp-per-capita", file: "grp-per-capita-by-region-2008-2022.xlsx", element: nil, language: "ru",
                    holds: "GRP per capita by region, thousand tenge and US$, 2008-2022", reader: .grpPerCapita, notUpdatable: noElement),
        BureauTable(name: "population", file: "population-by-region-start-of-year-2000-2023.xlsx", element: .element(6584), language: "ru",
                    holds: "population by region on 1 January, 2000-2023", reader: .populationStartOfYear, notUpdatable: nil),
        BureauTable(name: "population-2023", file: "population-by-region-district-2023-01-01.xlsx", element: nil, language: "ru",
                    holds: "population by region and district on 1 January 2023 (bulletin)", reader: .populationBulletin,
                    notUpdatable: noElement),
        BureauTable(name: "unemployment", file: "unemployment-rate-by-region-2001-2024.xlsx", element: nil, language: "en",
                    holds: "unemployment rate by region, quarters and years, 2001-2024", reader: .unemployment, notUpdatable: noElement),
        BureauTable(name: "cpi", file: "cpi-by-region-1993-2024.xlsx", element: nil, language: "en",
                    holds: "consumer price indices by region, 1993-2024", reader: .cpi, notUpdatable: noElement),
        BureauTable(name: "almaty-dynamics", file: "almaty-city-socioeconomic-dynamics-1991-2025.xlsx", element: .region(291724), language: "ru",
                    holds: "Almaty city's main indicators (GRP, investment, wages, prices, …), 1991-2024", reader: .almatyDynamics,
                    notUpdatable: nil),
        BureauTable(name: "almaty-investment", file: "almaty-city-investment-bulletin-2024.xlsx", element: .region(290508), language: "ru",
                    holds: "investment in fixed capital in Almaty city, 2024 (bulletin)", reader: .investmentBulletin, notUpdatable: nil),
        BureauTable(name: "shymkent-investment", file: "shymkent-city-investment-bulletin-2024.xlsx", element: .region(290620), language: "ru",
                    holds: "investment in fixed capital in Shymkent city, 2024 (bulletin)", reader: .investmentBulletin, notUpdatable: nil),
        BureauTable(name: "sdg-8-5-1", file: "sdg-8-5-1-hourly-earnings-by-region.csv", element: nil, language: "en",
                    holds: "hourly earnings by region (SDG 8.5.1)", reader: .sdg,
                    notUpdatable: "a CSV file of the bureau's SDG platform (kazstat/sdg-data-kazstat), not an element of stat.gov.kz"),
        BureauTable(name: "sdg-8-5-2", file: "sdg-8-5-2-unemployment-rate-by-region.csv", element: nil, language: "en",
                    holds: "unemployment rate by region (SDG 8.5.2)", reader: .sdg,
                    notUpdatable: "a CSV file of the bureau's SDG platform (kazstat/sdg-data-kazstat), not an element of stat.gov.kz"),
        BureauTable(name: "sdg-9-2-1", file: "sdg-9-2-1-manufacturing-share-of-grp-by-region.csv", element: nil, language: "en",
                    holds: "manufacturing share of GRP by region (SDG 9.2.1)", reader: .sdg,
                    notUpdatable: "a CSV file of the bureau's SDG platform (kazstat/sdg-data-kazstat), not an element of stat.gov.kz"),
        BureauTable(name: "macro-dims-long", file: "macro-dims-long-extract-ala-ast-shm-kz.csv", element: nil, language: "ru",
                    holds: "GRP, GRP volume index, investment and its volume index of Almaty, Astana, Shymkent and the Republic (extract)",
                    reader: .longCSV,
                    notUpdatable: "an extract of a third party's long CSV; the bureau's elements behind it (5926, 5927, 5546, 5549) are workbooks of another layout, which no reader here reads"),
    ]

    /// The tables `update` can download.
    public static var updatable: [BureauTable] { tables.filter(\.updatable) }

    /// A table by its name, its file name or its element id (`6584`, `region/290508`).
    public static func table(named text: String) -> BureauTable? {
        tables.first { $0.name == text || $0.file == text || $0.element?.description == text }
    }
}
