import Indicators

/// Series of yearly values drawn as lines of braille dots (2×4 dots a cell)
/// on a time axis where years are spaced as years: two points are joined
/// only when their years follow each other, so a year without data leaves a
/// gap. The value axis is labelled with the lowest and highest value shown
/// (and 0, with a dotted zero line, when the range crosses zero); the time
/// axis with the first and the last year and some between; the selected year
/// is marked by a dotted column, its label and its point. Points that are not
/// whole-year official values (part of a year, a projection, a statement)
/// are drawn apart, each kind with its own mark, and the legend says which is
/// which. Several series (cities) are several lines, each in its colour, with
/// its mark at its last point and at the selected year.
public struct LineChart: Sendable {
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// A whole-year official (or the file's own) value: part of the line.
        case official
        /// A figure for part of the year only.
        case partYear
        case projection
        /// An official's statement set against the record.
        case statement

        /// The mark a point of this kind is drawn with (official points are the line).
        public var mark: Character {
            switch self {
            case .official: "⣿"
            case .partYear: "◦"
            case .projection: "○"
            case .statement: "!"
            }
        }
    }

    public struct Point: Sendable, Equatable {
        public var year: Int
        public var value: Double
        public var kind: Kind

        public init(year: Int, value: Double, kind: Kind = .official) {
            self.year = year
            self.value = value
            self.kind = kind
        }
    }

    public struct Series: Sendable {
        public var points: [Point]
        public var style: Style
        /// Drawn at the series' last point and at the selected year when there are several series.
        public var mark: Character

        public init(points: [Point], style: Style = Style(role: .bar), mark: Character = "●") {
            self.points = points
            self.style = style
            self.mark = mark
        }
    }

    public var series: [Series]
    /// The time axis: these years, spaced as years.
    public var years: ClosedRange<Int>
    public var selectedYear: Int?
    /// A line over the plot: the selected year's value, or the series' legend.
    public var header: [(text: String, style: Style)]
    /// How a value is written on the value axis.
    public var valueLabel: @Sendable (Double) -> String
    /// What each kind drawn apart is called in the legend; a kind without a word is left out of it.
    public var kindWords: [Kind: String]

    public init(series: [Series], years: ClosedRange<Int>, selectedYear: Int? = nil, header: [(text: String, style: Style)] = [],
                valueLabel: @escaping @Sendable (Double) -> String, kindWords: [Kind: String] = [:]) {
        self.series = series
        self.years = years
        self.selectedYear = selectedYear
        self.header = header
        self.valueLabel = valueLabel
        self.kindWords = kindWords
    }

    /// Where each part goes in an area.
    public struct Geometry: Sendable, Equatable {
        public var header: Int?
        public var plot: Rect
        public var axisLine: Int?
        public var yearLine: Int?
        public var legend: Int?
        public var low: Double
        public var high: Double
    }

    /// The values' range, widened when flat so a line has somewhere to be.
    var valueRange: (low: Double, high: Double) {
        let values = series.flatMap { $0.points.map(\.value) }.filter(\.isFinite)
        guard var low = values.min(), var high = values.max() else { return (0, 1) }
        if low == high {
            let pad = max(abs(low) * 0.1, 1)
            low -= pad
            high += pad
        }
        return (low, high)
    }

    /// The kinds in the legend: whole-year values and those drawn apart, when any is drawn apart.
    var kindsApart: [Kind] {
        let present = Set(series.flatMap { $0.points.map(\.kind) })
        let apart = Kind.allCases.filter { $0 != .official && present.contains($0) && kindWords[$0] != nil }
        return apart.isEmpty || kindWords[.official] == nil ? apart : [.official] + apart
    }

    public func geometry(in area: Rect) -> Geometry {
        let (low, high) = valueRange
        var header = header.isEmpty ? 0 : 1
        var legend = kindsApart.isEmpty ? 0 : 1
        var axis = 1
        var yearLine = 1
        // The plot keeps three rows where it can: the legend goes first, then the axis line, the header, the years.
        while area.height - header - legend - axis - yearLine < 3 {
            if legend > 0 { legend = 0 } else if axis > 0 { axis = 0 } else if header > 0 { header = 0 } else if yearLine > 0 { yearLine = 0 } else { break }
        }
        let plotHeight = max(0, area.height - header - legend - axis - yearLine)
        let labelWidth = [low, high, 0].map { DisplayWidth.of(valueLabel($0)) }.max() ?? 0
        let labels = min(labelWidth, max(0, area.width / 3))
        let plotY = area.y + header
        let plot = Rect(x: area.x + labels + 1, y: plotY, width: area.width - labels - 1, height: plotHeight)
        return Geometry(
            header: header > 0 ? area.y : nil, plot: plot,
            axisLine: axis > 0 ? plot.maxY : nil, yearLine: yearLine > 0 ? plot.maxY + axis : nil,
            legend: legend > 0 ? plot.maxY + axis + yearLine : nil, low: low, high: high)
    }

    /// The column of `year` in `plot`.
    static func column(of year: Int, years: ClosedRange<Int>, plot: Rect) -> Int {
        plot.x + pixelX(of: year, years: years, width: plot.width) / 2
    }

    static func pixelX(of year: Int, years: ClosedRange<Int>, width: Int) -> Int {
        let span = years.upperBound - years.lowerBound
        guard span > 0 else { return max(0, width * 2 - 1) / 2 }
        return Int((Double(year - years.lowerBound) * Double(width * 2 - 1) / Double(span)).rounded())
    }

    static func pixelY(of value: Double, low: Double, high: Double, height: Int) -> Int {
        let dots = height * 4 - 1
        guard high > low else { return dots / 2 }
        // Halved first: the differences overflow for values near ±1.8e308.
        let share = (high / 2 - value / 2) / (high / 2 - low / 2)
        guard share.isFinite else { return dots / 2 }
        return min(dots, max(0, Int((share * Double(dots)).rounded())))
    }

    /// The year under column `x` of the area (the nearest on the time axis), or nil outside the plot.
    public func year(atColumn x: Int, in area: Rect) -> Int? {
        let plot = geometry(in: area).plot
        guard plot.width > 0, x >= plot.x - 1, x < plot.maxX else { return nil }
        return years.min { abs(Self.column(of: $0, years: years, plot: plot) - x) < abs(Self.column(of: $1, years: years, plot: plot) - x) }
    }

    public func draw(_ grid: inout Grid, in area: Rect) {
        guard area.width > 2, area.height > 0 else { return }
        let geometry = geometry(in: area)
        let plot = geometry.plot
        let (low, high) = (geometry.low, geometry.high)
        if let y = geometry.header {
            var x = area.x
            for piece in header { x = grid.put(piece.text, x: x, y: y, style: piece.style, clip: area) }
        }
        guard plot.width > 0, plot.height > 0 else { return }
        let muted = Style(dim: true, role: .muted)

        // The value axis: the highest value at the top, the lowest at the bottom, 0 where it crosses.
        let labelRoom = plot.x - 1 - area.x
        let zeroRow = low < 0 && high > 0 ? plot.y + Self.pixelY(of: 0, low: low, high: high, height: plot.height) / 4 : nil
        for y in plot.y..<plot.maxY { grid.put("│", x: plot.x - 1, y: y, style: muted) }
        var labelled: [(row: Int, value: Double)] = [(plot.y, high), (plot.maxY - 1, low)]
        if let zeroRow, zeroRow != plot.y, zeroRow != plot.maxY - 1 { labelled.append((zeroRow, 0)) }
        for (row, value) in labelled where labelRoom > 0 {
            let text = valueLabel(value)
            if DisplayWidth.of(text) <= labelRoom {
                grid.put(text, x: area.x, y: row, width: labelRoom, style: muted, alignRight: true)
            }
            grid.put("┤", x: plot.x - 1, y: row, style: muted)
        }
        if let zeroRow {
            for x in plot.x..<plot.maxX { grid.put("┄", x: x, y: zeroRow, style: muted) }
        }
        let selectedColumn = selectedYear.flatMap { years.contains($0) ? Self.column(of: $0, years: years, plot: plot) : nil }
        if let selectedColumn {
            for y in plot.y..<plot.maxY where y != zeroRow { grid.put("┊", x: selectedColumn, y: y, style: muted) }
        }

        // The lines: braille dots, cell by cell, each cell in the colour of the last series drawn in it.
        var dots: [Int: (bits: UInt8, series: Int)] = [:]
        let width = plot.width
        func plotDot(_ px: Int, _ py: Int, series: Int) {
            guard px >= 0, px < width * 2, py >= 0, py < plot.height * 4 else { return }
            let key = (py / 4) * width + px / 2
            let bit: UInt8 = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]][px % 2][py % 4]
            dots[key] = ((dots[key]?.bits ?? 0) | bit, series)
        }
        for (index, line) in series.enumerated() {
            let official = line.points.filter { $0.kind == .official && $0.value.isFinite }.sorted { $0.year < $1.year }
            var previous: (year: Int, x: Int, y: Int)?
            for point in official where years.contains(point.year) {
                let x = Self.pixelX(of: point.year, years: years, width: width)
                let y = Self.pixelY(of: point.value, low: low, high: high, height: plot.height)
                if let previous, previous.year + 1 == point.year {
                    Self.line(from: (previous.x, previous.y), to: (x, y)) { plotDot($0, $1, series: index) }
                } else {
                    plotDot(x, y, series: index)
                    // A point on its own is two dots high, so it is seen.
                    plotDot(x, y + (y + 1 < plot.height * 4 ? 1 : -1), series: index)
                }
                previous = (point.year, x, y)
            }
        }
        for (key, cell) in dots {
            let character = Character(Unicode.Scalar(0x2800 + UInt32(cell.bits)) ?? " ")
            grid.put(String(character), x: plot.x + key % width, y: plot.y + key / width, style: series[cell.series].style)
        }

        // Points drawn apart, then each series' marks, then the selected points on top.
        for line in series {
            for point in line.points where point.kind != .official && years.contains(point.year) && point.value.isFinite {
                let style = point.kind == .statement ? Style(bold: true, role: .warning) : line.style.with(role: .projection)
                put(point.kind.mark, point, plot: plot, low: low, high: high, style: style, in: &grid)
            }
        }
        for line in series {
            let official = line.points.filter { $0.kind == .official && years.contains($0.year) }
            if series.count > 1, let last = official.max(by: { $0.year < $1.year }) {
                put(line.mark, last, plot: plot, low: low, high: high, style: line.style, in: &grid)
            }
            if let selectedYear, let point = line.points.first(where: { $0.year == selectedYear && $0.kind == .official }) {
                let character = series.count > 1 ? line.mark : Character("●")
                put(character, point, plot: plot, low: low, high: high, style: Style(bold: true, role: series.count > 1 ? line.style.role : .accent), in: &grid)
            }
        }

        // The time axis: ticks under labelled years, the selected one marked.
        if let y = geometry.axisLine {
            grid.put("└", x: plot.x - 1, y: y, style: muted)
            for x in plot.x..<plot.maxX { grid.put("─", x: x, y: y, style: muted) }
        }
        if let y = geometry.yearLine {
            for (year, style) in yearLabels(plot: plot) {
                let column = Self.column(of: year, years: years, plot: plot)
                let text = String(year)
                let x = min(max(column - DisplayWidth.of(text) / 2, area.x), area.maxX - DisplayWidth.of(text))
                grid.put(text, x: x, y: y, style: style, clip: area)
                if let axis = geometry.axisLine { grid.put(year == selectedYear ? "▲" : "┴", x: column, y: axis, style: year == selectedYear ? Style(bold: true, role: .accent) : muted) }
            }
        }
        if let y = geometry.legend {
            var x = area.x
            for kind in kindsApart {
                guard let word = kindWords[kind] else { continue }
                let style = kind == .statement ? Style(bold: true, role: .warning)
                    : kind == .official ? (series.first?.style ?? .plain) : Style(role: .projection)
                x = grid.put(String(kind.mark), x: x, y: y, style: style, clip: area)
                x = grid.put(" " + word + "  ", x: x, y: y, style: muted, clip: area)
            }
        }
    }

    private func put(_ mark: Character, _ point: Point, plot: Rect, low: Double, high: Double, style: Style, in grid: inout Grid) {
        let x = Self.column(of: point.year, years: years, plot: plot)
        let y = plot.y + Self.pixelY(of: point.value, low: low, high: high, height: plot.height) / 4
        grid.put(String(mark), x: x, y: y, style: style, clip: plot)
    }

    /// The years written under the axis: the selected one, the first, the
    /// last, then round years (every 1, 2, 5, 10… years) where they fit.
    func yearLabels(plot: Rect) -> [(year: Int, style: Style)] {
        var placed: [(year: Int, from: Int, to: Int, style: Style)] = []
        func place(_ year: Int, _ style: Style) {
            guard years.contains(year), !placed.contains(where: { $0.year == year }) else { return }
            let column = Self.column(of: year, years: years, plot: plot)
            let from = column - 2
            let to = column + 2
            guard !placed.contains(where: { from <= $0.to + 1 && $0.from <= to + 1 }) else { return }
            placed.append((year, from, to, style))
        }
        let muted = Style(dim: true, role: .muted)
        if let selectedYear { place(selectedYear, Style(bold: true, role: .accent)) }
        place(years.lowerBound, muted)
        place(years.upperBound, muted)
        let span = max(1, years.upperBound - years.lowerBound)
        let step = [1, 2, 5, 10, 20, 50, 100].first { span / $0 * 6 <= plot.width } ?? 100
        var year = (years.lowerBound / step + 1) * step
        while year < years.upperBound {
            place(year, muted)
            year += step
        }
        return placed.sorted { $0.year < $1.year }.map { ($0.year, $0.style) }
    }

    /// The dots of a straight line between two dots (Bresenham).
    static func line(from start: (Int, Int), to end: (Int, Int), _ plot: (Int, Int) -> Void) {
        var (x0, y0) = start
        let (x1, y1) = end
        let dx = abs(x1 - x0)
        let dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1
        let sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        while true {
            plot(x0, y0)
            if x0 == x1 && y0 == y1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x0 += sx }
            if doubled <= dx { error += dx; y0 += sy }
        }
    }
}
