/// What is known about each file of `../shared/data/bns/` from its README: the repository copy,
/// the bureau's address or element id, the publisher and the release date. Readers take titles
/// from the files themselves and fall back on the titles here.
public struct CatalogEntry: Sendable {
    public let fileName: String
    public let id: String
    public let title: String
    public let publisher: String
    public let source: String?
    public let repository: RepositoryCopy
    public let releaseDate: String?

    /// The table of one sheet, block or variable of this file.
    public func table(part: String? = nil, title: String? = nil, source: String? = nil, releaseDate: String? = nil,
                      notes: [String] = []) -> TableInfo {
        TableInfo(
            id: part.map { "\(id):\($0)" } ?? id, title: title ?? self.title, publisher: publisher,
            source: source ?? self.source, repository: repository, releaseDate: releaseDate ?? self.releaseDate,
            notes: notes)
    }
}

public enum Catalog {
    public static let bureau =
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan"
    public static let almatyDepartment = "Department of statistics of Almaty city, " + bureau

    static let sdgRepo = "kazstat/sdg-data-kazstat"
    static let sdgSource = "BNS national SDG reporting platform (Open SDG), data compiled by the BNS ASPR"
    static let statParser = "Harakirigi/statGovParser"
    static let statParserCommit = "fe5777f98e76061e95bc3f3466c83f93f3cf84f0"
    static let fdiRepo = "askhat-omar/FDI_crowding_effects"

