import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Properties of the drawing that hold for every year and size.
@Suite struct DrawingTests {
    let model = Shipped.model

    @Test func barsUseEighthSteps() {
        #expect(BarChart.bar(50, scale: 100, width: 10) == "█████")
        #expect(BarChart.bar(21, scale: 100, width: 10) == "██▏")
        #expect(BarChart.bar(0.1, scale: 100, width: 10) == "▏")
        #expect(BarChart.bar(0, scale: 100, width: 10) == "")
        #expect(BarChart.bar(150, scale: 100, width: 4) == "████")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 200, height: 50)])
    func everyYearShowsItsHeadlineValues(size: Size) {
        for year in model.years {
            var state = Shipped.state(after: Shipped.keys(toYear: year), size: size)
            state.year = year
            let text = DashboardView.draw(state, model: model, size: size).text
            #expect(text.contains("Indicators · \(year)"))
            for position in model.headlinePositions {
                guard let indicator = model.indicator(atPosition: position), let shown = indicator.shown(in: year) else { continue }
                let value = ValueFormatter.format(shown.value, unit: indicator.unit)
                #expect(text.contains(value), "\(indicator.id) \(year) at \(size.width)×\(size.height)")
            }
        }
    }

    @Test(arguments: [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 59, height: 19), Size(width: 300, height: 100)])
    func anySizeDrawsWithoutGarbage(size: Size) {
        let grid = Shipped.screen(after: [], size: size)
        #expect(grid.lines.count == size.height)
        for line in grid.lines { #expect(DisplayWidth.of(line) <= size.width) }
    }

    @Test func kazakhNamesAlignByDisplayWidth() {
        var state = Shipped.state(after: Shipped.keys(toYear: 2018))
        state.language = .kk
        let grid = DashboardView.draw(state, model: model, size: Size(width: 80, height: 24))
        // Every chart row's value column ends at the same column, whatever the label's script.
        let layout = DashboardLayout(size: Size(width: 80, height: 24))
        let right = layout.chart.maxX - 2
        for y in layout.chart.inner.y..<layout.chart.inner.maxY {
            let cell = grid[right, y]
            #expect(cell.character == " " || cell.character == "≈" || cell.character == "≠" || cell.character == "!" || cell.character.isNumber || cell.character == "%"
                    || cell.character == "₸" || cell.character == "—" || cell.character.isLetter || cell.character == "$", "row \(y)")
        }
        #expect(grid.text.contains("ЖІӨ үлесі"))
    }
}
