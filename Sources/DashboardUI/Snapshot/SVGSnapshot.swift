import Indicators
import Widgets
import Plot

/// A grid as an SVG picture of the terminal: the same cells as the text
/// snapshot, in the colours the terminal draws them (the role table of
/// `ColorRole.terminalColor`, which the ncurses backend and the coloured text
/// snapshot read), for a report or a slide.
///
/// - Every cell is 10 × 20 units, and every character is placed at its cell
///   (a list of x positions per run), so the grid holds in any font; a wide
///   character takes two cells, its continuation cell none.
/// - The text stays text: one `<text>` element per row whose characters are
///   the row of the text snapshot (selectable, searchable).
/// - Block elements (▁▂▃▄▅▆▇█, ▏▎▍▌▋▊▉, halves, quadrants, shades), the frames'
///   light box-drawing lines (─│┌┐└┘├┤┬┴┼┄┊) and braille dots are drawn as
///   rectangles and circles, so bars, frames and the trend line look right
///   whatever the font (a fallback face's line glyph may sit off its cell or
///   vanish); their characters stay in the row's text, unpainted.
/// - Built with Plot: data text is escaped by the library, after
///   `TextSafety.markup` (Plot keeps what reads as an entity, so `&` goes in as
///   `&amp;`), and attributes only ever hold numbers and colours made here.
public enum SVGSnapshot {
    public static let cellWidth = 10
    public static let cellHeight = 20
    /// Monospace faces with Cyrillic (Kazakh's ә ғ қ ң ө ұ ү һ і included) and box drawing; then faces a
    /// browser can take single characters from (the placeholders ␛ ␇, CJK), each placed at its cell anyway;
    /// then the generic one.
    public static let fontFamily = "'DejaVu Sans Mono', 'Noto Sans Mono', 'Liberation Mono', 'Cascadia Mono', Consolas, Menlo, "
        + "'DejaVu Sans', 'Noto Sans Symbols 2', 'Noto Sans CJK SC', monospace"
    /// A monospace face's advance is about 0.6 em: 16.6 px fills a 10-unit cell.
    static let fontSize = "16.6"
    static let background = RGB(0x1C, 0x1C, 0x1C)
    static let foreground = RGB(0xD0, 0xD0, 0xD0)

