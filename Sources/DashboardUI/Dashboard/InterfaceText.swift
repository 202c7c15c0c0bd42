import Indicators
import Widgets

/// Every word of the interface, in the three languages, in one table: a new
/// label is added here once per language or the build fails. Data names come
/// from the data file; numbers are written by `ValueFormatter`.
public struct InterfaceText: Sendable {
    public static func `for`(_ language: Language) -> InterfaceText {
        switch language {
        case .en: english
        case .kk: kazakh
        case .ru: russian
        }
    }

    // Panes and tiles
    let indicators: String
    let allIndicators: String
    let trend: String
    let source: String
    let cities: String
    let help: String
    let details: String
    let noData: String
    let sourcesDisagree: String
    let approximate: String
    let projection: String
    let firstFigure: String
    let minimum: String
    let maximum: String
    let article: String
    /// "vs 2018" after a change: the words before and after the year.
    let versus: (String, String)
    /// The nearest value when the year has none: before it, after it.
    let earlier: String
    let later: String
    /// The source pane without a figure: "No figure for 2019.", "Nearest: 2018, 20.6 %. ←→ change the year."
    let noFigure: (String, String)
    let nearest: String
    let changeYearHint: String
    // The comparison of cities: "unit: share %" for a city set apart
    let otherUnit: String
    let notInCity: String
    /// Beside the whole country's value in the comparison of cities.
    let wholeCountry: String
    // The details overlay
    let unitLabel: String
    let betterLabel: String
    let betterWords: [Better: String]
    // The too-small notice
    let tooSmall: String
    let needsAtLeast: String
    // Group titles in the chart, by unit
    let groupNames: [Indicators.Unit: String]
    let ranksNote: String
    /// A figure for part of a year, in the trend's legend.
    let partYear: String
    /// In the details of an amount with a zero or negative value: why its changes are differences.
    let differenceNote: String
    /// A growth group's title when one value lies beyond its scale: "» beyond".
    let beyondScale: String
    /// An amount group's title, long and short: each bar against its own largest value over "{years}".
    let ownMaximum: (String, String)
    /// Short names of units, for "other unit: people".
    let unitNames: [Indicators.Unit: String]
    // Messages
    let reloaded: String
    /// "Reading indicators.json…": a reload under way, behind the screen.
    let reading: String
    let keptLastGoodData: String
    let snapshotWritten: String
    let snapshotNotWritten: String
    let noOtherYear: String
    let oneCityOnly: String
    /// The language's own name, shown when `L` switches to it.
    let languageName: String
    // Markdown snapshot
    let tableHeader: [String]
    let compareTableHeader: [String]
    let legend: String
    let sourcesHeading: String
    // Evidence, periods and claims
    /// What each kind of evidence is called: "official", "statement", …
    let kindNames: [EvidenceKind: String]
    /// The same, short, for a headline tile whose figure is not the bureau's.
    let tileKinds: [EvidenceKind: String]
    /// A user's own file, where a press source would be an article.
    let file: String
    let preliminary: String
    let released: String
    let earlierRelease: String
    /// On the record of a period whose latest release changed the figure of an earlier one.
    let revised: String
    /// "said": before the value of a statement set against the record.
    let said: String
    /// What the record is called beside a claim: "bureau".
    let record: String
    let differentPeriods: String
    let claims: String
    let noClaims: String
    /// The Markdown table of claims: its heading and columns.
    let claimsHeading: String
    let claimsHeader: [String]
    /// The help overlay's lines after the keys (which come from `KeyTable`): the marks' legend.
    let helpNotes: [(String, String)]

    // MARK: - Phrases built from the words

