import Indicators
import Widgets

/// The whole screen for a state: a pure function from state, data and size
/// to a grid of cells. The terminal, snapshots and golden tests all show
/// exactly this.
public enum DashboardView {
    /// One city's dashboard.
    public static func draw(_ state: DashboardState, model: DashboardModel, size: Size) -> Grid {
        draw(state, data: DashboardData(model), size: size)
    }

    public static func draw(_ state: DashboardState, data: DashboardData, size: Size) -> Grid {
        var grid = Grid(size: size)
        guard size.width > 0, size.height > 0 else { return grid }
        let layout = DashboardLayout(size: size, cityCount: data.cities.count,
                                     tileCount: data.model(for: state).headlinePositions.count)
        guard layout.fits else {
            TooSmallNotice.notice(language: state.language, size: size).draw(&grid, size: size)
            return grid
        }
        let model = data.model(for: state)
        HeaderBar.strip(state: state, data: data).draw(&grid, in: layout.header)
        let transformed = TransformView.selected(state: state, data: data)
        for (slot, rect) in layout.tiles.enumerated() {
            let position = model.headlinePositions.indices.contains(slot) ? model.headlinePositions[slot] : nil
            var tile = HeadlineTile.tile(indicator: position.flatMap(model.indicator(atPosition:)), state: state,
                                         selected: position == state.selection)
            // The selected indicator's tile shows it as `u` chose.
            if position == state.selection, let transformed { TransformView.decorate(&tile, value: transformed, language: state.language) }
            tile.draw(&grid, in: rect)
        }
        IndicatorChartPane.draw(&grid, layout.chart, state: state, model: model, focused: state.focus == .chart)
        if let rect = layout.comparison {
            CityComparisonPane.draw(&grid, rect, state: state, data: data)
        }
        if state.transform == .level {
            TrendPane.draw(&grid, layout.trend, state: state, data: data, focused: state.focus == .trend)
        } else {
            TransformTrendPane.draw(&grid, layout.trend, state: state, data: data, focused: state.focus == .trend)
        }
        SourcePane.pane(layout.source, state: state, model: model, focused: state.focus == .source,
                        transformed: TransformView.selected(state: state, data: data)).draw(&grid, in: layout.source)
        StatusBar.line(state: state, data: data).draw(&grid, in: layout.status)
        OverlayContent.box(state: state, model: model, size: size)?.draw(&grid, in: DashboardLayout.overlayRect(size: size))
        return grid
    }
}
