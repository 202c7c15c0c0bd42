import Indicators

/// A grid as text with SGR escape sequences for its styles: the coloured
/// text snapshot. A sequence is written only where the style changes, and
/// every line ends reset, so pasted lines never bleed colour.
public enum ANSIText {
    public static func render(_ grid: Grid) -> String {
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
                    line += sequence(for: cell.style)
                    current = cell.style
                }
                line.append(cell.character)
            }
            if current != .plain { line += "\u{1B}[0m" }
            output += line + "\n"
        }
        return output
    }

    static func sequence(for style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let color = style.role.terminalColor { codes.append(String(30 + color)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
