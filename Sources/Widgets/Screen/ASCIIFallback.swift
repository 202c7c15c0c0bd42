import Indicators

/// For a terminal that cannot show UTF-8 (no UTF-8 locale at all): the grid
/// in ASCII, with `#` bars and `+-|` frames. Letters outside ASCII become
/// `?` placeholders rather than a transliteration that could mislead.
public enum ASCIIFallback {
    public static func convert(_ grid: Grid) -> Grid {
        var result = Grid(size: grid.size)
        for y in 0..<grid.size.height {
            for x in 0..<grid.size.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    result.put("?", x: x, y: y, style: cell.style)  // the second column of a wide character
                    continue
                }
                result.put(String(ascii(cell.character)), x: x, y: y, style: cell.style)
            }
        }
        return result
    }

    public static func ascii(_ character: Character) -> Character {
        if character.isASCII { return character }
        switch character {
        case "─", "━": return "-"
        case "│", "┃": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
        case "█", "▉", "▊", "▋", "▌", "▍", "▎", "▏": return "#"
        case "…": return "."
        case "≈": return "~"
        case "≠": return "!"
        case "▸", "→", "›": return ">"
        case "‹", "←": return "<"
        case "▲", "↑": return "^"
        case "▼", "↓": return "v"
        case "·", "•": return "."
        case "–", "—": return "-"
        case "«", "»", "“", "”": return "\""
        case "’", "‘": return "'"
        case "×": return "x"
        case "⏎": return "<"
        default: return "?"
        }
    }
}
