import Indicators
import Widgets

/// The header for a state: the city (with its place among several), the
/// selected year (and the base year in compare mode), and the years with data.
public enum HeaderBar {
    static func strip(state: DashboardState, data: DashboardData) -> YearStrip {
        let model = data.model(for: state)
        let city = model.dataset.city.displayName(in: state.language)
        var parts: [(text: String, style: Style)] = [(" " + city + " ", Style(bold: true, role: .title))]
        if data.hasSeveralCities {
            parts.append(("\(state.city + 1)/\(data.cities.count) ", Style(dim: true, role: .muted)))
        }
        if let base = state.compareBase {
            parts.append((String(base), Style(bold: true, underline: true, role: .accent)))
            parts.append((" → ", Style(role: .title)))
        }
        parts.append((String(state.year), Style(bold: true, role: .accent)))
        parts.append((" │", Style(dim: true, role: .muted)))
        return YearStrip(prefix: parts, years: model.years, selected: state.year, base: state.compareBase)
    }
}
