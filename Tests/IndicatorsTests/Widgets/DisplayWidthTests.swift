import Testing
@testable import Indicators
@testable import Widgets

/// Issue 18, class 7: widths as a terminal draws them, from the generated
/// Unicode table (docs/tools/generate-display-width.py), and grapheme
/// clusters never split.
@Suite struct DisplayWidthTests {
    struct Representative: Sendable, CustomStringConvertible {
        var kind: String
        var text: Character
        var width: Int
        var description: String { kind }
    }

    /// One of every class: East Asian Wide and Fullwidth, Tangut, vertical forms,
    /// emoji (presentation, selector, ZWJ sequence, flag, keycap), marks,
    /// Hangul jamo, narrow letters, zero-width and control characters.
    static let representatives: [Representative] = [
        Representative(kind: "W ideograph", text: "城", width: 2),
        Representative(kind: "W Hangul syllable", text: "한", width: 2),
        Representative(kind: "W Tangut", text: "\u{17000}", width: 2),
        Representative(kind: "W vertical form U+FE10", text: "\u{FE10}", width: 2),
        Representative(kind: "W CJK extension B (plane 2)", text: "\u{20000}", width: 2),
        Representative(kind: "F fullwidth letter", text: "Ａ", width: 2),
        Representative(kind: "F ideographic space", text: "\u{3000}", width: 2),
        Representative(kind: "emoji presentation", text: "😀", width: 2),
        Representative(kind: "text emoji with U+FE0F", text: "\u{2764}\u{FE0F}", width: 2),
        Representative(kind: "text emoji alone", text: "\u{2764}", width: 1),
        Representative(kind: "ZWJ sequence", text: "👨‍👩‍👧", width: 2),
        Representative(kind: "ZWJ sequence from a text emoji", text: "🏳️‍🌈", width: 2),
        Representative(kind: "flag", text: "🇰🇿", width: 2),
        Representative(kind: "keycap", text: "1\u{FE0F}\u{20E3}", width: 2),
        Representative(kind: "skin tone", text: "👍🏽", width: 2),
        Representative(kind: "combining mark", text: "e\u{301}", width: 1),
        Representative(kind: "enclosing mark", text: "a\u{20DD}", width: 1),
        Representative(kind: "Hangul jamo L+V+T", text: "\u{1100}\u{1161}\u{11A8}", width: 2),
        Representative(kind: "Kazakh letter", text: "ә", width: 1),
        Representative(kind: "ambiguous (Cyrillic)", text: "Ж", width: 1),
        Representative(kind: "soft hyphen", text: "\u{AD}", width: 1),
        Representative(kind: "zero-width space", text: "\u{200B}", width: 0),
        Representative(kind: "control (ESC), shown as ␛", text: "\u{1B}", width: 0),
    ]

    @Test(arguments: representatives)
    func eachClassIsMeasuredAndDrawnWhole(_ sample: Representative) {
        #expect(DisplayWidth.of(sample.text) == sample.width)
        #expect(DisplayWidth.of(String(sample.text)) == sample.width)
        var grid = Grid(size: Size(width: 8, height: 1))
        let end = grid.put("[" + String(sample.text) + "]", x: 0, y: 0)
        let control = sample.text.unicodeScalars.allSatisfy { TextSafety.isUnsafe($0) }
        let drawn = control ? 1 : sample.width  // a control is drawn as its visible stand-in
        #expect(end == 2 + drawn)
        #expect(grid[drawn + 1, 0].character == "]")
        if drawn > 0 {
            // The cluster sits whole in one cell, a wide one followed by its continuation.
            #expect(grid[1, 0].character == (control ? "␛" : sample.text))
            #expect(Int(grid[1, 0].width) == drawn)
            if drawn == 2 { #expect(grid[2, 0].isContinuation) }
        }
    }

    @Test func aStringIsMeasuredByClustersAsTheGridPlacesThem() {
        let text = "Алматы 城市 👨‍👩‍👧 🇰🇿 e\u{301}"
        var grid = Grid(size: Size(width: 40, height: 1))
        #expect(grid.put(text, x: 0, y: 0) == DisplayWidth.of(text))
        #expect(DisplayWidth.of(text) == 6 + 1 + 4 + 1 + 2 + 1 + 2 + 1 + 1)
    }

    @Test func cuttingNeverSplitsACluster() {
        let family = "👨‍👩‍👧"
        #expect(DisplayWidth.truncate(family + family, to: 3) == family + "…")
        #expect(DisplayWidth.truncate("🇰🇿🇰🇿", to: 3) == "🇰🇿…")
        #expect(DisplayWidth.pad("\u{17000}\u{17001}x", to: 4) == "\u{17000}… ")
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.put(family + family, x: 0, y: 0)
        #expect(grid.lines == [family])  // the second does not fit, and is not cut into its parts
    }

    @Test func theGeneratedTableIsSortedDisjointAndNamesItsVersion() {
        #expect(DisplayWidthTable.unicodeVersion == "14.0.0")
        for table in [DisplayWidthTable.wide, DisplayWidthTable.zero] {
            #expect(!table.isEmpty)
            #expect(zip(table, table.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
        }
        // Every range's ends answer as the table says (the binary search finds them); a mark
        // that is also East Asian Wide (U+3099) combines, so takes none.
        for range in DisplayWidthTable.wide {
            for value in [range.lowerBound, range.upperBound] {
                let expected = DisplayWidth.contains(DisplayWidthTable.zero, value) ? 0 : 2
                if let scalar = Unicode.Scalar(value) { #expect(DisplayWidth.of(scalar) == expected, "U+\(String(value, radix: 16))") }
            }
        }
        for range in DisplayWidthTable.zero where range.lowerBound > 0x300 {
            if let scalar = Unicode.Scalar(range.lowerBound) { #expect(DisplayWidth.of(scalar) == 0, "U+\(String(range.lowerBound, radix: 16))") }
        }
    }
}
