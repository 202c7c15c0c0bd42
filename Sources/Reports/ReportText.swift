import Indicators

/// Every word the reports print, in the three languages, one table each: a new
/// label is added here once per language or the build fails. Names come from
/// the data; numbers are written by `ValueFormatter`.
public struct ReportText: Sendable {
    public static func `for`(_ language: Indicators.Language) -> ReportText {
        switch language {
        case .en: english
        case .kk: kazakh
        case .ru: russian
        }
    }

    let region: String
    /// Before a number of regions in a title: "regions: 22".
    let regions: String
    let period: String
    let value: String
    let change: String
    let evidence: String
    let preliminary: String
    let released: String
    let otherFigures: String
    let source: String
    let notes: String
    let sources: String
    let said: String
    let partYear: String
    let gap: String
    let unit: String
    let noValue: String
    /// The kinds of evidence, by their code.
    let kinds: [EvidenceKind: String]
    /// The units' names, as the table says what the values are in.
    let units: [Indicators.Unit: String]
    /// "2010–2023", or all years.
    let allYears: String
    let lacking: String
    let yes: String
    let madeBy: String
    let document: String
    /// Under the chart's legend when the country is left out: "Republic of Kazakhstan: the whole; in the table, not drawn".
    let wholeNotDrawn: String

    static let english = ReportText(
        region: "Region", regions: "regions", period: "Period", value: "Value", change: "Change", evidence: "Evidence",
        preliminary: "preliminary", released: "released", otherFigures: "Other figures for the same period", source: "Source",
        notes: "Notes", sources: "Sources", said: "said", partYear: "part of the year", gap: "gap", unit: "Unit",
        noValue: "no value", kinds: [.official: "official", .statement: "statement", .press: "press", .derived: "derived", .user: "own data"],
        units: [.percent: "share, %", .percentChange: "growth, %", .tenge: "tenge", .usd: "US dollars", .people: "people",
                .count: "count", .rank: "rank"],
        allYears: "all years", lacking: "Without this indicator", yes: "yes",
        madeBy: "Made by citydash from the sources listed; every figure is followed by its note.",
        document: "article file", wholeNotDrawn: "the whole; in the table, not drawn")

    static let russian = ReportText(
        region: "Регион", regions: "регионы", period: "Период", value: "Значение", change: "Изменение", evidence: "Вид данных",
        preliminary: "предварительно", released: "опубликовано", otherFigures: "Другие цифры за тот же период", source: "Источник",
        notes: "Примечания", sources: "Источники", said: "заявлено", partYear: "часть года", gap: "разница", unit: "Единица",
        noValue: "нет значения",
        kinds: [.official: "официальные", .statement: "заявление", .press: "пресса", .derived: "расчёт", .user: "свои данные"],
        units: [.percent: "доля, %", .percentChange: "рост, %", .tenge: "тенге", .usd: "доллары США", .people: "человек",
                .count: "количество", .rank: "место"],
        allYears: "все годы", lacking: "Без этого показателя", yes: "да",
        madeBy: "Составлено citydash по перечисленным источникам; за каждой цифрой следует её примечание.",
        document: "файл статьи", wholeNotDrawn: "целое; в таблице, на графике не показано")

    static let kazakh = ReportText(
        region: "Өңір", regions: "өңірлер", period: "Кезең", value: "Мәні", change: "Өзгеріс", evidence: "Дерек түрі",
        preliminary: "алдын ала", released: "жарияланды", otherFigures: "Сол кезеңнің басқа сандары", source: "Дереккөз",
        notes: "Ескертпелер", sources: "Дереккөздер", said: "айтылды", partYear: "жылдың бір бөлігі", gap: "айырма", unit: "Бірлік",
        noValue: "мәні жоқ",
        kinds: [.official: "ресми", .statement: "мәлімдеме", .press: "баспасөз", .derived: "есептелген", .user: "өз деректері"],
        units: [.percent: "үлес, %", .percentChange: "өсім, %", .tenge: "теңге", .usd: "АҚШ доллары", .people: "адам",
                .count: "саны", .rank: "орын"],
        allYears: "барлық жылдар", lacking: "Бұл көрсеткіші жоқ", yes: "иә",
        madeBy: "citydash аталған дереккөздерден жасады; әр санның артынан оның ескертпесі келеді.",
        document: "мақала файлы", wholeNotDrawn: "тұтас ел; кестеде бар, графикте көрсетілмеген")

    func kind(_ kind: EvidenceKind) -> String { kinds[kind] ?? kind.rawValue }

    /// What the values are in: the unit's name, or the transformation's.
    func unitName(_ unit: TransformedUnit, language: Indicators.Language) -> String {
        switch unit {
        case .same(let unit): return units[unit] ?? unit.rawValue
        default:
            // The transformed units are written by the formatter itself (`pp`, `%/yr`, `/person`).
            return unit.exportName.replacingOccurrences(of: "_", with: " ")
        }
    }
}
