import Indicators

/// What a cell's colour means; the backend maps roles to terminal colours,
/// and without colour (NO_COLOR, a monochrome terminal) only the attributes remain.
public enum ColorRole: UInt8, Sendable, CaseIterable {
    case normal
    case title
    case accent
    case muted
    case bar
    case barBase
    case better
    case worse
    case projection
    case warning
    case selection
    /// The second, third and fourth city's series when cities are overlaid
    /// (the first is `bar`); a digit beside each bar tells them apart without colour.
    case series2
    case series3
    case series4

    /// The colour of city `index`'s series in an overlay.
    public static func series(_ index: Int) -> ColorRole {
        [.bar, .series2, .series3, .series4][index % 4]
    }
}

public struct Style: Sendable, Equatable, Hashable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var role: ColorRole = .normal

    public init(bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, role: ColorRole = .normal) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.role = role
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true, role: .muted)
    public static let selected = Style(bold: true, reverse: true, role: .selection)

    public func with(role: ColorRole) -> Style {
        var copy = self
        copy.role = role
        return copy
    }
}

/// Which colours the roles are drawn in. Good and bad news are also told
/// without colour (▲ ▼), so a palette only adds to what the text says.
public enum Palette: String, CaseIterable, Sendable {
    /// Okabe and Ito's colour-blind-safe colours: better in blue, worse in
    /// orange (red on an eight-colour terminal), the series in sky blue,
    /// orange, bluish green and reddish purple. The default.
    case okabeIto = "okabe-ito"
    /// The terminal's eight colours: better in green, worse in red.
    case classic
}

extension ColorRole {
    /// The ANSI colour (0–7: black, red, green, yellow, blue, magenta, cyan,
    /// white) a role is drawn in with the classic palette, or nil for the
    /// terminal's default.
    public var terminalColor: Int? { terminalColor(palette: .classic, colors: 8) }

    /// The colour a role is drawn in with `palette` on a terminal of
    /// `colors` colours (8 or 256), or nil for the terminal's default. The
    /// ncurses backend and the coloured text snapshot both read this table.
    public func terminalColor(palette: Palette, colors: Int) -> Int? {
        switch palette {
        case .classic:
            switch self {
            case .accent, .warning, .series3: return 3
            case .bar: return 6
            case .series2: return 4
            case .series4: return 5
            case .better: return 2
            case .worse: return 1
            case .projection: return 5
            case .normal, .title, .muted, .barBase, .selection: return nil
            }
        case .okabeIto:
            let wide = colors >= 256
            switch self {
            case .better: return wide ? 32 : 4          // blue #0072B2
            case .worse: return wide ? 208 : 1          // orange #E69F00 (red on eight colours)
            case .bar: return wide ? 74 : 6             // sky blue #56B4E9
            case .series2: return wide ? 214 : 3        // orange
            case .series3: return wide ? 36 : 2         // bluish green #009E73
            case .series4: return wide ? 175 : 5        // reddish purple #CC79A7
            case .accent, .warning: return wide ? 220 : 3  // yellow #F0E442
            case .projection: return wide ? 175 : 5
            case .normal, .title, .muted, .barBase, .selection: return nil
            }
        }
    }
}
