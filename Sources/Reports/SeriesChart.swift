import Indicators
import Plot

/// The series as a chart in SVG: the title and the unit, a value axis with
/// rounded ticks, a time axis where years are spaced as years, one line per
/// region (a missing year breaks it), markers apart for statements,
/// part-year and preliminary figures, a legend, and the sources as a caption.
/// Every text is SVG text (selectable, searchable), escaped by Plot.
public enum SeriesChart {
    public static let width = 720.0
    static let colors = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#999933"]
    static let font = "DejaVu Sans, Liberation Sans, Arial, sans-serif"

    /// A standalone SVG file.
    public static func render(_ series: SeriesExport, language: Indicators.Language, from: Int?, to: Int?) -> String {
        // The declaration, then the <svg> element as Plot renders it (Plot's XML document would indent it under an empty root).
        let svg: Node<XML.DocumentContext> = chart(series, language: language, from: from, to: to, standalone: true)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.render(indentedBy: .spaces(1)) + "\n"
    }

    /// The scale a chart of `series` is drawn with.
    public static func scale(_ series: SeriesExport, from: Int?, to: Int?) -> ChartScale {
        let lines = ChartSeries.from(series)
        let years = lines.flatMap { $0.points.map(\.year) }
        let first = from ?? years.min() ?? 2000
        let last = to ?? years.max() ?? first
        let values = lines.flatMap { $0.points.map(\.value) }
        // The value axis is as wide as its longest label (`20,000,000` needs more room than `25`).
        let ticks = ChartScale(years: first...max(first, last), values: values, width: width).ticks
        let widest = ticks.map { ValueFormatter.axisNumber($0, language: .en).count }.max() ?? 2
        return ChartScale(years: first...max(first, last), values: values, width: width, left: max(64, 22 + Double(widest) * 6.6))
    }

