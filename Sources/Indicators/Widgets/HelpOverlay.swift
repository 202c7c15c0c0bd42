/// Every key, in a box over the dashboard (`?` or F1).
public enum HelpOverlay {
    static func lines(language: Language) -> [(String, String)] {
        [
            ("← → h l", "previous / next year with data"),
            ("Home End", "first / last year"),
            ("↑ ↓ j k", "select an indicator (the list scrolls)"),
            ("PgUp PgDn", "move the selection a page"),
            ("a", "list all indicators, or only the year's"),
            ("Tab ⇧Tab", "focus the next / previous pane"),
            ("↑ ↓ on Source", "step through the sources of the year"),
            ("Enter", "details: every observation with its source"),
            ("p", "write the view to a text file"),
            ("r", "reload now (the data file also reloads when it changes)"),
            ("? F1", "this help"),
            ("Esc", "close an overlay"),
            ("q Ctrl-C", "quit"),
            ("mouse", "click a year, a tile or an indicator"),
            ("", ""),
            ("≈", "approximate: the source gives a round or verbal figure"),
            ("≠", "sources disagree: ↑↓ on Source shows each"),
            ("→", "projection or target, not a measurement"),
        ]
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
    }
}
