import Indicators
import Widgets

/// Everything that says what the screen shows, as one value.
public struct DashboardState: Sendable, Equatable {
    public enum Pane: Int, Sendable, CaseIterable {
        case chart, trend, source
        /// The comparison of cities, with more than one city loaded.
        case cities
    }

    public enum Overlay: Sendable, Equatable {
        case help
        case details
        /// Every claim set against the record (`C`).
        case claims
    }

    public var year: Int
    /// Which city of `DashboardData.cities` is shown.
    public var city = 0
    /// The year compared with, in compare mode (`c`); nil outside it.
    public var compareBase: Int?
    /// The trend pane draws every city's series, not only the shown city's (`o`).
    public var overlayCities = false
    /// Position of the selected indicator in `DashboardModel.order`.
    public var selection: Int
    public var focus: Pane = .chart
    public var overlay: Overlay?
    public var overlayScroll = 0
    /// How many lines the open overlay holds: counted when it opens and on
    /// a resize, so that scrolling does not wrap its text again on every key.
    public var overlayLength = 0
    /// First chart row shown: the list scrolls to keep the selection visible.
    public var chartScroll = 0
    /// Which of the year's observations the source pane shows, when several sources give one.
    public var sourceIndex = 0
    public var language: Language = .en
    /// The chart lists every indicator, not only those with a value in the year.
    public var showAll = false
    /// A line for the status bar, replacing the key hints until the next key.
    public var message: StatusMessage?
    /// The data files being read again behind the screen (their names), until `.reloaded`.
    public var reading: [String]?
    /// What is wrong with a data file on disk while the last good data is
    /// shown (its first problem, located); stays until a reload succeeds.
    public var dataProblem: String?
    /// The order of the chart's list and of the cities (`s`).
    public var order: ListOrder = .file
    /// How the selected indicator and its trend are shown (`u`, `--transform`).
    public var transform: Transform = .level
    /// The search line, while it is open (`/`).
    public var search: Search?
    /// The last search accepted with Enter: what `n` and `N` step through.
    public var lastSearch: Search?

    public init(year: Int, selection: Int = 0, language: Language = .en) {
        self.year = year
        self.selection = selection
        self.language = language
    }

    /// Opens on the latest year with data and the first headline indicator.
    public static func initial(for model: DashboardModel, language: Language = .en) -> DashboardState {
        DashboardState(year: model.latestYear ?? 0, selection: model.headlinePositions.first ?? 0, language: language)
    }
}

/// The search line (`/`): what is typed, what it matches, and where the
/// list was when it opened (Esc goes back there).
public struct Search: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// The chart's indicators: positions in `DashboardModel.order`.
        case indicators
        /// The loaded cities: indices in `DashboardData.cities`.
        case cities
    }

    public var target: Target
    public var query = ""
    /// Matches, best first: indicator positions or city indices.
    public var matches: [Int] = []
    /// The highlighted match, an index into `matches`.
    public var current = 0
    /// The selection, the scroll and the source shown when the line opened.
    var before: (selection: Int, chartScroll: Int, sourceIndex: Int)

    /// The longest query kept: a paste beyond it is cut.
    public static let longestQuery = 200

    public static func == (left: Search, right: Search) -> Bool {
        left.target == right.target && left.query == right.query && left.matches == right.matches && left.current == right.current
            && left.before == right.before
    }
}

/// What the status bar says in place of the key hints; worded when drawn,
/// so it follows the interface language.
public enum StatusMessage: Sendable, Equatable {
    case reloaded(file: String)
    case snapshotWritten(path: String)
    case snapshotNotWritten(reason: String)
    case noOtherYear
    case oneCityOnly
    case language(Language)
    /// Nothing matched the search (`n` `N`, or Enter on no match).
    case noMatch(String)
    /// `s` chose an order; `u` a transformation.
    case order(ListOrder)
    case transform(Transform)

    func text(_ words: InterfaceText, language: Language) -> String {
        switch self {
        case .reloaded(let file): "\(words.reloaded): \(file)"
        case .snapshotWritten(let path): "\(words.snapshotWritten): \(path)"
        case .snapshotNotWritten(let reason): "\(words.snapshotNotWritten): \(reason)"
        case .noOtherYear: words.noOtherYear
        case .oneCityOnly: words.oneCityOnly
        case .language(let language): InterfaceText.for(language).languageName
        case .noMatch(let query): FindText.for(language).noMatch(query)
        case .order(let order): FindText.for(language).orderMessage(order)
        case .transform(let transform): FindText.for(language).transformMessage(transform)
        }
    }
}

/// What reaches the update: input from the terminal, and the results of
/// the effects the program performed for it.
public enum DashboardMessage: Sendable {
    /// The first frame: the state is made valid for the data and the size.
    case start
    /// A key, a click, the wheel, a resize or an interrupt, as the backend decoded it.
    case input(KeyEvent)
    /// About a second passed with nothing else happening.
    case tick
    /// The program read data files again. `previous` is the shown city's
    /// model before, when its file was among them; `problems` are the first
    /// lines of what was wrong with the files that could not be read (their
    /// cities keep their last good data).
    case reloaded(files: [String], problems: [String], previous: DashboardModel?)
    /// The program began reading these data files again (by name); keys are answered meanwhile.
    case reading(files: [String])
    case snapshotWritten(path: String)
    case snapshotRefused(reason: String)
}

/// What the update asks the program to do, besides showing the new state.
/// The program performs it and sends the outcome back as a message.
public enum DashboardEffect: Sendable, Equatable {
    case quit
    /// Write this text (the view without the status line's message) as a
    /// snapshot of `city` in `year`; the program names the file.
    case writeSnapshot(text: String, city: String, year: Int)
    /// Read every data file again (the `r` key).
    case reload
    /// Look whether the data files changed on disk, and reload those that did.
    case checkFiles
}
