import Indicators

/// A framed pane of lines, each shortened to the width with an ellipsis: the
/// source pane. The lines are laid out by the caller for the room there is.
public struct TextPane: Sendable {
    public var title: String
    public var focused: Bool
    public var lines: [(text: String, style: Style)]

    public init(title: String, focused: Bool, lines: [(text: String, style: Style)]) {
        self.title = title
        self.focused = focused
        self.lines = lines
    }

    public func draw(_ grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(&grid, rect, title: title, focused: focused)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            grid.put(line.text, x: inner.x, y: inner.y + offset, width: inner.width, style: line.style)
        }
    }
}
