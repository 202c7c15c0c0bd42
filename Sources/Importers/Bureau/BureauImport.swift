import BureauTables
import Indicators

/// The bureau's tables turned into datasets, one per region: each series
/// becomes an indicator in the model's units, each table a source of
/// official statistics, each figure an observation that quotes its cell. Each
/// region's share of the country's GRP is derived (region ÷ Republic × 100,
/// the same table and period) and labelled as derived.
public enum BureauImport {
    /// What one series of the tables becomes: the indicator, its unit and how a value converts.
    struct Series {
        var indicator: String
        var names: LocalizedText
        var unit: Indicators.Unit
        var better: Better
        var description: String
        /// From the table's unit to the model's base unit (mln tenge → tenge), or an index to a change.
        var convert: @Sendable (Double) -> Double
    }

    static let tenge = LocalizedText(en: "tenge")
    static func times(_ factor: Double) -> @Sendable (Double) -> Double { { $0 * factor } }
    static let asIs: @Sendable (Double) -> Double = { $0 }
    static let indexToChange: @Sendable (Double) -> Double = { $0 - 100 }
    static let realGrowth = "Real: the bureau's volume index minus 100."

    /// The series the dashboard shows. Left out, and why: GRP in rubles (1990-1992, no rubles
    /// unit), housing (square metres, no such unit), the SDG index of real GRP per capita
    /// (percent of 2005, not a share) and manufacturing per capita in 2010 dollars, and the
    /// food, non-food and services price indices (the overall index is kept).
    static let series: [String: Series] = [
        SeriesID.grp: Series(indicator: "grp", names: LocalizedText(en: "Gross regional product", kk: "Жалпы өңірлік өнім", ru: "Валовой региональный продукт"),
                             unit: .tenge, better: .higher, description: "Gross regional product in current prices (nominal).", convert: times(1e6)),
        SeriesID.grpBillions: Series(indicator: "grp", names: LocalizedText(en: "Gross regional product", kk: "Жалпы өңірлік өнім", ru: "Валовой региональный продукт"),
                                     unit: .tenge, better: .higher, description: "Gross regional product in current prices (nominal).", convert: times(1e9)),
        SeriesID.grpPerCapita: Series(indicator: "grp_per_capita", names: LocalizedText(en: "GRP per capita", kk: "Жан басына ЖӨӨ", ru: "ВРП на душу населения"),
                                      unit: .tenge, better: .higher, description: "Gross regional product per person, tenge.", convert: times(1e3)),
        SeriesID.grpPerCapitaUSD: Series(indicator: "grp_per_capita_usd", names: LocalizedText(en: "GRP per capita (US$)", kk: "Жан басына ЖӨӨ (АҚШ $)", ru: "ВРП на душу (долл. США)"),
                                         unit: .usd, better: .higher,
                                         description: "Gross regional product per person, US dollars at the National Bank's average rate of the year.", convert: asIs),
        SeriesID.grpGrowth: Series(indicator: "grp_growth", names: LocalizedText(en: "GRP growth", kk: "ЖӨӨ өсімі", ru: "Рост ВРП"),
                                   unit: .percentChange, better: .higher, description: "Growth of the gross regional product on the year before. " + realGrowth, convert: asIs),
        SeriesID.investment: Series(indicator: "investment_fixed_capital", names: LocalizedText(en: "Investment in fixed capital", kk: "Негізгі капиталға инвестиция", ru: "Инвестиции в основной капитал"),
                                    unit: .tenge, better: .higher, description: "Investment in fixed capital, tenge (nominal).", convert: times(1e6)),
        SeriesID.investmentUSD: Series(indicator: "investment_fixed_capital_usd", names: LocalizedText(en: "Investment in fixed capital (US$)", kk: "Инвестиция (АҚШ $)", ru: "Инвестиции (долл. США)"),
                                       unit: .usd, better: .higher, description: "Investment in fixed capital, US dollars.", convert: times(1e6)),
        SeriesID.investmentGrowth: Series(indicator: "investment_growth", names: LocalizedText(en: "Investment growth", kk: "Инвестиция өсімі", ru: "Рост инвестиций"),
                                          unit: .percentChange, better: .higher, description: "Growth of investment in fixed capital on the year before. " + realGrowth, convert: asIs),
        SeriesID.population: Series(indicator: "population", names: LocalizedText(en: "Population", kk: "Халық саны", ru: "Численность населения"),
                                    unit: .people, better: .neutral, description: "Population on 1 January, people.", convert: asIs),
        SeriesID.unemploymentRate: Series(indicator: "unemployment_rate", names: LocalizedText(en: "Unemployment rate", kk: "Жұмыссыздық деңгейі", ru: "Уровень безработицы"),
                                          unit: .percent, better: .lower, description: "Unemployed as a percent of the labour force (sample survey).", convert: asIs),
        SeriesID.cpiDecDec: Series(indicator: "consumer_prices_dec", names: LocalizedText(en: "Consumer prices, Dec/Dec", kk: "Тұтыну бағасы, жел./жел.", ru: "Потребительские цены, дек./дек."),
                                   unit: .percentChange, better: .lower,
                                   description: "Change of consumer prices (goods and services) from December of the previous year: the bureau's index minus 100.", convert: indexToChange),
        SeriesID.cpiAnnualAverage: Series(indicator: "consumer_prices", names: LocalizedText(en: "Consumer prices, year average", kk: "Тұтыну бағасы, жылдық", ru: "Потребительские цены, за год"),
                                          unit: .percentChange, better: .lower,
                                          description: "Change of consumer prices (goods and services), the year's average on the previous year's: the bureau's index minus 100.", convert: indexToChange),
        SeriesID.manufacturingShare: Series(indicator: "manufacturing_share", names: LocalizedText(en: "Manufacturing share of GRP", kk: "Өңдеу өнеркәсібінің үлесі", ru: "Доля обрабатывающей пром."),
                                            unit: .percent, better: .higher, description: "Manufacturing value added as a percent of GRP, in 2010 prices (SDG 9.2.1).", convert: asIs),
        SeriesID.hourlyEarnings: Series(indicator: "hourly_earnings", names: LocalizedText(en: "Hourly earnings", kk: "Сағаттық табыс", ru: "Часовой заработок"),
                                        unit: .tenge, better: .higher, description: "Average hourly earnings of employees, tenge (SDG 8.5.1).", convert: asIs),
        SeriesID.retailTrade: Series(indicator: "retail_trade", names: LocalizedText(en: "Retail trade turnover", kk: "Бөлшек сауда айналымы", ru: "Оборот розничной торговли"),
                                     unit: .tenge, better: .higher, description: "Retail trade turnover, tenge (nominal).", convert: times(1e9)),
        SeriesID.retailTradeGrowth: Series(indicator: "retail_trade_growth", names: LocalizedText(en: "Retail trade growth", kk: "Бөлшек сауда өсімі", ru: "Рост розничной торговли"),
                                           unit: .percentChange, better: .higher, description: "Growth of retail trade on the year before. " + realGrowth, convert: asIs),
        SeriesID.industrialOutput: Series(indicator: "industrial_output", names: LocalizedText(en: "Industrial output", kk: "Өнеркәсіп өнімі", ru: "Промышленное производство"),
                                          unit: .tenge, better: .higher, description: "Industrial output, tenge (nominal).", convert: times(1e6)),
        SeriesID.industrialOutputGrowth: Series(indicator: "industrial_production_growth", names: LocalizedText(en: "Industrial production growth", kk: "Өнеркәсіп өсімі", ru: "Рост промышленности"),
                                                unit: .percentChange, better: .higher, description: "Growth of industrial production on the year before. " + realGrowth, convert: asIs),
        SeriesID.averageMonthlyWage: Series(indicator: "average_monthly_wage", names: LocalizedText(en: "Average monthly wage", kk: "Орташа айлық жалақы", ru: "Среднемесячная зарплата"),
                                            unit: .tenge, better: .higher, description: "Average monthly nominal wage, tenge.", convert: asIs),
        SeriesID.realWageGrowth: Series(indicator: "real_wage_growth", names: LocalizedText(en: "Real wage growth", kk: "Нақты жалақы өсімі", ru: "Рост реальной зарплаты"),
                                        unit: .percentChange, better: .higher, description: "Growth of the real wage on the year before: the bureau's index minus 100.", convert: asIs),
        SeriesID.legalEntitiesRegistered: Series(indicator: "legal_entities_registered", names: LocalizedText(en: "Registered legal entities", kk: "Тіркелген заңды тұлғалар", ru: "Зарегистрированные юрлица"),
                                                 unit: .count, better: .higher, description: "Legal entities registered in the city, units.", convert: asIs),
        SeriesID.legalEntitiesActive: Series(indicator: "legal_entities_active", names: LocalizedText(en: "Active legal entities", kk: "Жұмыс істейтін заңды тұлғалар", ru: "Действующие юрлица"),
                                             unit: .count, better: .higher, description: "Legal entities active in the city, units.", convert: asIs),
    ]

