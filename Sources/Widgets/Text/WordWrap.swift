import Indicators

/// Breaks text into lines of at most `width` columns, at spaces where it
/// can and inside a word only when the word alone is wider than a line.
/// Runs of white space, line breaks included, become one space.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                var head = ""
                var headWidth = 0
                for character in word {
                    let w = DisplayWidth.of(character)
                    if headWidth + w > width { break }
                    head.append(character)
                    headWidth += w
                }
                if head.isEmpty { break }
                lines.append(head)
                word.removeFirst(head.count)
                wordWidth = DisplayWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }

    /// Like `lines`, but at most `limit` lines, the last ending in "…" when text was left out.
    public static func lines(_ text: String, width: Int, limit: Int) -> [String] {
        let all = lines(text, width: width)
        guard all.count > limit, limit > 0 else { return all }
        var kept = Array(all.prefix(limit))
        kept[limit - 1] = DisplayWidth.truncate(kept[limit - 1] + " " + all[limit], to: width)
        if !kept[limit - 1].hasSuffix("…") {
            kept[limit - 1] = DisplayWidth.truncate(kept[limit - 1], to: width - 1) + "…"
        }
        return kept
    }
}