    /// `palette` nil: without colour (`--color never`), only bold, dim, underline and reverse.
    public static func render(_ grid: Grid, palette: Palette? = .okabeIto) -> String {
        let width = grid.size.width * cellWidth
        let height = grid.size.height * cellHeight
        var backgrounds: [Box] = []
        var shapes: [Box] = []
        var dots: [(x: Double, y: Double, color: RGB)] = []
        var rows: [Node<XML.DocumentContext>] = []
        for y in 0..<grid.size.height {
            var runs: [Run] = []
            let last = lastColumn(grid, row: y)
            for x in 0..<grid.size.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                let colors = self.colors(cell.style, palette: palette)
                let cellWidth = Int(cell.width) * self.cellWidth
                if cell.style.reverse {
                    backgrounds.append(Box(x: Double(x * self.cellWidth), y: Double(y * cellHeight), width: Double(cellWidth),
                                           height: Double(cellHeight), color: colors.background))
                }
                guard x <= last else { continue }
                let origin = (x: Double(x * self.cellWidth), y: Double(y * cellHeight))
                var drawn = false
                // Shapes have no fill-opacity of their own: a dim one is mixed with the background.
                let ink = cell.style.dim ? colors.text.mixed(with: colors.background, share: 0.6) : colors.text
                if let boxes = BlockGlyph.boxes(cell.character) {
                    shapes += boxes.map {
                        Box(x: origin.x + $0.x * Double(self.cellWidth), y: origin.y + $0.y * Double(cellHeight),
                            width: $0.width * Double(self.cellWidth), height: $0.height * Double(cellHeight),
                            color: ink.mixed(with: colors.background, share: $0.shade))
                    }
                    drawn = true
                } else if let points = BlockGlyph.braille(cell.character) {
                    dots += points.map { (origin.x + $0.x * Double(self.cellWidth), origin.y + $0.y * Double(cellHeight), ink) }
                    drawn = true
                }
                let look = Look(style: cell.style, color: colors.text, hidden: drawn)
                if let index = runs.indices.last, runs[index].look == look {
                    runs[index].characters.append(cell.character)
                    runs[index].columns.append(x)
                } else {
                    runs.append(Run(look: look, characters: [cell.character], columns: [x]))
                }
            }
            guard !runs.isEmpty else { continue }
            rows.append(.element(named: "text", nodes: [
                .attribute(named: "y", value: String(y * cellHeight + 15)),
                // Spaces are characters of the grid: kept, never collapsed (the x positions count them).
                .attribute(named: "style", value: "white-space: pre"),
            ] + runs.map { $0.node(cellWidth: cellWidth) }))
        }
        var nodes: [Node<XML.DocumentContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "width", value: String(width)),
            .attribute(named: "height", value: String(height)),
            .attribute(named: "viewBox", value: "0 0 \(width) \(height)"),
            .attribute(named: "font-family", value: fontFamily),
            .attribute(named: "font-size", value: fontSize),
            .text("\n"),
            .selfClosedElement(named: "rect", attributes: [
                .attribute(named: "width", value: "100%"), .attribute(named: "height", value: "100%"),
                .attribute(named: "fill", value: background.hex),
            ]),
            .text("\n"),
        ]
        for (name, boxes) in [("backgrounds", backgrounds), ("blocks", shapes)] where !boxes.isEmpty {
            nodes.append(.element(named: "g", nodes: [
                .attribute(named: "class", value: name),
                .attribute(named: "shape-rendering", value: "crispEdges"),
            ] + Box.merged(boxes).flatMap { [.text("\n"), $0.node] }))
            nodes.append(.text("\n"))
        }
        if !dots.isEmpty {
            nodes.append(.element(named: "g", nodes: [.attribute(named: "class", value: "dots")] + dots.flatMap { dot -> [Node<XML.DocumentContext>] in
                [.text("\n"), .selfClosedElement(named: "circle", attributes: [
                    .attribute(named: "cx", value: number(dot.x)), .attribute(named: "cy", value: number(dot.y)),
                    .attribute(named: "r", value: "1.6"), .attribute(named: "fill", value: dot.color.hex),
                ])]
            }))
            nodes.append(.text("\n"))
        }
        for row in rows {
            nodes.append(row)
            nodes.append(.text("\n"))
        }
        return XML(.element(named: "svg", nodes: nodes)).render() + "\n"
    }

    /// The last column of a row with something to show as text (trailing spaces are trimmed, as in the text snapshot).
    static func lastColumn(_ grid: Grid, row y: Int) -> Int {
        var last = -1
        for x in 0..<grid.size.width where !grid[x, y].isContinuation && grid[x, y].character != " " { last = x }
        return last
    }

    static func colors(_ style: Style, palette: Palette?) -> (text: RGB, background: RGB) {
        let color = palette.flatMap { palette in
            style.role.terminalColor(palette: palette, colors: palette == .classic ? 8 : 256).map(RGB.xterm)
        } ?? foreground
        return style.reverse ? (background, color) : (color, background)
    }

    /// How a run of characters is drawn.
    struct Look: Equatable {
        var style: Style
        var color: RGB
        /// Drawn as shapes: the characters stay in the text, unpainted.
        var hidden: Bool
    }

    struct Run {
        var look: Look
        var characters: [Character]
        var columns: [Int]

        func node(cellWidth: Int) -> Node<XML.DocumentContext> {
            var attributes: [Node<XML.DocumentContext>] = [
                .attribute(named: "x", value: columns.map { String($0 * cellWidth) }.joined(separator: " ")),
            ]
            if look.hidden {
                attributes.append(.attribute(named: "fill-opacity", value: "0"))
            } else {
                attributes.append(.attribute(named: "fill", value: look.color.hex))
                if look.style.dim { attributes.append(.attribute(named: "fill-opacity", value: "0.6")) }
            }
            if look.style.bold { attributes.append(.attribute(named: "font-weight", value: "bold")) }
            if look.style.underline { attributes.append(.attribute(named: "text-decoration", value: "underline")) }
            return .element(named: "tspan", nodes: attributes + [.text(TextSafety.markup(String(characters)))])
        }
    }

    struct Box: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var color: RGB

        var node: Node<XML.DocumentContext> {
            .selfClosedElement(named: "rect", attributes: [
                .attribute(named: "x", value: SVGSnapshot.number(x)), .attribute(named: "y", value: SVGSnapshot.number(y)),
                .attribute(named: "width", value: SVGSnapshot.number(width)),
                .attribute(named: "height", value: SVGSnapshot.number(height)),
                .attribute(named: "fill", value: color.hex),
            ])
        }

        /// Boxes side by side with the same top, height and colour as one (a bar is one rectangle, without seams).
        static func merged(_ boxes: [Box]) -> [Box] {
            var result: [Box] = []
            for box in boxes {
                if let last = result.last, last.y == box.y, last.height == box.height, last.color == box.color,
                   abs(last.x + last.width - box.x) < 0.001 {
                    result[result.count - 1].width += box.width
                } else {
                    result.append(box)
                }
            }
            return result
        }
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// A colour as the SVG writes it.
struct RGB: Equatable {
    var red: Int
    var green: Int
    var blue: Int