    /// The chart as a node of any document: the `<svg>` element.
    static func chart<Context>(_ series: SeriesExport, language: Indicators.Language, from: Int?, to: Int?, standalone: Bool,
                               caption: Bool = true) -> Node<Context> {
        let words = ReportText.for(language)
        let scale = scale(series, from: from, to: to)
        let lines = ChartSeries.from(series)
        let title = SeriesReport.title(series, language: language, from: from, to: to)
        let unitName = words.unit + ": " + words.unitName(series.rows.first?.unit ?? .same(series.indicator.unit), language: language)
        var nodes: [Node<Context>] = []
        nodes.append(.element(named: "title", nodes: [.text(MarkupText.text(title))]))
        nodes.append(.element(named: "desc", nodes: [.text(MarkupText.text(unitName))]))
        nodes.append(rect(x: 0, y: 0, width: width, height: 0, fill: "#ffffff", extra: [("class", "background")]))
        nodes.append(text(title, x: 16, y: 26, size: 16, weight: "bold", cls: "chart-title"))
        nodes.append(text(unitName, x: 16, y: 46, size: 12, cls: "chart-unit", fill: "#444444"))

        // The value axis: a grid line and a label per tick.
        for tick in scale.ticks {
            let y = ChartScale.coordinate(scale.y(tick))
            nodes.append(line(x1: scale.left, y1: scale.y(tick), x2: scale.right, y2: scale.y(tick),
                              stroke: tick == 0 ? "#666666" : "#dddddd", cls: "grid"))
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: ChartScale.coordinate(scale.left - 6)), .attribute(named: "y", value: y),
                .attribute(named: "dy", value: "0.32em"), .attribute(named: "text-anchor", value: "end"),
                .attribute(named: "font-size", value: "11"), .attribute(named: "class", value: "tick-value"),
                .text(MarkupText.text(ValueFormatter.axisNumber(tick, language: language))),
            ]))
        }
        // The time axis.
        nodes.append(line(x1: scale.left, y1: scale.bottom, x2: scale.right, y2: scale.bottom, stroke: "#333333", cls: "axis"))
        nodes.append(line(x1: scale.left, y1: scale.top, x2: scale.left, y2: scale.bottom, stroke: "#333333", cls: "axis"))
        for year in scale.yearTicks {
            let x = scale.x(year)
            nodes.append(line(x1: x, y1: scale.bottom, x2: x, y2: scale.bottom + 5, stroke: "#333333", cls: "tick"))
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: ChartScale.coordinate(x)), .attribute(named: "y", value: ChartScale.coordinate(scale.bottom + 18)),
                .attribute(named: "text-anchor", value: "middle"), .attribute(named: "font-size", value: "11"),
                .attribute(named: "class", value: "tick-year"), .text(String(year)),
            ]))
        }

        // The lines, then the markers above them.
        for (index, region) in lines.enumerated() {
            let color = colors[index % colors.count]
            let dash = index < colors.count ? nil : ["6 3", "2 2", "8 3 2 3"][(index / colors.count - 1) % 3]
            for segment in segments(region.points.filter(\.onLine)) where segment.count > 1 {
                let points = segment.map { "\(ChartScale.coordinate(scale.x($0.year))),\(ChartScale.coordinate(scale.y($0.value)))" }
                nodes.append(.selfClosedElement(named: "polyline", attributes: [
                    Attribute<Context>.attribute(named: "class", value: "line"),
                    .attribute(named: "data-city", value: MarkupText.attribute(region.city.id)),
                    .attribute(named: "points", value: points.joined(separator: " ")),
                    .attribute(named: "fill", value: "none"), .attribute(named: "stroke", value: color),
                    .attribute(named: "stroke-width", value: "2"), .attribute(named: "stroke-dasharray", value: dash),
                ]))
            }
        }
        // Figures beside the line first, the line's own points above them: a preliminary release
        // or a statement next to the figure shown never hides it.
        for onLine in [false, true] {
            for (index, region) in lines.enumerated() {
                let color = colors[index % colors.count]
                for point in region.points where point.onLine == onLine {
                    let label = "\(region.city.displayName(in: language)) \(point.year): "
                        + ValueFormatter.format(point.value, as: point.onLine || series.transform != .level ? (series.rows.first?.unit ?? .same(series.indicator.unit)) : .same(series.indicator.unit), language: language)
                        + (point.kind == .measured ? "" : " (" + kindLabel(point.kind, words: words) + ")")
                    nodes.append(marker(point.kind, x: scale.x(point.year), y: scale.y(point.value), color: color, data: [
                        ("data-city", MarkupText.attribute(region.city.id)), ("data-year", String(point.year)),
                        ("data-value", PlainNumber.text(point.value)), ("data-kind", point.kind.rawValue),
                    ], title: label))
                }
            }
        }

        // The legend: one entry per region, then the markers that appear.
        var legend: [(kind: MarkerKind?, color: String, dash: String?, label: String)] = lines.enumerated().map { index, region in
            (nil, colors[index % colors.count], index < colors.count ? nil : ["6 3", "2 2", "8 3 2 3"][(index / colors.count - 1) % 3],
             region.city.displayName(in: language))
        }
        let kinds = Set(lines.flatMap { $0.points.map(\.kind) })
        for kind in MarkerKind.allCases where kinds.contains(kind) {
            legend.append((kind, "#333333", nil, kindLabel(kind, words: words)))
        }
        var x = scale.left
        var y = scale.bottom + 42
        for entry in legend {
            let itemWidth = 30 + Double(entry.label.count) * 7 + 14
            if x + itemWidth > width - 8, x > scale.left {
                x = scale.left
                y += 18
            }
            if let kind = entry.kind {
                nodes.append(marker(kind, x: x + 10, y: y - 4, color: entry.color, data: [("data-legend", kind.rawValue)], title: nil))
            } else {
                nodes.append(line(x1: x, y1: y - 4, x2: x + 22, y2: y - 4, stroke: entry.color, cls: "legend-line", width: 2, dash: entry.dash))
            }
            nodes.append(text(entry.label, x: x + 28, y: y, size: 11, cls: "legend"))
            x += itemWidth
        }

        // The whole country, when it is left to the table, is named under the legend.
        let drawn = Set(ChartSeries.drawn(series).map(\.id))
        for city in series.cities where !drawn.contains(city.id) {
            y += 16
            nodes.append(text(city.displayName(in: language) + ": " + words.wholeNotDrawn, x: scale.left, y: y, size: 10.5,
                              cls: "legend-note", fill: "#444444"))
        }
        // The caption: the sources, wrapped to the chart's width.
        y += caption ? 26 : 4
        let sources = series.citedSources.enumerated().map { index, source in
            "\(index + 1). \(source.title) — \(source.publisher), \(source.date)" + (source.url.map { " — \($0)" } ?? "")
        }
        for (index, entry) in (caption ? [words.sources + ":"] + sources : []).enumerated() {
            for piece in wrap(entry, width: 118) {
                nodes.append(text(piece, x: 16, y: y, size: 9.5, cls: index == 0 ? "caption-heading" : "caption", fill: "#333333"))
                y += 12.5
            }
        }
        let height = ChartScale.coordinate(y + 4)
        var attributes: [Node<Context>] = []
        if standalone { attributes.append(.attribute(named: "xmlns", value: "http://www.w3.org/2000/svg")) }
        attributes += [
            .attribute(named: "viewBox", value: "0 0 \(ChartScale.coordinate(width)) \(height)"),
            .attribute(named: "width", value: ChartScale.coordinate(width)), .attribute(named: "height", value: height),
            .attribute(named: "font-family", value: font), .attribute(named: "role", value: "img"),
            .attribute(named: "class", value: "series-chart"),
        ]
        // The background is as tall as the chart.
        nodes[2] = rect(x: 0, y: 0, width: width, height: y + 4, fill: "#ffffff", extra: [("class", "background")])
        return .element(named: "svg", nodes: attributes + nodes)
    }

    static func kindLabel(_ kind: MarkerKind, words: ReportText) -> String {
        switch kind {
        case .measured: words.value.lowercased()
        case .preliminary: words.preliminary
        case .partYear: words.partYear
        case .statement: words.said
        }
    }

    /// Runs of consecutive years: a missing year breaks the line.
    static func segments(_ points: [ChartSeries.Point]) -> [[ChartSeries.Point]] {
        var result: [[ChartSeries.Point]] = []
        for point in points.sorted(by: { $0.year < $1.year }) {
            if let last = result.last?.last, point.year - last.year == 1 {
                result[result.count - 1].append(point)
            } else {
                result.append([point])
            }
        }
        return result
    }

    /// A marker centred on (x, y): a filled circle for a measurement, a hollow square
    /// for a preliminary figure, a hollow circle for part of the year, a triangle for a statement.
    static func marker<Context>(_ kind: MarkerKind, x: Double, y: Double, color: String, data: [(String, String)], title: String?) -> Node<Context> {
        var nodes: [Node<Context>] = [.attribute(named: "class", value: "marker " + kind.rawValue)]
        for (name, value) in data { nodes.append(.attribute(named: name, value: value)) }
        let c = ChartScale.coordinate
        switch kind {
        case .measured:
            nodes += [.attribute(named: "cx", value: c(x)), .attribute(named: "cy", value: c(y)), .attribute(named: "r", value: "3"),
                      .attribute(named: "fill", value: color)]
        case .partYear:
            nodes += [.attribute(named: "cx", value: c(x)), .attribute(named: "cy", value: c(y)), .attribute(named: "r", value: "4"),
                      .attribute(named: "fill", value: "#ffffff"), .attribute(named: "stroke", value: color),
                      .attribute(named: "stroke-width", value: "1.5")]
        case .preliminary:
            nodes += [.attribute(named: "x", value: c(x - 4)), .attribute(named: "y", value: c(y - 4)), .attribute(named: "width", value: "8"),
                      .attribute(named: "height", value: "8"), .attribute(named: "fill", value: "#ffffff"),
                      .attribute(named: "stroke", value: color), .attribute(named: "stroke-width", value: "1.5")]
        case .statement:
            nodes += [.attribute(named: "points", value: "\(c(x)),\(c(y - 5)) \(c(x + 5)),\(c(y + 5)) \(c(x - 5)),\(c(y + 5))"),
                      .attribute(named: "fill", value: color), .attribute(named: "stroke", value: "#000000"),
                      .attribute(named: "stroke-width", value: "0.8")]
        }
        if let title { nodes.append(.element(named: "title", nodes: [.text(MarkupText.text(title))])) }
        let name = switch kind {
        case .measured, .partYear: "circle"
        case .preliminary: "rect"
        case .statement: "polygon"
        }
        return .element(named: name, nodes: nodes)
    }

    static func text<Context>(_ value: String, x: Double, y: Double, size: Double, weight: String? = nil, cls: String,
                              fill: String? = nil) -> Node<Context> {
        .element(named: "text", nodes: [
            .attribute(named: "x", value: ChartScale.coordinate(x)), .attribute(named: "y", value: ChartScale.coordinate(y)),
            .attribute(named: "font-size", value: ChartScale.coordinate(size)), .attribute(named: "font-weight", value: weight),
            .attribute(named: "fill", value: fill), .attribute(named: "class", value: cls),
            .text(MarkupText.text(value)),
        ])
    }

    static func line<Context>(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, cls: String, width: Double = 1,
                              dash: String? = nil) -> Node<Context> {
        let c = ChartScale.coordinate
        return .selfClosedElement(named: "line", attributes: [
            Attribute<Context>.attribute(named: "x1", value: c(x1)), .attribute(named: "y1", value: c(y1)),
            .attribute(named: "x2", value: c(x2)), .attribute(named: "y2", value: c(y2)),
            .attribute(named: "stroke", value: stroke), .attribute(named: "stroke-width", value: c(width)),
            .attribute(named: "stroke-dasharray", value: dash), .attribute(named: "class", value: cls),
        ])
    }

    static func rect<Context>(x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)]) -> Node<Context> {
        let c = ChartScale.coordinate
        return .selfClosedElement(named: "rect", attributes: [
            Attribute<Context>.attribute(named: "x", value: c(x)), .attribute(named: "y", value: c(y)),
            .attribute(named: "width", value: c(width)), .attribute(named: "height", value: c(height)),
            .attribute(named: "fill", value: fill),
        ] + extra.map { Attribute<Context>.attribute(named: $0.0, value: $0.1) })
    }

    /// Words wrapped to `width` characters; a word longer than a line (an address) is cut into pieces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in TextSafety.visible(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
