import Indicators

/// The top line: what stands before the years (a city, its place, the
/// years compared), then the years with data, the selected one reversed and
/// the base year underlined. When the years do not fit, a window around the
/// selected year is shown with ‹ › at the cut ends. The same arithmetic
/// places the years for drawing and for clicks.
public struct YearStrip: Sendable {
    public var prefix: [(text: String, style: Style)]
    public var years: [Int]
    public var selected: Int
    public var base: Int?

    public init(prefix: [(text: String, style: Style)], years: [Int], selected: Int, base: Int?) {
        self.prefix = prefix
        self.years = years
        self.selected = selected
        self.base = base
    }

    public func draw(_ grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: Style(role: .title))
        var x = rect.x
        for part in prefix {
            x = grid.put(part.text, x: x, y: rect.y, style: part.style, clip: rect)
        }
        for slot in slots(width: rect.width) {
            switch slot.kind {
            case .year(let year):
                let style: Style = year == selected ? .selected
                    : year == base ? Style(bold: true, underline: true, role: .accent) : Style(role: .title)
                grid.put(String(year), x: rect.x + slot.x, y: rect.y, style: style)
            case .more(let text):
                grid.put(text, x: rect.x + slot.x, y: rect.y, style: Style(dim: true, role: .muted))
            }
        }
    }

    /// The year drawn at column `x` of a strip `width` columns wide, for clicks.
    public func year(at x: Int, width: Int) -> Int? {
        for slot in slots(width: width) {
            if case .year(let year) = slot.kind, x >= slot.x, x < slot.x + 4 { return year }
        }
        return nil
    }

    struct Slot {
        enum Kind { case year(Int), more(String) }
        var kind: Kind
        var x: Int
    }

    func slots(width: Int) -> [Slot] {
        let start = prefix.reduce(0) { $0 + DisplayWidth.of($1.text) } + 1
        let room = (width - start) / 5
        guard room > 0, !years.isEmpty else { return [] }
        var first = 0
        var count = years.count
        if years.count > room {
            // Leave a column each side for the ‹ › marks.
            count = max(1, (width - start - 4) / 5)
            let index = years.firstIndex(of: selected) ?? years.count - 1
            first = min(max(0, index - count / 2), years.count - count)
        }
        var slots: [Slot] = []
        var x = start
        if first > 0 {
            slots.append(Slot(kind: .more("‹"), x: x))
            x += 2
        }
        for year in years[first..<(first + count)] {
            slots.append(Slot(kind: .year(year), x: x))
            x += 5
        }
        if first + count < years.count {
            slots.append(Slot(kind: .more("›"), x: x))
        }
        return slots
    }
}
