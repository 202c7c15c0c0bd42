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
    // The details overlay
    let unitLabel: String
    let betterLabel: String
    let betterWords: [Better: String]
    // The too-small notice
    let tooSmall: String
    let needsAtLeast: String
    // Group titles in the chart, by unit
    let groupNames: [Unit: String]
    let ranksNote: String
    /// Short names of units, for "other unit: people".
    let unitNames: [Unit: String]
    // Status bar hints
    let hintYear: String
    let hintIndicator: String
    let hintSource: String
    let hintPane: String
    let hintDetails: String
    let hintCompare: String
    let hintBase: String
    let hintCity: String
    let hintOverlay: String
    let hintLanguage: String
    let hintSnapshot: String
    let hintHelp: String
    let hintQuit: String
    let hintClose: String
    let hintScroll: String
    // Messages
    let reloaded: String
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
    /// Every key, with what it does: the help overlay.
    let keys: [(String, String)]

    // MARK: - Phrases built from the words

    func versus(_ year: Int) -> String {
        [versus.0, String(year), versus.1].filter { !$0.isEmpty }.joined(separator: " ")
    }

    func noFigure(for year: Int) -> String { noFigure.0 + String(year) + noFigure.1 }

    func groupTitle(_ unit: Unit, scale: Double, language: Language) -> String {
        let name = groupNames[unit] ?? unit.rawValue
        switch unit {
        case .percent: return "\(name) · 0–100 %"
        case .percentChange: return "\(name) · %"
        case .rank: return "\(name) · \(ranksNote)"
        case .tenge, .usd, .people, .count:
            return "\(name) · 0–" + ValueFormatter.format(scale, unit: unit, language: language)
        }
    }

    func unitName(_ unit: Unit) -> String { unitNames[unit] ?? unit.rawValue }
}

extension InterfaceText {
    static let english = InterfaceText(
        indicators: "Indicators", allIndicators: "all indicators", trend: "Trend", source: "Source", cities: "Cities",
        help: "Keys", details: "Details", noData: "no data", sourcesDisagree: "sources disagree",
        approximate: "approximate", projection: "projection", firstFigure: "first figure", minimum: "min", maximum: "max",
        article: "article", versus: ("vs", ""), earlier: "last", later: "next",
        noFigure: ("No figure for ", "."), nearest: "Nearest", changeYearHint: "←→ change the year.",
        otherUnit: "unit", notInCity: "not in the data",
        unitLabel: "unit", betterLabel: "better",
        betterWords: [.higher: "higher", .lower: "lower", .neutral: "neither"],
        tooSmall: "Terminal too small", needsAtLeast: "citydash needs at least",
        groupNames: [.percent: "Shares", .percentChange: "Growth rates", .tenge: "Tenge", .usd: "US dollars",
                     .people: "People", .count: "Counts", .rank: "Ranks"],
        ranksNote: "1 is first",
        unitNames: [.percent: "share %", .percentChange: "growth %", .tenge: "tenge", .usd: "US$", .people: "people",
                    .count: "count", .rank: "rank"],
        hintYear: "←→ year", hintIndicator: "↑↓ indicator", hintSource: "↑↓ source", hintPane: "Tab pane",
        hintDetails: "⏎ details", hintCompare: "c compare", hintBase: "[ ] base year", hintCity: "< > city",
        hintOverlay: "o overlay", hintLanguage: "L language", hintSnapshot: "p snapshot", hintHelp: "? help",
        hintQuit: "q quit", hintClose: "Esc close", hintScroll: "↑↓ PgUp PgDn scroll",
        reloaded: "Reloaded", keptLastGoodData: "Kept the last good data", snapshotWritten: "Snapshot written to",
        snapshotNotWritten: "Snapshot not written", noOtherYear: "No other year with data to compare with",
        oneCityOnly: "Only one city is loaded; give --data once per city",
        languageName: "English",
        tableHeader: ["Indicator", "Value", "Unit", "Change", "Since", "Source"],
        compareTableHeader: ["Indicator", "Unit", "Change", "Source"],
        legend: "≈ approximate (the source gives a round or verbal figure); ≠ sources disagree (the first is shown); → projection.",
        sourcesHeading: "Sources",
        keys: [
            ("← → h l", "previous / next year with data"),
            ("Home End", "first / last year"),
            ("↑ ↓ j k", "select an indicator (the list scrolls)"),
            ("PgUp PgDn", "move the selection a page"),
            ("a", "list all indicators, or only the year's"),
            ("c", "compare the year with a base year; c again leaves"),
            ("[ ]", "move the base year back / forward"),
            ("< >", "previous / next city (several --data files)"),
            ("o", "overlay every city on the trend"),
            ("L", "language: English, Kazakh, Russian"),
            ("Tab ⇧Tab", "focus the next / previous pane"),
            ("↑ ↓ on Source", "step through the sources of the year"),
            ("Enter", "details: every observation with its source"),
            ("p", "write the view to a text file"),
            ("r", "reload now (changed files also reload)"),
            ("? F1", "this help"),
            ("Esc", "close an overlay"),
            ("q Ctrl-C", "quit"),
            ("mouse", "click a year, a tile or an indicator"),
            ("", ""),
            ("≈", "approximate: a round or verbal figure"),
            ("≠", "sources disagree: ↑↓ on Source shows each"),
            ("→", "projection or target, not a measurement"),
        ])

