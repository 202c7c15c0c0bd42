import Indicators

/// A grid as text with SGR escape sequences for its styles: the coloured
/// text snapshot. A sequence is written only where the style changes, and
/// every line ends reset, so pasted lines never bleed colour.
public enum ANSIText {
    /// With the Okabe–Ito palette (the default) colours are written as
    /// 256-colour codes; without a palette (NO_COLOR) only the attributes.
    public static func render(_ grid: Grid, palette: Palette? = .okabeIto) -> String {
        var output = ""
        for y in 0..<grid.size.height {
            var line = ""
            var current = Style.plain
            var pendingSpaces = ""
            for x in 0..<grid.size.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                // Plain trailing spaces are trimmed, as in the plain snapshot.
                if cell.character == " " && !cell.style.reverse && !cell.style.underline {
                    pendingSpaces.append(" ")
                    continue
                }
                line += pendingSpaces
                pendingSpaces = ""
                if cell.style != current {
                    line += sequence(for: cell.style, palette: palette)
                    current = cell.style
                }
                line.append(cell.character)
            }
            if current != .plain { line += "\u{1B}[0m" }
            output += line + "\n"
        }
        return output
    }

    static func sequence(for style: Style, palette: Palette?) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let palette, let color = style.role.terminalColor(palette: palette, colors: palette == .classic ? 8 : 256) {
            codes.append(color < 8 ? String(30 + color) : "38;5;\(color)")
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
