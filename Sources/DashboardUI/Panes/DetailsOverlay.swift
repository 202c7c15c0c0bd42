import Indicators
import Widgets

/// Everything about the selected indicator: its description and unit, then
/// every observation (projections too) with its source and quoted words.
public enum DetailsOverlay {
    public static func draw(_ grid: inout Grid, state: DashboardState, model: DashboardModel, size: Size) {
        let rect = DashboardLayout.overlayRect(size: size)
        guard let indicator = model.indicator(atPosition: state.selection) else { return }
        PaneFrame.draw(&grid, rect, title: "\(InterfaceText.for(state.language).details) · \(indicator.displayName(in: state.language))",
                       focused: true)
        let inner = rect.inner
        let all = lines(state: state, model: model, width: inner.width - 2)
        let first = min(state.overlayScroll, max(0, all.count - inner.height))
        for (offset, line) in all[first...].prefix(inner.height).enumerated() {
            grid.put(line.0, x: inner.x + 1, y: inner.y + offset, width: inner.width - 2, style: line.1)
        }
        if first > 0 { grid.put("▲", x: rect.maxX - 2, y: rect.y, style: Style(bold: true, role: .accent)) }
        if first + inner.height < all.count { grid.put("▼", x: rect.maxX - 2, y: rect.maxY - 1, style: Style(bold: true, role: .accent)) }
    }

    static func lineCount(state: DashboardState, model: DashboardModel, width: Int) -> Int {
        lines(state: state, model: model, width: width - 2).count
    }

    static func lines(state: DashboardState, model: DashboardModel, width: Int) -> [(String, Style)] {
        guard let indicator = model.indicator(atPosition: state.selection), width > 0 else { return [] }
        let language = state.language
        var lines: [(String, Style)] = []
        for name in Language.allCases.compactMap({ indicator.name[$0] }) where name != indicator.displayName(in: language) {
            lines.append((name, .dim))
        }
        let text = InterfaceText.for(language)
        let better = text.betterWords[indicator.better] ?? indicator.better.rawValue
        lines.append(("id \(indicator.id) · \(text.unitLabel): \(text.unitName(indicator.unit)) · \(text.betterLabel): \(better)", .dim))
        if let description = indicator.description?.text(in: language) {
            lines += WordWrap.lines(description, width: width).map { ($0, .plain) }
        }
        for observation in indicator.observations.sorted(by: { $0.year < $1.year }) {
            lines.append(("", .plain))
            let value = ValueFormatter.formatFull(observation.value, unit: indicator.unit, language: language)
            var marks: [String] = []
            if observation.approximate { marks.append("≈ \(text.approximate)") }
            if observation.projection { marks.append("→ \(text.projection)") }
            let head = "\(observation.year)  \(value)" + (marks.isEmpty ? "" : "  (" + marks.joined(separator: ", ") + ")")
            lines.append((head, Style(bold: true, role: observation.year == state.year ? .accent : .normal)))
            if let source = model.dataset.source(id: observation.source) {
                lines += WordWrap.lines("\(source.title) — \(source.publisher), \(source.date)", width: width).map { ($0, .plain) }
                if let location = source.url ?? source.document.map({ "\(text.article) \($0)" }) {
                    lines += WordWrap.lines(location, width: width).map { ($0, .dim) }
                }
            }
            lines += WordWrap.lines("«" + observation.quote + "»", width: width).map { ($0, Style(role: .accent)) }
            if let note = observation.note {
                lines += WordWrap.lines(note, width: width).map { ($0, .dim) }
            }
        }
        return lines
    }
}
