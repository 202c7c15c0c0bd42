/// The top line: the city, the selected year, and the years with data, the
/// selected one reversed. When the years do not fit, a window around the
/// selected year is shown with ‹ › at the cut ends.
public enum HeaderBar {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, model: DashboardModel) {
        grid.fill(rect, style: Style(role: .title))
        let city = model.dataset.city.displayName(in: state.language)
        var x = grid.put(" " + city + " ", x: rect.x, y: rect.y, style: Style(bold: true, role: .title))
        x = grid.put(String(state.year), x: x, y: rect.y, style: Style(bold: true, role: .accent))
        grid.put(" │", x: x, y: rect.y, style: Style(dim: true, role: .muted))
        for slot in slots(state: state, model: model, width: rect.width) {
            switch slot.kind {
            case .year(let year):
                let selected = year == state.year
                grid.put(String(year), x: slot.x, y: rect.y, style: selected ? .selected : Style(role: .title))
            case .more(let text):
                grid.put(text, x: slot.x, y: rect.y, style: Style(dim: true, role: .muted))
            }
        }
    }

    /// The year drawn at column `x`, for mouse clicks.
    public static func year(at x: Int, state: DashboardState, model: DashboardModel, width: Int) -> Int? {
        for slot in slots(state: state, model: model, width: width) {
            if case .year(let year) = slot.kind, x >= slot.x, x < slot.x + 4 { return year }
        }
        return nil
    }

    struct Slot {
        enum Kind { case year(Int), more(String) }
        var kind: Kind
        var x: Int
    }

    static func slots(state: DashboardState, model: DashboardModel, width: Int) -> [Slot] {
        let city = model.dataset.city.displayName(in: state.language)
        let start = 1 + DisplayWidth.of(city) + 1 + 4 + 3
        let room = (width - start) / 5
        let years = model.years
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
