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
            if wordWidth > width {
                // A word wider than a line is cut into lines in one walk over it: linear in its
                // length, where cutting a head off and measuring the rest again was quadratic.
                var head = ""
                var headWidth = 0
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if headWidth + characterWidth > width && !head.isEmpty {
                        lines.append(head)
                        head = ""
                        headWidth = 0
                    }
                    head.append(character)
                    headWidth += characterWidth
                }
                word = head
                wordWidth = headWidth
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