    static let gdpShare = Series(
        indicator: "gdp_share", names: LocalizedText(en: "GDP share", kk: "ЖІӨ үлесі", ru: "Доля в ВВП"), unit: .percent, better: .higher,
        description: "The region's share of Kazakhstan's gross domestic product: derived by citydash from the bureau's GRP tables (region ÷ Republic × 100, the same table and period), or the bureau's published share.",
        convert: asIs)

    /// Figures a table holds for years its README does not vouch for: the long CSV extract
    /// carries 2025 values that the data's README calls "that repo's claim, not verified here".
    static let unverified: [(table: String, fromYear: Int, reason: String)] = [
        ("macro-dims-long", 2025, "the long CSV extract's figures for 2025 and later left out (its README: the copying repository's claim, not verified)"),
    ]

    /// Source ids the import makes begin with these, so a rebuild can tell its own figures from those entered by hand.
    public static let sourcePrefixes = ["bns-table-", "bns-derived-"]

    /// The result: a dataset per region, in the order of `Regions.all`, and what was set aside.
    public struct Result: Sendable {
        public var datasets: [Dataset]
        /// One line per kind of thing dropped, with a count.
        public var warnings: [String]
    }

    /// Datasets for every region the tables hold, the tables read in the order given
    /// (the first table to give a figure for a period is listed first).
    public static func datasets(from tables: [TableReadResult]) -> Result {
        var builders: [String: RegionBuilder] = [:]
        var skipped: [String: Int] = [:]
        var duplicates = 0
        var conflicts: [String] = []
        var unverifiedCounts: [String: Int] = [:]
        var order: [String] = []
        for table in tables {
            for observation in table.observations {
                if let rule = unverified.first(where: { observation.table.id.hasPrefix($0.table) && observation.period.year >= $0.fromYear }) {
                    unverifiedCounts[rule.reason, default: 0] += 1
                    continue
                }
                if builders[observation.region] == nil {
                    builders[observation.region] = RegionBuilder(region: observation.region)
                    order.append(observation.region)
                }
                guard let series = series[observation.series] else {
                    // GRP in rubles (1990-1992) has no unit here, but a share of the Republic's is a ratio.
                    if observation.series == SeriesID.grp + SeriesID.rublesSuffix {
                        builders[observation.region]?.recordForShare(observation, value: observation.value)
                    }
                    skipped[observation.series, default: 0] += 1
                    continue
                }
                if builders[observation.region] == nil {
                    builders[observation.region] = RegionBuilder(region: observation.region)
                    order.append(observation.region)
                }
                switch builders[observation.region, default: RegionBuilder(region: observation.region)].add(observation, as: series) {
                case nil: break
                case .same: duplicates += 1
                case .differs(let message): conflicts.append(message)
                }
            }
        }
        deriveShares(&builders)
        var warnings = skipped.sorted { $0.key < $1.key }.map {
            "\($0.value) figures of \($0.key) left out (the dashboard has no unit for them)"
                + ($0.key == SeriesID.grp + SeriesID.rublesSuffix ? "; their shares of the Republic's GRP are kept" : "")
        }
        warnings += unverifiedCounts.sorted { $0.key < $1.key }.map { "\($0.value) figures: \($0.key)" }
        if duplicates > 0 { warnings.append("\(duplicates) figures given twice, with the same value, by one table for one region and period: kept once") }
        // Two values of one period from one table: never dropped without naming both cells.
        warnings += conflicts
        let regionOrder = Regions.all.map(\.id)
        let datasets = builders.values
            .sorted { (regionOrder.firstIndex(of: $0.region) ?? Int.max) < (regionOrder.firstIndex(of: $1.region) ?? Int.max) }
            .map { $0.dataset() }
        return Result(datasets: datasets, warnings: warnings)
    }

