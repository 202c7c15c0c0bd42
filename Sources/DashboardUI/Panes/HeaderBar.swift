import Indicators
import Widgets

/// The top line: the city (with its place among several), the selected year
/// (and the base year in compare mode), and the years with data, the
/// selected one reversed and the base underlined. When the years do not
/// fit, a window around the selected year is shown with ‹ › at the cut ends.
public enum HeaderBar {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, data: DashboardData) {
        grid.fill(rect, style: Style(role: .title))
        var x = rect.x
        for (text, style) in prefix(state: state, data: data) {
            x = grid.put(text, x: x, y: rect.y, style: style, clip: rect)
        }
        for slot in slots(state: state, data: data, width: rect.width) {
            switch slot.kind {
            case .year(let year):
                let style: Style = year == state.year ? .selected
                    : year == state.compareBase ? Style(bold: true, underline: true, role: .accent) : Style(role: .title)
                grid.put(String(year), x: slot.x, y: rect.y, style: style)
            case .more(let text):
                grid.put(text, x: slot.x, y: rect.y, style: Style(dim: true, role: .muted))
            }
        }
    }

    /// What stands before the years: " Almaty 2/3 2015 → 2019 │".
    static func prefix(state: DashboardState, data: DashboardData) -> [(String, Style)] {
        let city = data.model(for: state).dataset.city.displayName(in: state.language)
        var parts: [(String, Style)] = [(" " + city + " ", Style(bold: true, role: .title))]
        if data.hasSeveralCities {
            parts.append(("\(state.city + 1)/\(data.cities.count) ", Style(dim: true, role: .muted)))
        }
        if let base = state.compareBase {
            parts.append((String(base), Style(bold: true, underline: true, role: .accent)))
            parts.append((" → ", Style(role: .title)))
        }
        parts.append((String(state.year), Style(bold: true, role: .accent)))
        parts.append((" │", Style(dim: true, role: .muted)))
        return parts
    }

    /// The year drawn at column `x`, for mouse clicks.
    public static func year(at x: Int, state: DashboardState, data: DashboardData, width: Int) -> Int? {
        for slot in slots(state: state, data: data, width: width) {
            if case .year(let year) = slot.kind, x >= slot.x, x < slot.x + 4 { return year }
        }
        return nil
    }

    struct Slot {
        enum Kind { case year(Int), more(String) }
        var kind: Kind
        var x: Int
    }

    static func slots(state: DashboardState, data: DashboardData, width: Int) -> [Slot] {
        let start = prefix(state: state, data: data).reduce(0) { $0 + DisplayWidth.of($1.0) } + 1
        let room = (width - start) / 5
        let years = data.model(for: state).years
        guard room > 0, !years.isEmpty else { return [] }
        var first = 0
        var count = years.count
        if years.count > room {
            // Leave a column each side for the ‹ › marks.
            count = max(1, (width - start - 4) / 5)
            let selected = years.firstIndex(of: state.year) ?? years.count - 1
            first = min(max(0, selected - count / 2), years.count - count)
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