    static let kazakh = InterfaceText(
        indicators: "Көрсеткіштер", allIndicators: "барлығы", trend: "Динамика", source: "Дереккөз",
        cities: "Қалалар", help: "Пернелер", details: "Толығырақ", noData: "дерек жоқ",
        sourcesDisagree: "дереккөздер сәйкес емес", approximate: "шамамен", projection: "болжам",
        firstFigure: "алғашқы дерек", minimum: "мин", maximum: "макс", article: "мақала",
        versus: ("", "жылдан"), earlier: "бұрын", later: "кейін",
        noFigure: ("", " жылға дерек жоқ."), nearest: "Ең жақыны", changeYearHint: "←→ жылды ауыстыру.",
        otherUnit: "бірлігі", notInCity: "деректе жоқ",
        unitLabel: "бірлік", betterLabel: "жақсысы",
        betterWords: [.higher: "жоғары", .lower: "төмен", .neutral: "бейтарап"],
        tooSmall: "Терминал тым кішкентай", needsAtLeast: "citydash үшін кемінде",
        groupNames: [.percent: "Үлестер", .percentChange: "Өсу қарқыны", .tenge: "Теңге", .usd: "АҚШ доллары",
                     .people: "Адам саны", .count: "Саны", .rank: "Орындар"],
        ranksNote: "1 — бірінші",
        unitNames: [.percent: "үлес %", .percentChange: "өсу %", .tenge: "теңге", .usd: "АҚШ $", .people: "адам",
                    .count: "саны", .rank: "орын"],
        hintYear: "←→ жыл", hintIndicator: "↑↓ көрсеткіш", hintSource: "↑↓ дереккөз", hintPane: "Tab панель",
        hintDetails: "⏎ толығырақ", hintCompare: "c салыстыру", hintBase: "[ ] база жылы", hintCity: "< > қала",
        hintOverlay: "o қабаттау", hintLanguage: "L тіл", hintSnapshot: "p файлға", hintHelp: "? анықтама",
        hintQuit: "q шығу", hintClose: "Esc жабу", hintScroll: "↑↓ PgUp PgDn айналдыру",
        reloaded: "Деректер жаңартылды", keptLastGoodData: "Соңғы дұрыс деректер қалды",
        snapshotWritten: "Көрініс жазылды", snapshotNotWritten: "Көрініс жазылмады",
        noOtherYear: "Салыстыруға дерегі бар басқа жыл жоқ",
        oneCityOnly: "Бір ғана қала жүктелген; әр қалаға --data беріңіз",
        languageName: "Қазақша",
        tableHeader: ["Көрсеткіш", "Мәні", "Бірлік", "Өзгеріс", "Қай жылмен", "Дереккөз"],
        compareTableHeader: ["Көрсеткіш", "Бірлік", "Өзгеріс", "Дереккөз"],
        legend: "≈ шамамен (дереккөз дөңгелек не сөзбен айтылған санды береді); ≠ дереккөздер сәйкес емес (біріншісі көрсетілген); → болжам.",
        sourcesHeading: "Дереккөздер",
        keys: [
            ("← → h l", "дерегі бар алдыңғы / келесі жыл"),
            ("Home End", "бірінші / соңғы жыл"),
            ("↑ ↓ j k", "көрсеткішті таңдау (тізім жылжиды)"),
            ("PgUp PgDn", "таңдауды бір бетке жылжыту"),
            ("a", "барлық көрсеткіш не тек осы жылғы"),
            ("c", "жылды база жылымен салыстыру; c қайта — шығу"),
            ("[ ]", "база жылын артқа / алға жылжыту"),
            ("< >", "алдыңғы / келесі қала (бірнеше --data)"),
            ("o", "динамикада барлық қаланы қабаттау"),
            ("L", "тіл: ағылшын, қазақ, орыс"),
            ("Tab ⇧Tab", "келесі / алдыңғы панель"),
            ("↑ ↓ Дереккөзде", "жылдың дереккөздерін ауыстыру"),
            ("Enter", "толығырақ: әр дерек өз дереккөзімен"),
            ("p", "көріністі мәтін файлына жазу"),
            ("r", "қайта жүктеу (өзгерген файл өзі жүктеледі)"),
            ("? F1", "осы анықтама"),
            ("Esc", "терезені жабу"),
            ("q Ctrl-C", "шығу"),
            ("тінтуір", "жылды, тақтаны не көрсеткішті басу"),
            ("", ""),
            ("≈", "шамамен: дөңгелек не сөзбен айтылған сан"),
            ("≠", "дереккөздер сәйкес емес: ↑↓ әрқайсысын көрсетеді"),
            ("→", "болжам не мақсат, өлшем емес"),
        ])

