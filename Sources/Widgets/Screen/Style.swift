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

extension ColorRole {
    /// The ANSI colour (0–7: black, red, green, yellow, blue, magenta, cyan,
    /// white) a role is drawn in, or nil for the terminal's default. The
    /// ncurses backend and the coloured text snapshot both read this table.
    public var terminalColor: Int? {
        switch self {
        case .accent, .warning, .series3: 3
        case .bar: 6
        case .series2: 4
        case .series4: 5
        case .better: 2
        case .worse: 1
        case .projection: 5
        case .normal, .title, .muted, .barBase, .selection: nil
        }
    }
}
