import Indicators

/// The bottom line: a message, or the key hints that fit (the least needed
/// are left out first; each hint has a priority, 0 kept longest).
public struct StatusLine: Sendable {
    public enum Content: Sendable {
        case message(String)
        case hints([(text: String, priority: Int)])
    }

    public var content: Content

    public init(_ content: Content) {
        self.content = content
    }

    public func draw(_ grid: inout Grid, in rect: Rect) {
        let style = Style(reverse: true, role: .title)
        grid.fill(rect, style: style)
        switch content {
        case .message(let message):
            grid.put(" " + message, x: rect.x, y: rect.y, width: rect.width, style: Style(bold: true, reverse: true, role: .warning))
        case .hints(let hints):
            grid.put(" " + Self.fitting(hints, width: rect.width - 1).joined(separator: "  "),
                     x: rect.x, y: rect.y, width: rect.width, style: style)
        }
    }

    /// Drops the least needed hints until the rest fit in `width` columns, two spaces apart.
    public static func fitting(_ hints: [(text: String, priority: Int)], width: Int) -> [String] {
        var kept = hints
        func length(_ hints: [(text: String, priority: Int)]) -> Int {
            hints.reduce(0) { $0 + DisplayWidth.of($1.text) } + max(0, hints.count - 1) * 2
        }
        while length(kept) > width, let drop = kept.indices.max(by: { (kept[$0].priority, $0) < (kept[$1].priority, $1) }),
              kept[drop].priority > 0 {
            kept.remove(at: drop)
        }
        return kept.map(\.text)
    }
}

/// Lines centred on the screen, the first in bold: the "terminal too small" notice.
public struct CenteredNotice: Sendable {
    public var lines: [String]

    public init(lines: [String]) {
        self.lines = lines
    }

    public func draw(_ grid: inout Grid, size: Size) {
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let cut = DisplayWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(cut)) / 2)
            grid.put(cut, x: x, y: top + offset, style: offset == 0 ? Style(bold: true, role: .warning) : .plain)
        }
    }
}
