import Indicators

/// A framed box of lines over the screen, scrolled from `first`, with ▲ ▼
/// on its border where the text goes on: the help and the details.
public struct TextBox: Sendable {
    public enum Line: Sendable, Equatable {
        /// A line of text, one column in from each side.
        case text(String, Style)
        /// A key and what it does: the key in a column of its own.
        case pair(String, String)
    }

    public var title: String
    public var lines: [Line]
    public var first: Int

    public init(title: String, lines: [Line], first: Int) {
        self.title = title
        self.lines = lines
        self.first = first
    }

    /// The text width inside a frame of `rect` (a column kept free each side of text lines).
    public static func textWidth(in rect: Rect) -> Int { rect.inner.width - 2 }

    /// The first line that can be shown in `rect`: scrolling stops where the last line shows.
    public static func clamped(_ first: Int, lineCount: Int, in rect: Rect) -> Int {
        min(max(0, first), max(0, lineCount - rect.inner.height))
    }

    public func draw(_ grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(&grid, rect, title: title, focused: true)
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return }
        let start = Self.clamped(first, lineCount: lines.count, in: rect)
        let keyWidth = min(16, inner.width / 3)
        for (offset, line) in lines[start...].prefix(inner.height).enumerated() {
            let y = inner.y + offset
            switch line {
            case .text(let text, let style):
                grid.put(text, x: inner.x + 1, y: y, width: inner.width - 2, style: style)
            case .pair(let key, let meaning):
                grid.put(" " + key, x: inner.x, y: y, width: keyWidth, style: Style(bold: true, role: .accent))
                grid.put(meaning, x: inner.x + keyWidth + 1, y: y, width: inner.width - keyWidth - 1)
            }
        }
        let mark = Style(bold: true, role: .accent)
        if start > 0 { grid.put("▲", x: rect.maxX - 2, y: rect.y, style: mark) }
        if start + inner.height < lines.count { grid.put("▼", x: rect.maxX - 2, y: rect.maxY - 1, style: mark) }
    }
}
