import Indicators
import Widgets

/// Every key, in a box over the dashboard (`?` or F1).
public enum HelpOverlay {
    /// Every key of the key table, then the legend of the marks.
    static func lines(language: Language) -> [(String, String)] {
        KeyTable.helpLines(language: language) + InterfaceText.for(language).helpNotes
    }

    public static func draw(_ grid: inout Grid, state: DashboardState, size: Size) {
        let rect = DashboardLayout.overlayRect(size: size)
        PaneFrame.draw(&grid, rect, title: InterfaceText.for(state.language).help, focused: true)
        let inner = rect.inner
        let entries = lines(language: state.language)
        let keyWidth = min(16, inner.width / 3)
        let first = min(state.overlayScroll, max(0, entries.count - inner.height))
        for (offset, entry) in entries[first...].prefix(inner.height).enumerated() {
            let y = inner.y + offset
            grid.put(" " + entry.0, x: inner.x, y: y, width: keyWidth, style: Style(bold: true, role: .accent))
            grid.put(entry.1, x: inner.x + keyWidth + 1, y: y, width: inner.width - keyWidth - 1)
        }
        // More above or below: the list scrolls with ↑↓.
        if first > 0 { grid.put("▲", x: rect.maxX - 2, y: rect.y, style: Style(bold: true, role: .accent)) }
        if first + inner.height < entries.count { grid.put("▼", x: rect.maxX - 2, y: rect.maxY - 1, style: Style(bold: true, role: .accent)) }
    }
}
