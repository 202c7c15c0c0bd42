import Indicators
import Widgets

/// Where each pane goes for a screen size. Pure arithmetic, shared by the
/// drawing and by the update (mouse clicks, scrolling).
///
///     header                                   1 row
///     up to four headline tiles                4 rows
///     chart (60 %) | trend (40 %)              the rest; with several
///                  |                           cities the right column is
///                  |                           the comparison over the trend
///     source                                   5 rows (7 from 32 rows up)
///     status bar                               1 row
public struct DashboardLayout: Sendable, Equatable {
    /// The smallest screen that holds every pane legibly.
    public static let minimumSize = Size(width: 60, height: 20)

    public let size: Size
    public let fits: Bool
    public let header: Rect
    public let tiles: [Rect]
    public let chart: Rect
    public let trend: Rect
    /// The cities compared, over the trend: only with more than one city.
    public let comparison: Rect?
    public let source: Rect
    public let status: Rect

    /// `tileCount` headline tiles (one to four) share the row: a file with fewer headlines has fewer, wider tiles.
    public init(size: Size, cityCount: Int = 1, tileCount: Int = 4) {
        self.size = size
        fits = size.width >= Self.minimumSize.width && size.height >= Self.minimumSize.height
        let width = size.width
        header = Rect(x: 0, y: 0, width: width, height: 1)
        let tileCount = min(max(tileCount, 1), 4)
        tiles = (0..<tileCount).map { slot in
            let left = slot * width / tileCount
            let right = (slot + 1) * width / tileCount
            return Rect(x: left, y: 1, width: right - left, height: 4)
        }
        let sourceHeight = size.height >= 32 ? 7 : 5
        let middleTop = 5
        let middleHeight = max(0, size.height - middleTop - sourceHeight - 1)
        let chartWidth = width * 3 / 5
        chart = Rect(x: 0, y: middleTop, width: chartWidth, height: middleHeight)
        if cityCount > 1 {
            // A row per city and the frame, but never more than half the column.
            let height = min(cityCount + 2, max(3, middleHeight / 2))
            comparison = Rect(x: chartWidth, y: middleTop, width: width - chartWidth, height: height)
            trend = Rect(x: chartWidth, y: middleTop + height, width: width - chartWidth, height: middleHeight - height)
        } else {
            comparison = nil
            trend = Rect(x: chartWidth, y: middleTop, width: width - chartWidth, height: middleHeight)
        }
        source = Rect(x: 0, y: middleTop + middleHeight, width: width, height: sourceHeight)
        status = Rect(x: 0, y: size.height - 1, width: width, height: 1)
    }

    /// Chart rows that fit inside its frame.
    public var chartRowsVisible: Int { max(0, chart.height - 2) }

    /// The box of the help and details overlays: most of the screen.
    public static func overlayRect(size: Size) -> Rect {
        let width = min(size.width - 4, 100)
        let height = size.height - 4
        return Rect(x: (size.width - width) / 2, y: 2, width: width, height: height)
    }
}