    /// Each region's share of the Republic's GRP, for every table and period that has both.
    static func deriveShares(_ builders: inout [String: RegionBuilder]) {
        guard let republic = builders[Regions.republic.id] else { return }
        let national = Dictionary(republic.grp.map { ($0.key, $0.value) }) { first, _ in first }
        for id in builders.keys {
            guard var builder = builders[id] else { continue }
            for (key, region) in builder.grp.sorted(by: { $0.key < $1.key }) {
                guard let country = national[key], country.value > 0 else { continue }
                let share = (region.value / country.value * 100 * 100).rounded() / 100
                let derived = BureauObservation(
                    region: id, series: "gdp_share", period: region.period, value: share, unit: "percent", preliminary: region.preliminary || country.preliminary,
                    notes: [], location: region.location, table: region.table)
                let quote = "\(region.location.description) ÷ \(country.location.address) × 100 = \(format(region.value)) ÷ \(format(country.value)) × 100"
                builder.addDerived(derived, quote: quote)
            }
            builders[id] = builder
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A table as a source: official statistics, cited by its title, the bureau's address
    /// where known, and the repository copy it was read from.
    static func source(for table: TableInfo, derived: Bool) -> Source {
        let copy = table.repository
        let encoded = (copy.path.split(separator: "/").map { String($0).addingPercentEncodingForPath() }).joined(separator: "/")
        let copyURL = copy.repo.isEmpty ? nil : "https://github.com/\(copy.repo)/blob/\(copy.commit)/\(encoded)"
        let url = table.source.flatMap { $0.hasPrefix("http") ? $0 : nil } ?? copyURL
        var description = copy.repo.isEmpty ? "" : "Read from the repository copy \(copy.repo), \(copy.path), commit \(copy.commit)."
        if let original = table.source, !original.hasPrefix("http") { description += " " + original + "." }
        if !table.notes.isEmpty { description += " Notes of the table: " + table.notes.joined(separator: " ") }
        let id = (derived ? "bns-derived-gdp-share-" : "bns-table-") + identifier(table.id)
        if derived {
            return Source(id: id, title: "Share of the Republic's GRP, computed from \"\(table.title)\"", publisher: "citydash",
                          date: table.releaseDate ?? "not stated", language: "en", url: url,
                          description: "Derived by citydash: the region's GRP ÷ the Republic's GRP × 100, both from the same column of the bureau's table. " + description,
                          kind: .derived)
        }
        let cyrillic = table.title.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        return Source(id: id, title: table.title, publisher: table.publisher, date: table.releaseDate ?? "not stated",
                      language: cyrillic ? "ru" : "en", url: url, description: description.trimmingSpaces(), kind: .official)
    }

    /// A table id as a plain id: letters, digits, `-` and `.`.
    static func identifier(_ text: String) -> String {
        var id = ""
        for scalar in text.unicodeScalars {
            id.unicodeScalars.append(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ".") ? scalar : "-")
        }
        if id.unicodeScalars.count > 40 || id.unicodeScalars.contains(where: { !$0.isASCII }) { id = String(id.prefix(40)) }
        return id.lowercased()
    }

    static func period(_ period: TablePeriod) -> Period {
        switch period.kind {
        case .year: .year
        case .cumulative, .quarter: .months(first: period.firstMonth, last: period.lastMonth)
        case .startOfYear: .on(month: 1, day: 1)
        }
    }
}

/// One region's indicators as they are read.
struct RegionBuilder {
    let region: String
    var indicators: [String: Indicator] = [:]
    var indicatorOrder: [String] = []
    var sources: [String: Source] = [:]
    var sourceOrder: [String] = []
    /// The first figure of each period from each table: its value and cell.
    var seen: [SeriesPeriod: (value: Double, written: Double, location: String)] = [:]