    func versus(_ year: Int) -> String {
        [versus.0, String(year), versus.1].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func noFigure(for year: Int) -> String { noFigure.0 + String(year) + noFigure.1 }

    func unitName(_ unit: Indicators.Unit) -> String { unitNames[unit] ?? unit.rawValue }
}

extension InterfaceText {
    static let english = InterfaceText(
        indicators: "Indicators", allIndicators: "all indicators", trend: "Trend", source: "Source", cities: "Cities",
        help: "Keys", details: "Details", noData: "no data", sourcesDisagree: "sources disagree",
        approximate: "approximate", projection: "projection", firstFigure: "first figure", minimum: "min", maximum: "max",
        article: "article", versus: ("vs", ""), earlier: "last", later: "next",
        noFigure: ("No figure for ", "."), nearest: "Nearest", changeYearHint: "←→ change the year.",
        otherUnit: "unit", notInCity: "not in the data", wholeCountry: "country",
        unitLabel: "unit", betterLabel: "better",
        betterWords: [.higher: "higher", .lower: "lower", .neutral: "neither"],
        tooSmall: "Terminal too small", needsAtLeast: "citydash needs at least",
        groupNames: [.percent: "Shares and rates", .percentChange: "Growth rates", .tenge: "Tenge", .usd: "US dollars",
                     .people: "People", .count: "Counts", .rank: "Ranks"],
        ranksNote: "1 is first", partYear: "part of year",
        differenceNote: "Changes from a zero or negative value are shown as differences in the unit, not as percent: a percent of such a base has no meaning.", beyondScale: "beyond",
        ownMaximum: ("each of its {years} maximum", "of own max {years}"),
        unitNames: [.percent: "share %", .percentChange: "growth %", .tenge: "tenge", .usd: "US$", .people: "people",
                    .count: "count", .rank: "rank"],
        reloaded: "Reloaded", reading: "Reading", keptLastGoodData: "Kept the last good data", snapshotWritten: "Snapshot written to",
        snapshotNotWritten: "Snapshot not written", noOtherYear: "No other year with data to compare with",
        oneCityOnly: "Only one city is loaded; give --data once per city",
        languageName: "English",
        tableHeader: ["Indicator", "Value", "Unit", "Change", "Since", "Source"],
        compareTableHeader: ["Indicator", "Unit", "Change", "Source"],
        legend: "≈ approximate (the source gives a round or verbal figure); ≠ sources disagree (each value with its note); ! a statement differs from the official figure; → projection; [1] the note below: the source, its words and its address.",
        sourcesHeading: "Sources",
        kindNames: [.official: "official", .statement: "statement", .press: "press report", .derived: "derived", .user: "your data"],
        tileKinds: [.statement: "said", .press: "press"],
        file: "file", preliminary: "preliminary", released: "released", earlierRelease: "earlier release", revised: "revised",
        said: "said", record: "bureau", differentPeriods: "different periods", claims: "Claims and records",
        noClaims: "No statement has an official figure beside it.",
        claimsHeading: "Claims and records",
        claimsHeader: ["Indicator", "Period", "Said", "Who", "Official", "Gap"],
        helpNotes: [
            ("", ""),
            ("≈", "approximate: a round or verbal figure"),
            ("≠", "sources disagree: ↑↓ on Source shows each"),
            ("!", "a statement differs from the official figure"),
            ("→", "projection or target, not a measurement"),
            ("▲ ▼", "better / worse, by the indicator's better direction"),
            ("│ »", "zero axis; » a value beyond the group's scale"),
        ])

    static let kazakh = InterfaceText(
        indicators: "Көрсеткіштер", allIndicators: "барлығы", trend: "Динамика", source: "Дереккөз",
        cities: "Қалалар", help: "Пернелер", details: "Толығырақ", noData: "дерек жоқ",
        sourcesDisagree: "дереккөздер сәйкес емес", approximate: "шамамен", projection: "болжам",
        firstFigure: "алғашқы дерек", minimum: "мин", maximum: "макс", article: "мақала",
        versus: ("", "жылдан"), earlier: "соңғы", later: "келесі",
        noFigure: ("", " жылға дерек жоқ."), nearest: "Ең жақыны", changeYearHint: "←→ жылды ауыстыру.",
        otherUnit: "бірлігі", notInCity: "деректе жоқ", wholeCountry: "ел бойынша",
        unitLabel: "бірлік", betterLabel: "жақсысы",
        betterWords: [.higher: "жоғары", .lower: "төмен", .neutral: "бейтарап"],
        tooSmall: "Терминал тым кішкентай", needsAtLeast: "citydash үшін кемінде",
        groupNames: [.percent: "Үлестер мен деңгейлер", .percentChange: "Өсу қарқыны", .tenge: "Теңге", .usd: "АҚШ доллары",
                     .people: "Адам саны", .count: "Саны", .rank: "Орындар"],
        ranksNote: "1 — бірінші", partYear: "жыл бөлігі",
        differenceNote: "Нөлдік не теріс мәннен өзгеріс пайызбен емес, бірліктегі айырмамен көрсетіледі: мұндай негізден пайыздың мағынасы жоқ.", beyondScale: "шкаладан тыс",
        ownMaximum: ("әрқайсысы өз {years} максимумынан", "өз макс. {years}"),
        unitNames: [.percent: "үлес %", .percentChange: "өсу %", .tenge: "теңге", .usd: "АҚШ $", .people: "адам",
                    .count: "саны", .rank: "орын"],
        reloaded: "Деректер жаңартылды", reading: "Оқылуда", keptLastGoodData: "Соңғы дұрыс деректер қалды",
        snapshotWritten: "Көрініс жазылды", snapshotNotWritten: "Көрініс жазылмады",
        noOtherYear: "Салыстыруға дерегі бар басқа жыл жоқ",
        oneCityOnly: "Бір ғана қала жүктелген; әр қалаға --data беріңіз",
        languageName: "Қазақша",
        tableHeader: ["Көрсеткіш", "Мәні", "Бірлік", "Өзгеріс", "Қай жылмен", "Дереккөз"],
        compareTableHeader: ["Көрсеткіш", "Бірлік", "Өзгеріс", "Дереккөз"],
        legend: "≈ шамамен (дереккөз дөңгелек не сөзбен айтылған санды береді); ≠ дереккөздер сәйкес емес (әр мәні өз сілтемесімен); ! мәлімдеме ресми деректен өзгеше; → болжам; [1] төмендегі сілтеме: дереккөз, оның сөзі мен мекенжайы.",
        sourcesHeading: "Дереккөздер",
        kindNames: [.official: "ресми", .statement: "мәлімдеме", .press: "баспасөз", .derived: "есептелген", .user: "сіздің деректер"],
        tileKinds: [.statement: "айтылды", .press: "баспасөз"],
        file: "файл", preliminary: "алдын ала", released: "жарияланды", earlierRelease: "бұрынғы жариялым", revised: "қайта қаралған",
        said: "айтылды", record: "бюро", differentPeriods: "кезеңдері әртүрлі", claims: "Мәлімдемелер мен ресми деректер",
        noClaims: "Ешбір мәлімдеменің қасында ресми дерек жоқ.",
        claimsHeading: "Мәлімдемелер мен ресми деректер",
        claimsHeader: ["Көрсеткіш", "Кезең", "Айтылды", "Кім", "Ресми", "Айырма"],
        helpNotes: [
            ("", ""),
            ("≈", "шамамен: дөңгелек не сөзбен айтылған сан"),
            ("≠", "дереккөздер сәйкес емес: ↑↓ әрқайсысын көрсетеді"),
            ("!", "мәлімдеме ресми деректен өзгеше"),
            ("→", "болжам не мақсат, өлшем емес"),
            ("▲ ▼", "жақсы / нашар, көрсеткіштің жақсы бағыты бойынша"),
            ("│ »", "нөл осі; » топ шкаласынан тыс мән"),
        ])