    static let russian = InterfaceText(
        indicators: "Показатели", allIndicators: "все показатели", trend: "Динамика", source: "Источник",
        cities: "Города", help: "Клавиши", details: "Подробно", noData: "нет данных",
        sourcesDisagree: "источники расходятся", approximate: "приблизительно", projection: "прогноз",
        firstFigure: "первое значение", minimum: "мин", maximum: "макс", article: "статья",
        versus: ("к", ""), earlier: "ранее", later: "позже",
        noFigure: ("Нет значения за ", " год."), nearest: "Ближайшее", changeYearHint: "←→ сменить год.",
        otherUnit: "ед.", notInCity: "нет в данных",
        unitLabel: "единица", betterLabel: "лучше",
        betterWords: [.higher: "выше", .lower: "ниже", .neutral: "нейтрально"],
        tooSmall: "Терминал слишком мал", needsAtLeast: "citydash нужно не меньше",
        groupNames: [.percent: "Доли", .percentChange: "Темпы роста", .tenge: "Тенге", .usd: "Доллары США",
                     .people: "Численность", .count: "Количество", .rank: "Места"],
        ranksNote: "1 — первое",
        unitNames: [.percent: "доля %", .percentChange: "рост %", .tenge: "тенге", .usd: "долл. США", .people: "чел.",
                    .count: "кол-во", .rank: "место"],
        hintYear: "←→ год", hintIndicator: "↑↓ показатель", hintSource: "↑↓ источник", hintPane: "Tab панель",
        hintDetails: "⏎ подробно", hintCompare: "c сравнить", hintBase: "[ ] базовый год", hintCity: "< > город",
        hintOverlay: "o наложить", hintLanguage: "L язык", hintSnapshot: "p в файл", hintHelp: "? справка",
        hintQuit: "q выход", hintClose: "Esc закрыть", hintScroll: "↑↓ PgUp PgDn прокрутка",
        reloaded: "Данные обновлены", keptLastGoodData: "Оставлены прежние данные",
        snapshotWritten: "Снимок записан", snapshotNotWritten: "Снимок не записан",
        noOtherYear: "Нет другого года с данными для сравнения",
        oneCityOnly: "Загружен один город; укажите --data для каждого",
        languageName: "Русский",
        tableHeader: ["Показатель", "Значение", "Ед.", "Изменение", "К году", "Источник"],
        compareTableHeader: ["Показатель", "Ед.", "Изменение", "Источник"],
        legend: "≈ приблизительно (источник даёт круглое или словесное число); ≠ источники расходятся (показан первый); → прогноз.",
        sourcesHeading: "Источники",
        keys: [
            ("← → h l", "предыдущий / следующий год с данными"),
            ("Home End", "первый / последний год"),
            ("↑ ↓ j k", "выбрать показатель (список прокручивается)"),
            ("PgUp PgDn", "на страницу вверх / вниз"),
            ("a", "все показатели или только за год"),
            ("c", "сравнить год с базовым; c ещё раз — выход"),
            ("[ ]", "базовый год назад / вперёд"),
            ("< >", "предыдущий / следующий город (несколько --data)"),
            ("o", "наложить все города на динамику"),
            ("L", "язык: английский, казахский, русский"),
            ("Tab ⇧Tab", "следующая / предыдущая панель"),
            ("↑ ↓ Источник", "перебрать источники за год"),
            ("Enter", "подробно: все значения с источниками"),
            ("p", "записать вид в текстовый файл"),
            ("r", "перечитать данные (изменённые файлы — сами)"),
            ("? F1", "эта справка"),
            ("Esc", "закрыть окно"),
            ("q Ctrl-C", "выход"),
            ("мышь", "щелчок по году, плитке или показателю"),
            ("", ""),
            ("≈", "приблизительно: круглое или словесное число"),
            ("≠", "источники расходятся: ↑↓ покажет каждый"),
            ("→", "прогноз или цель, не измерение"),
        ])
}
