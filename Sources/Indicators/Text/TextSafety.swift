/// Data files come from outside: their text must never drive the terminal.
/// Control characters (C0, DEL, C1), the Unicode line and paragraph
/// separators (U+2028, U+2029: line ends to some terminals, editors and
/// JavaScript) and bidirectional overrides are shown as visible placeholders
/// instead of being sent raw.
public enum TextSafety {
    /// `text` with every character that could act on a terminal replaced by
    /// a visible stand-in: C0 controls by their Control Pictures (ESC → ␛),
    /// DEL by ␡, the line and paragraph separators by ␤, C1 controls and
    /// bidi controls by U+FFFD.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isUnsafe(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(result)
    }

    /// Text for an HTML or XML builder that escapes `<` and `>` but keeps whatever already reads
    /// as an entity reference (Plot: `&lt;` stays `&lt;`, which in data would change the text or,
    /// for `&nbsp;`, break the XML): made `visible` (XML allows no C0 controls at all), with every
    /// `&` written as `&amp;`, which such a builder leaves as it is. A quote that contains `&lt;`
    /// then reads `&lt;`, as its source wrote it. Used by the SVG snapshot and the reports.
    public static func markup(_ text: String) -> String {
        visible(text).replacingOccurrences(of: "&", with: "&amp;")
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        case 0x2028, 0x2029: "\u{2424}"
        default: "\u{FFFD}"
        }
    }
}