    public static let entries: [CatalogEntry] = [
        CatalogEntry(
            fileName: "grp-by-region-1990-2023.xlsx", id: "grp-by-region", title: "Gross regional product",
            publisher: bureau, source: nil,
            repository: RepositoryCopy(
                repo: "jialingzhang0730/Local_GDP_Estimates_Around_the_World",
                path: "step2_obtain_gdp_data/inputs/gdp_data/regional/KAZ/1. Gross regional product.xlsx",
                commit: "83f2a24b1673e2f6b89056db906398c566ebf340"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "grp-per-capita-by-region-2008-2022.xlsx", id: "grp-per-capita-by-region",
            title: "Валовой региональный продукт на душу населения", publisher: bureau, source: "https://stat.gov.kz",
            repository: RepositoryCopy(
                repo: "open-data-kazakhstan/city-gdp-per-capita", path: "arhive/6. ВРП на душу населения.xlsx",
                commit: "1905212dec7872bad96db93539b6dc2f7cdd1407"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "unemployment-rate-by-region-2001-2024.xlsx", id: "unemployment-rate-by-region",
            title: "Unemployment rate", publisher: bureau,
            source: "https://stat.gov.kz/en/industries/labor-and-income/stat-empt-unempl/",
            repository: RepositoryCopy(
                repo: statParser, path: "downloads/Dynamic table Unemployment_rate.xlsx", commit: statParserCommit),
            releaseDate: nil),
        CatalogEntry(
            fileName: "cpi-by-region-1993-2024.xlsx", id: "cpi-by-region",
            title: "Price index for consumer goods and services", publisher: bureau, source: nil,
            repository: RepositoryCopy(
                repo: statParser,
                path: "downloads/Dynamic table Index_of_prices_and_tariffs_for_consumer_goods_and_services_by_region.xlsx",
                commit: statParserCommit),
            releaseDate: nil),
        CatalogEntry(
            fileName: "population-by-region-start-of-year-2000-2023.xlsx", id: "population-by-region-start-of-year",
            title: "Численность населения по регионам Республики Казахстан", publisher: bureau,
            source: "BNS element 6584, https://stat.gov.kz/api/iblock/element/6584/file/ru/",
            repository: RepositoryCopy(
                repo: "open-data-kazakhstan/population-projections-by-regions", path: "archive/source.xlsx",
                commit: "1cc68b9feeab6e30696c30142230e182f02eac78"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "population-by-region-district-2023-01-01.xlsx", id: "population-by-region-district-2023",
            title: "Численность населения Республики Казахстан на 1 января 2023 года", publisher: bureau, source: nil,
            repository: RepositoryCopy(
                repo: "open-data-kazakhstan/city-population", path: "archive/source.xlsx",
                commit: "785e94b7c786cb68f66b3a19a8288f8714f58b0d"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "almaty-city-socioeconomic-dynamics-1991-2025.xlsx", id: "almaty-city-dynamics",
            title: "Динамика основных социально-экономических показателей по городу Алматы",
            publisher: almatyDepartment, source: "https://stat.gov.kz/api/iblock/element/region/291724/file/ru/",
            repository: RepositoryCopy(
                repo: fdiRepo, path: "Data/Controls/Almaty-city_Retail.xlsx",
                commit: "29a0c4ded046c372d74963c9fbe862e6cb3219fe"),
            releaseDate: "2025-05-20"),
        CatalogEntry(
            fileName: "almaty-city-industrial-output-by-district-2002-2023.xls", id: "almaty-city-industrial-output",
            title: "Объем промышленного производства в разрезе районов", publisher: almatyDepartment,
            source: "https://stat.gov.kz/api/iblock/element/region/43266/file/ru/",
            repository: RepositoryCopy(
                repo: fdiRepo, path: "Data/Controls/Almaty-city_Production.xls",
                commit: "29a0c4ded046c372d74963c9fbe862e6cb3219fe"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "almaty-city-investment-bulletin-2024.xlsx", id: "almaty-city-investment-bulletin-2024",
            title: "Инвестиции в основной капитал по видам затрат", publisher: bureau,
            source: "https://stat.gov.kz/api/iblock/element/region/290508/file/ru/",
            repository: RepositoryCopy(
                repo: fdiRepo, path: "Data/Investments/Almaty-city/2024_Investments.xlsx",
                commit: "adc326a353a9956607d36e4c198c32db01fb925d"),
            releaseDate: "2025-01-17"),
        CatalogEntry(
            fileName: "astana-city-investment-bulletin-2024.xls", id: "astana-city-investment-bulletin-2024",
            title: "Инвестиции в основной капитал по видам затрат", publisher: bureau,
            source: "https://stat.gov.kz/api/iblock/element/region/290680/file/ru/",
            repository: RepositoryCopy(
                repo: fdiRepo, path: "Data/Investments/Astana-city/2024_Investments.xls",
                commit: "4a183d6da6dddd59612d70457cfd9a6f366ca1f7"),
            releaseDate: "2025-01-17"),
        CatalogEntry(
            fileName: "shymkent-city-investment-bulletin-2024.xlsx", id: "shymkent-city-investment-bulletin-2024",
            title: "Инвестиции в основной капитал по видам затрат", publisher: bureau,
            source: "https://stat.gov.kz/api/iblock/element/region/290620/file/ru/",
            repository: RepositoryCopy(
                repo: fdiRepo, path: "Data/Investments/Shymkent-city/2024_Investments.xlsx",
                commit: "4a183d6da6dddd59612d70457cfd9a6f366ca1f7"),
            releaseDate: "2025-01-17"),
        CatalogEntry(
            fileName: "sdg-8-1-1-real-grp-per-capita-index-by-region.csv", id: "sdg-8-1-1",
            title: "Annual growth rate of real GDP per capita", publisher: bureau, source: sdgSource,
            repository: RepositoryCopy(
                repo: sdgRepo, path: "data/indicator_8-1-1.csv", commit: "0d8b3633afe264be99db93d05a45833e9ebe1edb"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "sdg-8-5-1-hourly-earnings-by-region.csv", id: "sdg-8-5-1",
            title: "Average hourly earnings of employees, by sex, age, occupation and persons with disabilities",
            publisher: bureau, source: sdgSource,
            repository: RepositoryCopy(
                repo: sdgRepo, path: "data/indicator_8-5-1.csv", commit: "08655257aa3fe8d7000ac054f5033c037b7ec8f9"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "sdg-8-5-2-unemployment-rate-by-region.csv", id: "sdg-8-5-2",
            title: "Unemployment rate, by sex, age and persons with disabilities", publisher: bureau, source: sdgSource,
            repository: RepositoryCopy(
                repo: sdgRepo, path: "data/indicator_8-5-2.csv", commit: "221b36059f52244f4e2985914bddfae8033d70cc"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "sdg-9-2-1-manufacturing-share-of-grp-by-region.csv", id: "sdg-9-2-1",
            title: "Manufacturing value added as a proportion of GDP and per capita", publisher: bureau,
            source: sdgSource,
            repository: RepositoryCopy(
                repo: sdgRepo, path: "data/indicator_9-2-1.csv", commit: "acee64104b48afbf23ecce77ec5d5860d52e8fc6"),
            releaseDate: nil),
        CatalogEntry(
            fileName: "macro-dims-long-extract-ala-ast-shm-kz.csv", id: "macro-dims-long",
            title: "Regional variables of the BNS dynamic tables (extract)", publisher: bureau, source: nil,
            repository: RepositoryCopy(
                repo: "makenerzhan-gif/kazakhstan-economic-data", path: "data/unified/macro_dims_long.csv",
                commit: "118b85dca998148f3cd9de46fa9d9fb81ed0fa9d"),
            // The rows' source_version (see the README): the latest release of these figures held here.
            releaseDate: "2026-09-17"),
    ]

    /// The entry of a file by its name; nil for a file the README does not describe.
    public static func entry(fileName: String) -> CatalogEntry? {
        entries.first { $0.fileName == fileName }
    }

    /// An entry for a file the catalog does not know (a newer release under another name): the
    /// reader still works, the citation says only what the file itself says.
    static func unknown(fileName: String, id: String, title: String) -> CatalogEntry {
        CatalogEntry(
            fileName: fileName, id: id, title: title, publisher: bureau, source: nil,
            repository: RepositoryCopy(repo: "", path: fileName, commit: ""), releaseDate: nil)
    }
}
