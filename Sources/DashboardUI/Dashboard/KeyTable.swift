import Indicators
import Widgets

/// What a key asks the dashboard to do. `DashboardUpdate` carries each out;
/// which key asks for which is said only in `KeyTable`.
public enum DashboardAction: Sendable, Equatable {
    case quit, writeSnapshot, reload
    case toggleAll, toggleCompare, toggleOverlay, nextLanguage
    case yearBack, yearForward, firstYear, lastYear
    case baseBack, baseForward
    case cityBack, cityForward
    case selectionUp, selectionDown, pageUp, pageDown
    /// The mouse wheel: moves the indicator selection whatever has the focus.
    case wheelUp, wheelDown
    case nextPane, previousPane
    case openDetails, openHelp, openClaims
    /// `/`: the search line; `n` `N`: the next and previous match of the last search.
    case openSearch, nextMatch, previousMatch
    /// `s`: the next order of the lists; `u`: the next transformation.
    case nextOrder, nextTransform
    // In an overlay
    case closeOverlay, scrollUp, scrollDown, scrollPageUp, scrollPageDown, scrollTop
    // On the search line (other keys, and pasted text, are typed into it)
    case acceptSearch, cancelSearch, deleteBackward, matchUp, matchDown
}

/// A text in the three interface languages.
public struct Phrase: Sendable, Equatable {
    public let en: String
    public let kk: String
    public let ru: String

    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .kk: kk
        case .ru: ru
        }
    }
}

/// One entry of the key table: the keys, what each does, the words the help
/// overlay and the README show, and the status bar's hint. Bubble Tea's
/// `key.NewBinding(key.WithKeys(…), key.WithHelp(…))` is the model.
public struct KeyBinding: Sendable {
    public enum Mode: Sendable, Equatable {
        /// The dashboard itself.
        case dashboard
        /// The help or details box over it.
        case overlay
        /// The search line is open: keys not in the table are text.
        case search
    }

    /// When a hint is worth showing.
    public enum Condition: Sendable, Equatable {
        case always
        case comparing
        case severalCities
        /// The source pane has the focus and the year has several sources to step through.
        case sourcesToStep
        case noSourcesToStep
        /// A search was accepted: `n` `N` have matches to step through.
        case searched
    }

    /// A hint in the status bar: its words, its place from the left, and its
    /// priority (0 is kept longest when the line is too narrow).
    public struct Hint: Sendable {
        public let words: Phrase
        public let slot: Int
        public let priority: Int
        public let when: Condition
    }

    public let mode: Mode
    /// The keys as the help and the README write them: "← → h l".
    public let label: String
    /// The label in each language, where it holds words ("mouse").
    public var words: Phrase? = nil
    public let keys: [(key: KeyEvent, action: DashboardAction)]
    /// A help line; nil for a binding another line already explains.
    public let help: Phrase?
    public let hint: Hint?
}