    /// One series' period from one table: two series of a table (investment and its growth)
    /// share periods and a source, and are never each other's repeats.
    struct SeriesPeriod: Hashable {
        var indicator: String
        var period: DataFormat.PeriodKey
    }
    /// GRP in tenge by table and period, for the derived shares.
    var grp: [GRPKey: (value: Double, period: TablePeriod, preliminary: Bool, location: CellLocation, table: TableInfo)] = [:]

    struct GRPKey: Hashable, Comparable {
        var table: String
        var period: TablePeriod
        static func < (a: GRPKey, b: GRPKey) -> Bool { (a.table, a.period) < (b.table, b.period) }
    }

    init(region: String) {
        self.region = region
    }

    /// What a second figure of one period from one table was.
    enum Repeat {
        /// The same value again: kept once.
        case same
        /// Another value: the first is kept, and the message names both cells.
        case differs(String)
    }

    /// Nil when added; else the table already gave this region a figure for the period (the first is kept).
    mutating func add(_ figure: BureauObservation, as series: BureauImport.Series) -> Repeat? {
        let source = BureauImport.source(for: figure.table, derived: false)
        let value = series.convert(figure.value)
        let period = BureauImport.period(figure.period)
        let key = SeriesPeriod(indicator: series.indicator,
                               period: DataFormat.PeriodKey(year: figure.period.year, period: period, source: source.id, projection: false))
        if let first = seen[key] {
            if first.value == value { return .same }
            return .differs("\(figure.location.description): \(region), \(series.indicator), \(period.code) \(figure.period.year): "
                            + "\(figure.value) here, but \(first.location) gives \(first.written); the first is kept")
        }
        seen[key] = (value, figure.value, figure.location.description)
        register(source)
        // The share is a ratio: kept from the cells as the table prints them, so its quote shows them.
        if series.indicator == "grp" { recordForShare(figure, value: figure.value) }
        let released = figure.table.releaseDate.flatMap {
            DataFormat.releaseProblem($0, year: figure.period.year, period: period) == nil ? $0 : nil
        }
        let note = ([series.unit == .percentChange && series.description.contains("Real") ? BureauImport.realGrowth : nil]
                    + figure.notes.map(Optional.some)).compactMap { $0 }.joined(separator: " ")
        append(Observation(year: figure.period.year, period: period, value: value, preliminary: figure.preliminary, released: released,
                           source: source.id, evidence: .official, quote: figure.location.description, note: note.isEmpty ? nil : note),
               to: series)
        return nil
    }