    static let russian = InterfaceText(
        indicators: "Показатели", allIndicators: "все показатели", trend: "Динамика", source: "Источник",
        cities: "Города", help: "Клавиши", details: "Подробно", noData: "нет данных",
        sourcesDisagree: "источники расходятся", approximate: "приблизительно", projection: "прогноз",
        firstFigure: "первое значение", minimum: "мин", maximum: "макс", article: "статья",
        versus: ("к", ""), earlier: "последнее", later: "следующее",
        noFigure: ("Нет значения за ", " год."), nearest: "Ближайшее", changeYearHint: "←→ сменить год.",
        otherUnit: "ед.", notInCity: "нет в данных", wholeCountry: "по стране",
        unitLabel: "единица", betterLabel: "лучше",
        betterWords: [.higher: "выше", .lower: "ниже", .neutral: "нейтрально"],
        tooSmall: "Терминал слишком мал", needsAtLeast: "citydash нужно не меньше",
        groupNames: [.percent: "Доли и уровни", .percentChange: "Темпы роста", .tenge: "Тенге", .usd: "Доллары США",
                     .people: "Численность", .count: "Количество", .rank: "Места"],
        ranksNote: "1 — первое", partYear: "часть года",
        differenceNote: "Изменения от нулевого или отрицательного значения показаны разностью в единицах, а не в процентах: процент от такой базы не имеет смысла.", beyondScale: "за шкалой",
        ownMaximum: ("каждый от своего макс. {years}", "свой макс. {years}"),
        unitNames: [.percent: "доля %", .percentChange: "рост %", .tenge: "тенге", .usd: "долл. США", .people: "чел.",
                    .count: "кол-во", .rank: "место"],
        reloaded: "Данные обновлены", reading: "Чтение", keptLastGoodData: "Оставлены прежние данные",
        snapshotWritten: "Снимок записан", snapshotNotWritten: "Снимок не записан",
        noOtherYear: "Нет другого года с данными для сравнения",
        oneCityOnly: "Загружен один город; укажите --data для каждого",
        languageName: "Русский",
        tableHeader: ["Показатель", "Значение", "Ед.", "Изменение", "К году", "Источник"],
        compareTableHeader: ["Показатель", "Ед.", "Изменение", "Источник"],
        legend: "≈ приблизительно (источник даёт круглое или словесное число); ≠ источники расходятся (каждое значение со своей сноской); ! заявление расходится с официальной цифрой; → прогноз; [1] сноска ниже: источник, его слова и адрес.",
        sourcesHeading: "Источники",
        kindNames: [.official: "официально", .statement: "заявление", .press: "пресса", .derived: "расчёт", .user: "ваши данные"],
        tileKinds: [.statement: "заявл.", .press: "пресса"],
        file: "файл", preliminary: "предварительно", released: "опубликовано", earlierRelease: "прежняя публикация", revised: "пересмотрено",
        said: "заявлено", record: "бюро", differentPeriods: "разные периоды", claims: "Заявления и статистика",
        noClaims: "Ни у одного заявления нет официальной цифры рядом.",
        claimsHeading: "Заявления и статистика",
        claimsHeader: ["Показатель", "Период", "Заявлено", "Кто", "Официально", "Разница"],
        helpNotes: [
            ("", ""),
            ("≈", "приблизительно: круглое или словесное число"),
            ("≠", "источники расходятся: ↑↓ покажет каждый"),
            ("!", "заявление расходится с официальной цифрой"),
            ("→", "прогноз или цель, не измерение"),
            ("▲ ▼", "лучше / хуже, по направлению «лучше» показателя"),
            ("│ »", "ось нуля; » значение за шкалой группы"),
        ])
}
