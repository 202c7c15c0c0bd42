import Indicators

/// A headline tile: a framed title, a first line of pieces (a value, its
/// marks, a change), and a second line given as wordings from the longest to
/// the shortest, of which the first that fits is shown; when none fits, a
/// wording with a number is left out rather than cut. Without a title it is
/// an empty frame.
public struct Tile: Sendable {
    public struct Piece: Sendable {
        public enum Fit: Sendable {
            /// Cut at the tile's edge.
            case clip
            /// Shortened with an ellipsis to the tile's width.
            case shorten
            /// Left out whole when it does not fit.
            case wholeOrNothing
        }

        public var text: String
        public var style: Style
        public var fit: Fit

        public init(_ text: String, _ style: Style, fit: Fit = .clip) {
            self.text = text
            self.style = style
            self.fit = fit
        }
    }

    public var title: String?
    public var focused: Bool
    public var first: [Piece]
    public var second: [String]
    public var secondStyle: Style

    public init(title: String?, focused: Bool, first: [Piece] = [], second: [String] = [], secondStyle: Style = .dim) {
        self.title = title
        self.focused = focused
        self.first = first
        self.second = second
        self.secondStyle = secondStyle
    }

    public func draw(_ grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(&grid, rect, title: title ?? "", focused: title != nil && focused)
        let inner = rect.inner
        guard title != nil, inner.width > 0, inner.height >= 2 else { return }
        var x = inner.x
        for piece in first {
            switch piece.fit {
            case .clip:
                x = grid.put(piece.text, x: x, y: inner.y, style: piece.style, clip: inner)
            case .shorten:
                x = grid.put(piece.text, x: x, y: inner.y, width: inner.maxX - x, style: piece.style)
            case .wholeOrNothing:
                guard x + DisplayWidth.of(piece.text) <= inner.maxX else { continue }
                x = grid.put(piece.text, x: x, y: inner.y, style: piece.style, clip: inner)
            }
        }
        // The first wording that fits; when none does, words may be shortened but a line with a number is left out.
        if let line = second.first(where: { DisplayWidth.of($0) <= inner.width })
            ?? second.last.flatMap({ $0.contains(where: \.isNumber) ? nil : $0 }) {
            grid.put(line, x: inner.x, y: inner.y + 1, width: inner.width, style: secondStyle)
        }
    }
}