    /// Keeps a GRP figure for the region's share of the Republic's, in whatever currency the table gives.
    mutating func recordForShare(_ figure: BureauObservation, value: Double) {
        grp[GRPKey(table: figure.table.id, period: figure.period)] = (value, figure.period, figure.preliminary, figure.location, figure.table)
    }

    mutating func addDerived(_ figure: BureauObservation, quote: String) {
        let source = BureauImport.source(for: figure.table, derived: true)
        register(source)
        let period = BureauImport.period(figure.period)
        // As recent as the table it is computed from, so a later release's share is the one shown.
        let released = figure.table.releaseDate.flatMap {
            DataFormat.releaseProblem($0, year: figure.period.year, period: period) == nil ? $0 : nil
        }
        append(Observation(year: figure.period.year, period: period, value: figure.value,
                           preliminary: figure.preliminary, released: released, source: source.id, evidence: .derived, quote: quote,
                           note: "Derived by citydash: the region's GRP over the Republic's, the same column of the same table."),
               to: BureauImport.gdpShare)
    }

    private mutating func register(_ source: Source) {
        if sources[source.id] == nil {
            sources[source.id] = source
            sourceOrder.append(source.id)
        }
    }

    private mutating func append(_ observation: Observation, to series: BureauImport.Series) {
        if indicators[series.indicator] == nil {
            indicators[series.indicator] = Indicator(
                id: series.indicator, name: series.names, unit: series.unit, better: series.better,
                description: LocalizedText(en: series.description), observations: [])
            indicatorOrder.append(series.indicator)
        }
        indicators[series.indicator]?.observations.append(observation)
    }