    init(_ red: Int, _ green: Int, _ blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    var hex: String {
        "#" + [red, green, blue].map { component in
            let digits = String(component, radix: 16)
            return digits.count < 2 ? "0" + digits : digits
        }.joined()
    }

    /// `share` of this colour over `other` (a shade ░▒▓ over the background).
    func mixed(with other: RGB, share: Double) -> RGB {
        guard share < 1 else { return self }
        let mix = { (a: Int, b: Int) in Int((Double(a) * share + Double(b) * (1 - share)).rounded()) }
        return RGB(mix(red, other.red), mix(green, other.green), mix(blue, other.blue))
    }

    /// The colour xterm gives a 256-colour index: the sixteen, the 6×6×6 cube, the greys.
    static func xterm(_ index: Int) -> RGB {
        let sixteen: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch index {
        case 0..<16:
            return RGB(sixteen[index].0, sixteen[index].1, sixteen[index].2)
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return RGB(levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return RGB(grey, grey, grey)
        }
    }
}

/// The block elements and braille patterns as shapes, in fractions of a cell.
enum BlockGlyph {
    struct Part {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        /// 1 for solid; ░▒▓ are a quarter, a half and three quarters of the colour.
        var shade: Double = 1
    }

    static func boxes(_ character: Character) -> [Part]? {
        guard character.unicodeScalars.count == 1, let value = character.unicodeScalars.first?.value else { return nil }
        switch value {
        case 0x2580: return [Part(x: 0, y: 0, width: 1, height: 0.5)]                      // ▀
        case 0x2581...0x2588:                                                             // ▁ … █
            let eighths = Double(value - 0x2580) / 8
            return [Part(x: 0, y: 1 - eighths, width: 1, height: eighths)]
        case 0x2589...0x258F:                                                             // ▉ … ▏
            let eighths = Double(0x2590 - value) / 8
            return [Part(x: 0, y: 0, width: eighths, height: 1)]
        case 0x2590: return [Part(x: 0.5, y: 0, width: 0.5, height: 1)]                    // ▐
        case 0x2591...0x2593:                                                             // ░ ▒ ▓
            return [Part(x: 0, y: 0, width: 1, height: 1, shade: Double(value - 0x2590) / 4)]
        case 0x2594: return [Part(x: 0, y: 0, width: 1, height: 0.125)]                    // ▔
        case 0x2595: return [Part(x: 0.875, y: 0, width: 0.125, height: 1)]                // ▕
        case 0x2500...0x253C, 0x2504, 0x250A:
            return line(value)
        case 0x2596...0x259F:                                                             // quadrants ▖ … ▟
            // Bits: upper left, upper right, lower left, lower right.
            let masks: [UInt8] = [0b0010, 0b0001, 0b1000, 0b1011, 0b1001, 0b1110, 0b1101, 0b0100, 0b0110, 0b0111]
            let mask = masks[Int(value - 0x2596)]
            let quarters = [(0.0, 0.0, UInt8(0b1000)), (0.5, 0.0, 0b0100), (0.0, 0.5, 0b0010), (0.5, 0.5, 0b0001)]
            return quarters.filter { mask & $0.2 != 0 }.map { Part(x: $0.0, y: $0.1, width: 0.5, height: 0.5) }
        default: return nil
        }
    }

    /// Light lines from the cell's centre: arms left, right, up and down.
    static func line(_ value: UInt32) -> [Part]? {
        // Thickness: 1.5 units across a cell of 10 × 20.
        let across = 0.15
        let along = 0.075
        switch value {
        case 0x2504:  // ┄ three dashes
            return [0.05, 0.38, 0.71].map { Part(x: $0, y: 0.5 - along / 2, width: 0.24, height: along) }
        case 0x250A:  // ┊ four dots
            return [0.06, 0.31, 0.56, 0.81].map { Part(x: 0.5 - across / 2, y: $0, width: across, height: 0.13) }
        default:
            break
        }
        // (left, right, up, down)
        let arms: [UInt32: (Bool, Bool, Bool, Bool)] = [
            0x2500: (true, true, false, false), 0x2502: (false, false, true, true),
            0x250C: (false, true, false, true), 0x2510: (true, false, false, true),
            0x2514: (false, true, true, false), 0x2518: (true, false, true, false),
            0x251C: (false, true, true, true), 0x2524: (true, false, true, true),
            0x252C: (true, true, false, true), 0x2534: (true, true, true, false),
            0x253C: (true, true, true, true),
        ]
        guard let (left, right, up, down) = arms[value] else { return nil }
        var parts: [Part] = []
        if left || right {
            let start = left ? 0 : 0.5 - across / 2
            let end = right ? 1 : 0.5 + across / 2
            parts.append(Part(x: start, y: 0.5 - along / 2, width: end - start, height: along))
        }
        if up || down {
            let start = up ? 0 : 0.5 - along / 2
            let end = down ? 1 : 0.5 + along / 2
            parts.append(Part(x: 0.5 - across / 2, y: start, width: across, height: end - start))
        }
        return parts
    }

    /// A braille pattern's raised dots as centres in fractions of a cell (two columns of four).
    static func braille(_ character: Character) -> [(x: Double, y: Double)]? {
        guard character.unicodeScalars.count == 1, let value = character.unicodeScalars.first?.value,
              (0x2801...0x28FF).contains(value) else { return nil }
        let bits = value - 0x2800
        // Dots 1–8: (column, row) of each bit.
        let places: [(Double, Double)] = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]
        return places.enumerated().filter { bits & (1 << $0.offset) != 0 }.map { (x: 0.25 + 0.5 * $0.element.0, y: 0.125 + 0.25 * $0.element.1) }
    }
}
