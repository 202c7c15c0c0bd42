import Indicators
import Widgets

/// The words of finding, ordering and transforming, in the three languages
/// (kept apart from `InterfaceText` so that its table stays as it was; a
/// language left out fails the build here the same way).
struct FindText: Sendable {
    static func `for`(_ language: Language) -> FindText {
        switch language {
        case .en: english
        case .kk: kazakh
        case .ru: russian
        }
    }

    let language: Language
    /// "12 of 94": listed of all.
    let of: String
    let orderNames: [ListOrder: String]
    let sortedBy: String
    let noMatchWords: String
    let transformNames: [Transform: String]
    let units: String
    /// "from 2022" (a reference year), "2010 = 100".
    let from: String
    let years: String
    let perPerson: String
    let ofRepublic: String
    let population: String
    let republic: String
    let notComputed: String

    func listed(_ count: Int, of total: Int) -> String { "\(count) \(of) \(total)" }

    func noMatch(_ query: String) -> String {
        "\(noMatchWords): " + DisplayWidth.truncate(TextSafety.visible(query), to: 40)
    }

    func orderMessage(_ order: ListOrder) -> String { "\(sortedBy): \(orderNames[order] ?? order.rawValue)" }

    func transformMessage(_ transform: Transform) -> String { "\(units): \(transformNames[transform] ?? transform.rawValue)" }

    /// What a transformed value is, in a few words: "CAGR 2010→2023", "index 2010 = 100", "per person".
    func label(_ value: TransformedValue) -> String {
        let name = transformNames[value.transform] ?? value.transform.rawValue
        switch value.transform {
        case .level: return name
        case .change, .pctChange:
            return value.referenceYear.map { "\(name) \(from) \($0)" } ?? name
        case .cagr:
            return value.referenceYear.map { "\(name) \($0)→\(value.year)" } ?? name
        case .index:
            return value.referenceYear.map { "\(name) \($0) = 100" } ?? name
        case .perCapita, .shareOfNational:
            return name
        }
    }

    /// Why there is no number, in a line.
    func reason(_ problem: TransformProblem) -> String {
        switch language {
        case .en: english(problem)
        case .kk: kazakh(problem)
        case .ru: russian(problem)
        }
    }

    private func english(_ problem: TransformProblem) -> String {
        switch problem {
        case .noValue(let year): "no measurement in \(year)"
        case .partYearOnly(let year, let period): "\(year) has only \(period.shortLabel(language: .en)); not set against a year"
        case .projectionOnly(let year): "\(year) has only a projection"
        case .statementOnly(let year): "\(year) has only a statement, not a measurement"
        case .nothingEarlier(let year): "nothing measured before \(year)"
        case .zeroBase(let year): "\(year) is zero: no ratio to it"
        case .negativeBase(let year): "\(year) is negative: no percent of it"
        case .notPositive(let year): "\(year) is not positive: no compound rate"
        case .tooLarge(let year): "\(year): the result is too large a number to hold"
        case .baseNotBefore(let base, let year): "the base \(base) is not before \(year)"
        case .notForUnit(let unit): "not for \(InterfaceText.english.unitName(unit))"
        case .noPopulation: "this region's data has no population"
        case .population(let inner): "population: " + english(inner)
        case .noNational: "the Republic's data is not loaded"
        case .isNational: "this is the Republic itself"
        case .nationalLacks: "the Republic's data lacks it"
        case .national(let inner): "Republic: " + english(inner)
        }
    }