    /// Headline tiles for a region: the first four of these it has: its share of GDP,
    /// investment growth, GRP per capita, unemployment, prices, population.
    static let headlineCandidates = ["gdp_share", "investment_growth", "grp_per_capita", "unemployment_rate", "consumer_prices", "population"]

    func dataset() -> Dataset {
        let headlines = Array(Self.headlineCandidates.filter { indicators[$0] != nil }.prefix(4))
        let place = Regions.region(id: region)
        let city = City(id: region, name: LocalizedText(en: place?.english ?? region, kk: place?.kazakh, ru: place?.russian), country: "KZ")
        var list = indicatorOrder.compactMap { indicators[$0] }
        for index in list.indices {
            list[index].headline = headlines.contains(list[index].id)
            list[index].observations.sort { ($0.year, $0.period.code) < ($1.year, $1.period.code) }
        }
        // Headlines first, in their order, so the tiles read the same in every region.
        list.sort { (headlines.firstIndex(of: $0.id) ?? Int.max) < (headlines.firstIndex(of: $1.id) ?? Int.max) }
        return Dataset(city: city, sources: sourceOrder.compactMap { sources[$0] }, indicators: list)
    }
}

extension String {
    /// Percent-encoded for a URL path segment: unreserved ASCII kept, everything else as %XX of its UTF-8 bytes.
    func addingPercentEncodingForPath() -> String {
        var result = ""
        for byte in utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

extension BureauImport {
    /// The shipped files are read in this order: where two tables give the same figure of
    /// the same release, the first listed is the one shown.
    public static let shippedFiles = BureauTableList.tables.map(\.file)

    /// Almaty city in the bureau's tables; the shipped `indicators.json` holds it (as `almaty`).
    public static let almaty = "KZ-75"

    /// `existing` with the figures of an earlier import replaced by `imported`'s: what was
    /// entered by hand (statements, press figures, publications) stays as it is; the tables'
    /// figures are added under the same indicator ids, new indicators after the others.
    public static func merge(_ imported: Dataset, into existing: Dataset) -> Dataset {
        let isImported = { (id: String) in sourcePrefixes.contains { id.hasPrefix($0) } }
        var merged = existing
        merged.sources = existing.sources.filter { !isImported($0.id) } + imported.sources
        for index in merged.indicators.indices {
            merged.indicators[index].observations.removeAll { isImported($0.source) }
        }
        for indicator in imported.indicators {
            if let index = merged.indicators.firstIndex(where: { $0.id == indicator.id }) {
                merged.indicators[index].observations += indicator.observations
            } else {
                var added = indicator
                added.headline = false
                merged.indicators.append(added)
            }
        }
        for index in merged.indicators.indices {
            // By year, keeping the order within a year: the first listed is shown where there is no record.
            merged.indicators[index].observations = merged.indicators[index].observations.enumerated()
                .sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
        }
        merged.indicators.removeAll { $0.observations.isEmpty && existing.indicator(id: $0.id)?.observations.isEmpty == false }
        return merged
    }
}
