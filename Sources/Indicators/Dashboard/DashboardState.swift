/// Everything that says what the screen shows, as one value.
public struct DashboardState: Sendable, Equatable {
    public enum Pane: Int, Sendable, CaseIterable {
        case chart, trend, source
    }

    public enum Overlay: Sendable, Equatable {
        case help
        case details
    }

    public var year: Int
    /// Position of the selected indicator in `DashboardModel.order`.
    public var selection: Int
    public var focus: Pane = .chart
    public var overlay: Overlay?
    public var overlayScroll = 0
    /// First chart row shown: the list scrolls to keep the selection visible.
    public var chartScroll = 0
    /// Which of the year's observations the source pane shows, when several sources give one.
    public var sourceIndex = 0
    public var language: Language = .en
    /// The chart lists every indicator, not only those with a value in the year.
    public var showAll = false
    /// A line for the status bar, replacing the key hints until the next key.
    public var message: String?
    /// What is wrong with the data file on disk while the last good data is
    /// shown; stays until a reload succeeds.
    public var dataProblem: String?

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

/// What the update asks the program to do, besides showing the new state.
public enum DashboardEffect: Sendable, Equatable {
    case quit
    /// Write the current view as a text snapshot (the `p` key).
    case writeSnapshot
    /// Read the data file again (the `r` key).
    case reload
}