    private func kazakh(_ problem: TransformProblem) -> String {
        switch problem {
        case .noValue(let year): "\(year) жылы өлшем жоқ"
        case .partYearOnly(let year, let period): "\(year): тек \(period.shortLabel(language: .kk)); жылмен салыстырылмайды"
        case .projectionOnly(let year): "\(year): тек болжам"
        case .statementOnly(let year): "\(year): тек мәлімдеме, өлшем емес"
        case .nothingEarlier(let year): "\(year) жылға дейін өлшем жоқ"
        case .zeroBase(let year): "\(year) нөлге тең: қатынас жоқ"
        case .negativeBase(let year): "\(year) теріс: пайыз жоқ"
        case .notPositive(let year): "\(year) оң емес: орташа қарқын жоқ"
        case .tooLarge(let year): "\(year): нәтиже тым үлкен сан"
        case .baseNotBefore(let base, let year): "база \(base) \(year) жылдан бұрын емес"
        case .notForUnit(let unit): "\(InterfaceText.kazakh.unitName(unit)) үшін емес"
        case .noPopulation: "өңір деректерінде халық саны жоқ"
        case .population(let inner): "халық саны: " + kazakh(inner)
        case .noNational: "Республика деректері жүктелмеген"
        case .isNational: "бұл Республиканың өзі"
        case .nationalLacks: "Республика деректерінде жоқ"
        case .national(let inner): "Республика: " + kazakh(inner)
        }
    }

    private func russian(_ problem: TransformProblem) -> String {
        switch problem {
        case .noValue(let year): "нет измерения за \(year)"
        case .partYearOnly(let year, let period): "\(year): только \(period.shortLabel(language: .ru)); не сравнивается с годом"
        case .projectionOnly(let year): "\(year): только прогноз"
        case .statementOnly(let year): "\(year): только заявление, не измерение"
        case .nothingEarlier(let year): "до \(year) нет измерений"
        case .zeroBase(let year): "\(year) равно нулю: отношения нет"
        case .negativeBase(let year): "\(year) отрицательно: процента нет"
        case .notPositive(let year): "\(year) не положительно: среднегодового темпа нет"
        case .tooLarge(let year): "\(year): результат — слишком большое число"
        case .baseNotBefore(let base, let year): "база \(base) не раньше \(year)"
        case .notForUnit(let unit): "не для: \(InterfaceText.russian.unitName(unit))"
        case .noPopulation: "в данных региона нет населения"
        case .population(let inner): "население: " + russian(inner)
        case .noNational: "данные Республики не загружены"
        case .isNational: "это сама Республика"
        case .nationalLacks: "в данных Республики его нет"
        case .national(let inner): "Республика: " + russian(inner)
        }
    }

    static let english = FindText(
        language: .en, of: "of",
        orderNames: [.file: "file order", .value: "by value", .change: "by change", .name: "by name"],
        sortedBy: "Order", noMatchWords: "No match",
        transformNames: [.level: "level", .change: "change", .pctChange: "% change", .cagr: "CAGR", .index: "index",
                         .perCapita: "per person", .shareOfNational: "share of Republic"],
        units: "Units", from: "from", years: "years", perPerson: "per person", ofRepublic: "of the Republic's",
        population: "population", republic: "Republic", notComputed: "not computed")

    static let kazakh = FindText(
        language: .kk, of: "/",
        orderNames: [.file: "файл реті", .value: "мәні бойынша", .change: "өзгерісі бойынша", .name: "атауы бойынша"],
        sortedBy: "Реті", noMatchWords: "Сәйкестік жоқ",
        transformNames: [.level: "деңгей", .change: "өзгеріс", .pctChange: "% өзгеріс", .cagr: "жылдық орта қарқын",
                         .index: "индекс", .perCapita: "жан басына", .shareOfNational: "Республикадағы үлес"],
        units: "Көрініс", from: "қай жылдан:", years: "жыл", perPerson: "жан басына", ofRepublic: "Республикадан",
        population: "халық саны", republic: "Республика", notComputed: "есептелмейді")

    static let russian = FindText(
        language: .ru, of: "из",
        orderNames: [.file: "порядок файла", .value: "по значению", .change: "по изменению", .name: "по названию"],
        sortedBy: "Порядок", noMatchWords: "Нет совпадений",
        transformNames: [.level: "уровень", .change: "изменение", .pctChange: "% изменения", .cagr: "ср.-год. темп",
                         .index: "индекс", .perCapita: "на душу", .shareOfNational: "доля в Республике"],
        units: "Вид", from: "от", years: "лет", perPerson: "на душу", ofRepublic: "от Республики",
        population: "население", republic: "Республика", notComputed: "не вычисляется")
}
