import Foundation
import Testing
@testable import Indicators
@testable import Widgets

/// Each widget drawn from a small value into a small grid, compared with a
/// few lines of expected text (ratatui's `Buffer::with_lines`), so a change
/// to one widget shows here and does not churn the whole-screen goldens.
@Suite struct WidgetTests {
    private func lines(_ size: Size, _ draw: (inout Grid) -> Void) -> [String] {
        var grid = Grid(size: size)
        draw(&grid)
        // The grid's text ends each line without trailing blanks, and the last with a newline.
        return grid.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func barChartMeasuresItsColumnsAndMarksTheRest() {
        let chart = BarChart(lines: [
            .heading(["Shares · 0–100 %"], .plain),
            .bar(BarChart.Row(label: "Tax", value: 50, axis: .upTo(100), valueText: "50.0 %≈", marker: "▸")),
            .bar(BarChart.Row(label: "GDP share", value: 25, axis: .upTo(100), valueText: "25.0 % ")),
            .bar(BarChart.Row(label: "Rank", value: nil, axis: .upTo(100), valueText: "3 ")),
        ], first: 0, labelWidth: .fit(cap: 30, numerator: 2, denominator: 5))
        let drawn = lines(Size(width: 32, height: 5)) { grid in
            chart.draw(&grid, in: Rect(x: 1, y: 1, width: 30, height: 3), frame: Rect(x: 0, y: 0, width: 32, height: 5))
        }
        #expect(drawn == [
            "",
            " Shares · 0–100 %",
            " ▸Tax       █████▌      50.0 %≈",
            "  GDP share ██▊         25.0 %",
            "                              ▼",
        ])
    }

    @Test func barChartScrollsAndMarksAbove() {
        let rows = (1...5).map { BarChart.Line.bar(BarChart.Row(label: "r\($0)", value: Double($0), axis: .upTo(5), valueText: "\($0) ")) }
        let drawn = lines(Size(width: 12, height: 4)) { grid in
            BarChart(lines: rows, first: 3, labelWidth: .fixed(2))
                .draw(&grid, in: Rect(x: 0, y: 1, width: 12, height: 2), frame: Rect(x: 0, y: 0, width: 12, height: 4))
        }
        #expect(drawn == [
            "          ▲",
            " r4 ████  4",
            " r5 █████ 5",
            "",
        ])
    }

    /// A group with negative values: one zero axis, negatives to its left (▕ ▐ and full cells), positives to its right.
    @Test func barChartDrawsNegativesLeftOfADrawnZero() {
        let axis = BarChart.Axis.symmetric(10)
        let chart = BarChart(lines: [
            .heading(["Growth · ±10 %"], .plain),
            .bar(BarChart.Row(label: "up", value: 5, axis: axis, valueText: "+5.0 %")),
            .bar(BarChart.Row(label: "down", value: -7.5, axis: axis, valueText: "-7.5 %")),
            .bar(BarChart.Row(label: "huge", value: 2747.9, axis: axis, valueText: "+2747.9 %")),
        ], labelWidth: .fixed(4))
        let drawn = lines(Size(width: 30, height: 4)) { chart.draw(&$0, in: Rect(x: 0, y: 0, width: 30, height: 4)) }
        #expect(drawn == [
            "Growth · ±10 %",
            " up          │███       +5.0 %",
            " down  ▕█████│          -7.5 %",
            " huge        │█████» +2747.9 %",
        ])
    }

    /// Columns are measured over every line, so the bar of a row does not change as the list scrolls.
    @Test func barChartColumnsDoNotDependOnScrolling() {
        let rows = [("a", 1.0, "1"), ("b", 2.0, "22"), ("c", 3.0, "333 333")].map {
            BarChart.Line.bar(BarChart.Row(label: $0.0, value: $0.1, axis: .upTo(3), valueText: $0.2))
        }
        let top = lines(Size(width: 20, height: 1)) { BarChart(lines: rows, first: 0, labelWidth: .fixed(1)).draw(&$0, in: Rect(x: 0, y: 0, width: 20, height: 1)) }
        let middle = lines(Size(width: 20, height: 1)) { BarChart(lines: rows, first: 1, labelWidth: .fixed(1)).draw(&$0, in: Rect(x: 0, y: 0, width: 20, height: 1)) }
        #expect(top == [" a ███             1"])
        #expect(middle == [" b ██████         22"])
    }

    /// Two names that would read the same once shortened keep their differing ends.
    @Test func shortenedLabelsStayDistinct() {
        let labels = BarChart.distinct(["Consumer prices, Dec/Dec", "Consumer prices, year average", "GRP growth", nil], width: 16)
        #expect(labels == ["Consumer…Dec/Dec", "Consumer…average", "GRP growth", nil])
        #expect(BarChart.distinct(["Industrialisation A", "Other long name here"], width: 10) == ["Industria…", "Other lon…"])
    }

    @Test func lineChartJoinsFollowingYearsAndLeavesGaps() {
        let chart = LineChart(
            series: [LineChart.Series(points: [
                LineChart.Point(year: 2010, value: 0), LineChart.Point(year: 2011, value: 10),
                LineChart.Point(year: 2014, value: 10), LineChart.Point(year: 2015, value: 4, kind: .projection),
            ])],
            years: 2010...2015, selectedYear: 2011, valueLabel: { String(Int($0)) },
            kindWords: [.official: "official", .projection: "projection"])
        let drawn = lines(Size(width: 16, height: 6)) { chart.draw(&$0, in: Rect(x: 0, y: 0, width: 16, height: 6)) }
        #expect(drawn == [
            "10┤  ●       ⠃",
            "  │ ⡜┊         ○",
            " 0┤⡜ ┊",
            "  └──▲─────────┴",
            "   2011     2015",
            "⣿ official  ○ pr",
        ])
        #expect(chart.year(atColumn: 5, in: Rect(x: 0, y: 0, width: 16, height: 6)) == 2011)
    }

    @Test func lineChartDrawsAZeroLineWhenTheRangeCrossesZero() {
        let chart = LineChart(series: [LineChart.Series(points: [LineChart.Point(year: 2000, value: -5), LineChart.Point(year: 2001, value: 5)])],
                              years: 2000...2001, valueLabel: { String(Int($0)) })
        let drawn = lines(Size(width: 12, height: 5)) { chart.draw(&$0, in: Rect(x: 0, y: 0, width: 12, height: 5)) }
        #expect(drawn[0].hasPrefix(" 5┤"))
        #expect(drawn[1].hasPrefix(" 0┤") && drawn[1].contains("┄"))
        #expect(drawn[2].hasPrefix("-5┤"))
        #expect(drawn[4] == " 2000   2001")
    }

    @Test func valueMarksWriteOneMarkColumn() {
        #expect(ValueMarks.text("20.6 %", approximate: true, projection: false, disagreement: false) == "20.6 %≈")
        #expect(ValueMarks.text("20.6 %", approximate: true, projection: false, disagreement: true) == "20.6 %≠")
        #expect(ValueMarks.text("25.0 %", approximate: false, projection: true, disagreement: false) == "→25.0 % ")
    }

    @Test func statusLineDropsTheLeastNeededHintsFirst() {
        let hints: [(text: String, priority: Int)] = [("←→ year", 0), ("c compare", 2), ("L language", 7), ("q quit", 0)]
        #expect(StatusLine.fitting(hints, width: 40) == ["←→ year", "c compare", "L language", "q quit"])
        #expect(StatusLine.fitting(hints, width: 30) == ["←→ year", "c compare", "q quit"])
        #expect(StatusLine.fitting(hints, width: 5) == ["←→ year", "q quit"])  // priority 0 is never dropped
        let drawn = lines(Size(width: 20, height: 1)) { StatusLine(.message("Reloaded: a.json")).draw(&$0, in: Rect(x: 0, y: 0, width: 20, height: 1)) }
        #expect(drawn == [" Reloaded: a.json"])
    }

    @Test func textBoxScrollsWithinItsLines() {
        let box = TextBox(title: "Keys", lines: [.pair("a", "all"), .pair("c", "compare"), .text("note", .plain)], first: 5)
        let drawn = lines(Size(width: 20, height: 4)) { box.draw(&$0, in: Rect(x: 0, y: 0, width: 20, height: 4)) }
        #expect(drawn == [
            "┌ Keys ───────────▲┐",
            "│ c     compare    │",
            "│ note             │",
            "└──────────────────┘",
        ])
        #expect(TextBox.clamped(5, lineCount: 3, in: Rect(x: 0, y: 0, width: 20, height: 4)) == 1)
    }

    @Test func tileShowsTheLongestWordingThatFits() {
        let tile = Tile(title: "GDP share", focused: false,
                        first: [Tile.Piece("20.6 %", .bold), Tile.Piece(" ≈", .plain), Tile.Piece(" +2.0 pp", .plain, fit: .wholeOrNothing)],
                        second: ["+2.0 pp vs 2019", "+2.0 pp (2019)", "+2.0 pp"])
        #expect(lines(Size(width: 14, height: 4)) { tile.draw(&$0, in: Rect(x: 0, y: 0, width: 14, height: 4)) } == [
            "┌ GDP share ─┐",
            "│20.6 % ≈    │",
            "│+2.0 pp     │",
            "└────────────┘",
        ])
        #expect(lines(Size(width: 20, height: 4)) { tile.draw(&$0, in: Rect(x: 0, y: 0, width: 20, height: 4)) }[1...2] == [
            "│20.6 % ≈ +2.0 pp  │",
            "│+2.0 pp vs 2019   │",
        ])
        #expect(lines(Size(width: 4, height: 3)) { Tile(title: nil, focused: true).draw(&$0, in: Rect(x: 0, y: 0, width: 4, height: 3)) }
            == ["┌──┐", "│  │", "└──┘"])
    }

    @Test func yearStripKeepsTheSelectedYearInItsWindow() {
        let strip = YearStrip(prefix: [(" X │", .plain)], years: Array(2010...2023), selected: 2020, base: 2015)
        let drawn = lines(Size(width: 30, height: 1)) { strip.draw(&$0, in: Rect(x: 0, y: 0, width: 30, height: 1)) }
        #expect(drawn == [" X │ ‹ 2018 2019 2020 2021 ›"])
        #expect(strip.year(at: 17, width: 30) == 2020)
        #expect(strip.year(at: 5, width: 30) == nil)
    }

    @Test func textPaneShortensEachLine() {
        let pane = TextPane(title: "Source", focused: true, lines: [("A long line of text", .plain), ("short", .dim)])
        #expect(lines(Size(width: 12, height: 4)) { pane.draw(&$0, in: Rect(x: 0, y: 0, width: 12, height: 4)) } == [
            "┌ Source ──┐",
            "│A long li…│",
            "│short     │",
            "└──────────┘",
        ])
    }

    @Test func noticeIsCentred() {
        #expect(lines(Size(width: 9, height: 3)) { CenteredNotice(lines: ["Too small", "8×2"]).draw(&$0, size: Size(width: 9, height: 3)) }
            == ["Too small", "   8×2", ""])
    }
}

/// Wrapping is linear in the text: doubling a quote without spaces doubles the work, it does not quadruple it.
@Suite struct WordWrapGrowthTests {
    private func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    @Test func aLongWordIsCutInOneWalk() {
        let short = String(repeating: "ж", count: 100_000)
        let long = short + short
        #expect(WordWrap.lines("a " + short, width: 76).count == 1 + (100_000 + 75) / 76)
        #expect(WordWrap.lines("ab", width: 1) == ["a", "b"])
        let once = seconds { _ = WordWrap.lines(short, width: 76) }
        let twice = seconds { _ = WordWrap.lines(long, width: 76) }
        // Linear work doubles; the quadratic cut took about four times as long (and minutes at a million characters).
        #expect(twice / once < 3, "\(once) s, then \(twice) s for twice the text")
    }
}
