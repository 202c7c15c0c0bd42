/// How many terminal columns text takes: what aligns labels, not the count
/// of characters. Measured by grapheme cluster (Swift's `Character`), the
/// unit a terminal draws and the grid places: an emoji ZWJ sequence, a letter
/// with its marks or a flag is one cluster, never split. Widths come from
/// `DisplayWidthTable` (East Asian Width W and F two columns; marks and
/// format characters none), generated from the Unicode data by
/// docs/tools/generate-display-width.py, and from Swift's own Unicode
/// properties for emoji newer than the table. Kazakh and Russian letters take one.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Printable ASCII, most text: one column a byte.
        var ascii = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return text.reduce(0) { $0 + of($1) } }
            ascii += 1
        }
        return ascii
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        var width = of(first)
        var count = 0
        for scalar in scalars {
            count += 1
            switch scalar.value {
            // An emoji presentation selector makes a narrow emoji (❤ U+2764) take two columns.
            case 0xFE0F where width == 1 && first.properties.isEmoji: width = 2
            // A pair of regional indicators is a flag: two columns.
            case 0x1F1E6...0x1F1FF where count == 2 && (0x1F1E6...0x1F1FF).contains(first.value): width = 2
            default: if count > 1 { width = max(width, of(scalar)) }
            }
        }
        return width
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if contains(DisplayWidthTable.zero, value) || value == 0x200B { return 0 }
        if contains(DisplayWidthTable.wide, value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Whether `value` is in the sorted, disjoint `ranges` (a binary search).
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < ranges.count && ranges[low].contains(value)
    }

    /// `text` cut to at most `width` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