/// Every key of the dashboard, once: `DashboardUpdate` dispatches from it,
/// the help overlay and the status bar's hints are drawn from it, and the
/// README's key list is checked against it (`KeyTableTests`).
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        binding("← → h l", [(.left, .yearBack), (.character("h"), .yearBack), (.right, .yearForward), (.character("l"), .yearForward)],
                help: Phrase(en: "previous / next year with data", kk: "дерегі бар алдыңғы / келесі жыл",
                             ru: "предыдущий / следующий год с данными"),
                hint: hint(Phrase(en: "←→ year", kk: "←→ жыл", ru: "←→ год"), slot: 0, priority: 0)),
        binding("Home End", [(.home, .firstYear), (.end, .lastYear)],
                help: Phrase(en: "first / last year", kk: "бірінші / соңғы жыл", ru: "первый / последний год")),
        binding("↑ ↓ j k", [(.up, .selectionUp), (.character("k"), .selectionUp), (.down, .selectionDown), (.character("j"), .selectionDown)],
                help: Phrase(en: "select an indicator (the list scrolls)", kk: "көрсеткішті таңдау (тізім жылжиды)",
                             ru: "выбрать показатель (список прокручивается)"),
                hint: hint(Phrase(en: "↑↓ indicator", kk: "↑↓ көрсеткіш", ru: "↑↓ показатель"), slot: 1, priority: 1,
                           when: .noSourcesToStep)),
        binding("PgUp PgDn", [(.pageUp, .pageUp), (.pageDown, .pageDown)],
                help: Phrase(en: "move the selection a page", kk: "таңдауды бір бетке жылжыту", ru: "на страницу вверх / вниз")),
        binding("a", [(.character("a"), .toggleAll)],
                help: Phrase(en: "list all indicators, or only the year's", kk: "барлық көрсеткіш не тек осы жылғы",
                             ru: "все показатели или только за год"),
                hint: hint(Phrase(en: "a all", kk: "a барлығы", ru: "a все"), slot: 2, priority: 6)),
        binding("/", [(.character("/"), .openSearch)],
                help: Phrase(en: "search indicators (cities, with the cities pane focused)",
                             kk: "көрсеткішті іздеу (қалалар панелінде — қаланы)",
                             ru: "поиск показателя (на панели городов — города)"),
                hint: hint(Phrase(en: "/ search", kk: "/ іздеу", ru: "/ поиск"), slot: 1, priority: 2)),
        binding("n N", [(.character("n"), .nextMatch), (.character("N"), .previousMatch)],
                help: Phrase(en: "next / previous match of the last search", kk: "соңғы іздеудің келесі / алдыңғы сәйкестігі",
                             ru: "следующее / предыдущее совпадение поиска"),
                hint: hint(Phrase(en: "n next", kk: "n келесі", ru: "n далее"), slot: 1, priority: 9, when: .searched)),
        binding("s", [(.character("s"), .nextOrder)],
                help: Phrase(en: "order the lists: file, value, change, name", kk: "тізім реті: файл, мән, өзгеріс, атау",
                             ru: "порядок списков: файл, значение, изменение, название"),
                hint: hint(Phrase(en: "s sort", kk: "s реттеу", ru: "s порядок"), slot: 5, priority: 10)),
        binding("u", [(.character("u"), .nextTransform)],
                help: Phrase(en: "units: level, change, %, CAGR, index, per person, share",
                             kk: "көрініс: деңгей, өзгеріс, %, қарқын, индекс, үлес",
                             ru: "вид: уровень, изменение, %, темп, индекс, на душу, доля"),
                hint: hint(Phrase(en: "u units", kk: "u көрініс", ru: "u вид"), slot: 5, priority: 10)),
        binding("c", [(.character("c"), .toggleCompare)],
                help: Phrase(en: "compare the year with a base year; c again leaves", kk: "жылды база жылымен салыстыру; c қайта — шығу",
                             ru: "сравнить год с базовым; c ещё раз — выход"),
                hint: hint(Phrase(en: "c compare", kk: "c салыстыру", ru: "c сравнить"), slot: 4, priority: 2)),
        binding("[ ]", [(.character("["), .baseBack), (.character("]"), .baseForward)],
                help: Phrase(en: "move the base year back / forward", kk: "база жылын артқа / алға жылжыту",
                             ru: "базовый год назад / вперёд"),
                hint: hint(Phrase(en: "[ ] base year", kk: "[ ] база жылы", ru: "[ ] базовый год"), slot: 2, priority: 0,
                           when: .comparing)),
        binding("< >", [(.character("<"), .cityBack), (.character(","), .cityBack), (.character(">"), .cityForward), (.character("."), .cityForward)],
                help: Phrase(en: "previous / next city (several --data files)", kk: "алдыңғы / келесі қала (бірнеше --data)",
                             ru: "предыдущий / следующий город (несколько --data)"),
                hint: hint(Phrase(en: "< > city", kk: "< > қала", ru: "< > город"), slot: 3, priority: 1, when: .severalCities)),
        binding("o", [(.character("o"), .toggleOverlay)],
                help: Phrase(en: "overlay every city on the trend", kk: "динамикада барлық қаланы қабаттау",
                             ru: "наложить все города на динамику"),
                hint: hint(Phrase(en: "o overlay", kk: "o қабаттау", ru: "o наложить"), slot: 7, priority: 6, when: .severalCities)),
        binding("L", [(.character("L"), .nextLanguage)],
                help: Phrase(en: "language: English, Kazakh, Russian", kk: "тіл: ағылшын, қазақ, орыс",
                             ru: "язык: английский, казахский, русский"),
                hint: hint(Phrase(en: "L language", kk: "L тіл", ru: "L язык"), slot: 9, priority: 7)),
        binding("Tab ⇧Tab", [(.tab, .nextPane), (.backTab, .previousPane)],
                help: Phrase(en: "focus the next / previous pane", kk: "келесі / алдыңғы панель", ru: "следующая / предыдущая панель"),
                hint: hint(Phrase(en: "Tab pane", kk: "Tab панель", ru: "Tab панель"), slot: 5, priority: 5)),
        // ↑↓ themselves are dispatched by the line above; with the source pane focused they step through sources.
        binding("↑ ↓ on Source", [],
                help: Phrase(en: "step through the sources of the year", kk: "жылдың дереккөздерін ауыстыру",
                             ru: "перебрать источники за год"),
                hint: hint(Phrase(en: "↑↓ source", kk: "↑↓ дереккөз", ru: "↑↓ источник"), slot: 1, priority: 1, when: .sourcesToStep),
                labels: Phrase(en: "↑ ↓ on Source", kk: "↑ ↓ Дереккөзде", ru: "↑ ↓ Источник")),
        binding("Enter", [(.enter, .openDetails)],
                help: Phrase(en: "details: every observation with its source", kk: "толығырақ: әр дерек өз дереккөзімен",
                             ru: "подробно: все значения с источниками"),
                hint: hint(Phrase(en: "⏎ details", kk: "⏎ толығырақ", ru: "⏎ подробно"), slot: 6, priority: 4)),
        binding("C", [(.character("C"), .openClaims)],
                help: Phrase(en: "claims: what officials said against the record", kk: "мәлімдемелер ресми деректермен қатар",
                             ru: "заявления рядом с официальными цифрами"),
                hint: hint(Phrase(en: "C claims", kk: "C мәлімдеме", ru: "C заявления"), slot: 8, priority: 8)),
        binding("p", [(.character("p"), .writeSnapshot)],
                help: Phrase(en: "write the view to a text file", kk: "көріністі мәтін файлына жазу", ru: "записать вид в текстовый файл"),
                hint: hint(Phrase(en: "p snapshot", kk: "p файлға", ru: "p в файл"), slot: 10, priority: 3)),
        binding("r", [(.character("r"), .reload)],
                help: Phrase(en: "reload now (changed files also reload)", kk: "қайта жүктеу (өзгерген файл өзі жүктеледі)",
                             ru: "перечитать данные (изменённые файлы — сами)")),
        binding("? F1", [(.character("?"), .openHelp), (.help, .openHelp)],
                help: Phrase(en: "this help", kk: "осы анықтама", ru: "эта справка"),
                hint: hint(Phrase(en: "? help", kk: "? анықтама", ru: "? справка"), slot: 11, priority: 0)),
        KeyBinding(mode: .overlay, label: "Esc",
                   keys: [(.escape, .closeOverlay), (.enter, .closeOverlay), (.character("q"), .closeOverlay),
                          (.character("?"), .closeOverlay), (.help, .closeOverlay)],
                   help: Phrase(en: "close an overlay", kk: "терезені жабу", ru: "закрыть окно"),
                   hint: hint(Phrase(en: "Esc close", kk: "Esc жабу", ru: "Esc закрыть"), slot: 0, priority: 0)),
        KeyBinding(mode: .overlay, label: "↑ ↓ PgUp PgDn",
                   keys: [(.up, .scrollUp), (.character("k"), .scrollUp), (.scrollUp, .scrollUp),
                          (.down, .scrollDown), (.character("j"), .scrollDown), (.scrollDown, .scrollDown),
                          (.pageUp, .scrollPageUp), (.pageDown, .scrollPageDown), (.home, .scrollTop)],
                   help: Phrase(en: "scroll an overlay", kk: "терезені айналдыру", ru: "прокрутить окно"),
                   hint: hint(Phrase(en: "↑↓ PgUp PgDn scroll", kk: "↑↓ PgUp PgDn айналдыру", ru: "↑↓ PgUp PgDn прокрутка"),
                              slot: 1, priority: 1)),
        binding("q Ctrl-C", [(.character("q"), .quit), (.character("Q"), .quit), (.interrupt, .quit)],
                help: Phrase(en: "quit", kk: "шығу", ru: "выход"),
                hint: hint(Phrase(en: "q quit", kk: "q шығу", ru: "q выход"), slot: 12, priority: 0)),
        // Ctrl-C and signals quit from an overlay too; the line above explains them.
        KeyBinding(mode: .overlay, label: "Ctrl-C", keys: [(.interrupt, .quit)], help: nil, hint: nil),
        KeyBinding(mode: .search, label: "Enter", keys: [(.enter, .acceptSearch)],
                   help: Phrase(en: "on the search line: go to the match", kk: "іздеу жолында: сәйкестікке өту",
                                ru: "в строке поиска: перейти к совпадению"),
                   hint: hint(Phrase(en: "⏎ go", kk: "⏎ өту", ru: "⏎ перейти"), slot: 1, priority: 1)),
        KeyBinding(mode: .search, label: "Esc", keys: [(.escape, .cancelSearch)],
                   help: Phrase(en: "on the search line: close it, the list as it was", kk: "іздеу жолын жабу, тізім бұрынғыдай",
                                ru: "закрыть строку поиска, список как был"),
                   hint: hint(Phrase(en: "Esc cancel", kk: "Esc болдырмау", ru: "Esc отмена"), slot: 2, priority: 1)),
        KeyBinding(mode: .search, label: "↑ ↓", keys: [(.up, .matchUp), (.down, .matchDown), (.scrollUp, .matchUp), (.scrollDown, .matchDown)],
                   help: nil, hint: hint(Phrase(en: "↑↓ match", kk: "↑↓ сәйкестік", ru: "↑↓ совпадение"), slot: 3, priority: 2)),
        KeyBinding(mode: .search, label: "Backspace", keys: [(.backspace, .deleteBackward)],
                   help: Phrase(en: "search line: delete a letter; other keys type",
                                kk: "іздеу жолында: әріпті өшіру (басқа пернелер — мәтін)",
                                ru: "в строке поиска: стереть букву (прочие клавиши — текст)"),
                   hint: nil),
        KeyBinding(mode: .search, label: "Ctrl-C", keys: [(.interrupt, .quit)], help: nil, hint: nil),
        // A click is dispatched by where it lands (`DashboardState.click`); the wheel moves the selection.
        binding("mouse", [(.scrollUp, .wheelUp), (.scrollDown, .wheelDown)],
                help: Phrase(en: "click a year, a tile or an indicator", kk: "жылды, тақтаны не көрсеткішті басу",
                             ru: "щелчок по году, плитке или показателю"),
                labels: Phrase(en: "mouse", kk: "тінтуір", ru: "мышь")),
    ]

    /// What `key` does in `mode`, if anything.
    public static func action(for key: KeyEvent, in mode: KeyBinding.Mode) -> DashboardAction? {
        for binding in bindings where binding.mode == mode {
            if let match = binding.keys.first(where: { $0.key == key }) { return match.action }
        }
        return nil
    }

    /// The help overlay's lines: every binding that has one, in table order.
    public static func helpLines(language: Language) -> [(String, String)] {
        bindings.compactMap { binding in
            binding.help.map { (binding.words?[language] ?? binding.label, $0[language]) }
        }
    }

    /// The status bar's hints in `mode` where `condition` holds, left to right, each with its priority.
    public static func hints(
        mode: KeyBinding.Mode, language: Language, holds: (KeyBinding.Condition) -> Bool
    ) -> [(text: String, priority: Int)] {
        // Equal slots keep the table's order.
        bindings.filter { $0.mode == mode }
            .compactMap(\.hint)
            .filter { holds($0.when) }
            .enumerated()
            .sorted { ($0.element.slot, $0.offset) < ($1.element.slot, $1.offset) }
            .map { (text: $0.element.words[language], priority: $0.element.priority) }
    }

    /// The README's table of keys, in English.
    public static func markdown() -> String {
        var lines = ["| key | does |", "| --- | --- |"]
        for binding in bindings {
            guard let help = binding.help else { continue }
            let keys = binding.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            lines.append("| \(binding.words == nil ? keys : binding.label) | \(help.en) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func binding(
        _ label: String, _ keys: [(KeyEvent, DashboardAction)], help: Phrase, hint: KeyBinding.Hint? = nil, labels: Phrase? = nil
    ) -> KeyBinding {
        KeyBinding(mode: .dashboard, label: label, words: labels, keys: keys.map { (key: $0.0, action: $0.1) }, help: help, hint: hint)
    }

    private static func hint(_ words: Phrase, slot: Int, priority: Int, when: KeyBinding.Condition = .always) -> KeyBinding.Hint {
        KeyBinding.Hint(words: words, slot: slot, priority: priority, when: when)
    }
}
