import Indicators
import Widgets

/// The grid a text (or SVG) snapshot prints: the screen's panes exactly as
/// drawn, with two differences that make it something to keep rather than to
/// use. The status line goes (its key hints and messages are for the
/// interactive screen), and the source pane at the bottom grows to hold its
/// whole text: every measurement of the year, the claims, the quotes and the
/// addresses wrapped to the width, never cut (an address without spaces
/// breaks at the width).
public enum TextSnapshot {
    public static func grid(_ state: DashboardState, data: DashboardData, size: Size) -> Grid {
        var clean = state
        clean.message = nil
        let screen = DashboardView.draw(clean, data: data, size: size)
        let model = data.model(for: clean)
        let layout = DashboardLayout(size: size, cityCount: data.cities.count, tileCount: model.headlinePositions.count)
        // Too small for the panes: the notice, as on the screen.
        guard layout.fits, clean.overlay == nil else { return screen }
        let wide = Rect(x: layout.source.x, y: layout.source.y, width: layout.source.width, height: 1000)
        let pane = SourcePane.pane(wide, state: clean, model: model, focused: false,
                                   transformed: TransformView.selected(state: clean, data: data), whole: true)
        let source = Rect(x: layout.source.x, y: layout.source.y, width: layout.source.width,
                          height: max(layout.source.height, pane.lines.count + 2))
        var grid = Grid(size: Size(width: size.width, height: source.maxY), rowsOf: screen)
        pane.draw(&grid, in: source)
        return grid
    }
}
