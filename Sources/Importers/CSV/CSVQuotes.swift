import Indicators

/// The quotes of a CSV file, checked before it is read. CSV.swift reads a
/// quote that is never closed as one field running to the end of the file
/// (the next rows vanish into a source's title), and drops the character
/// after a closing quote that is followed by neither a separator nor a line
/// end (`"abc"x`), both without a word. This pass follows the same rules over
/// the bytes (the separator, quotes and line ends are ASCII, never part of a
/// UTF-8 character) and says where.
struct CSVQuotes {
    /// Where a problem is: 1-based line and column (in characters).
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    /// A quote opened and never closed: the file ends inside it.
    private(set) var unclosed: Place?
    /// The first closing quote followed by text, which CSV.swift would drop.
    private(set) var textAfterQuote: [Place] = []
    /// Quoted fields that run over lines: where each opened, and the line it closed on.
    private(set) var multiline: [(opened: Place, closedOn: Int)] = []

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private var state = State.fieldStart
    private var line = 1
    private var column = 0
    /// The last line that holds anything but its line break.
    private var lastLine = 1
    private var opened = Place(line: 1, column: 1)
    private let separator: UInt8

    init(separator: Unicode.Scalar) {
        self.separator = UInt8(truncatingIfNeeded: separator.value)
    }

    /// The whole file's quotes.
    static func check(path: String, separator: Unicode.Scalar) throws(ImportError) -> CSVQuotes {
        var quotes = CSVQuotes(separator: separator)
        try TextEncoding.forEachChunk(of: path) { (chunk: ArraySlice<UInt8>) throws(ImportError) in
            for byte in chunk { quotes.feed(byte) }
            return true
        }
        quotes.finish()
        return quotes
    }

    mutating func feed(_ byte: UInt8) {
        if byte & 0xC0 != 0x80 { column += 1 }  // a character starts (not a UTF-8 continuation byte)
        let quote = UInt8(ascii: "\"")
        let lineEnd = byte == 0x0A || byte == 0x0D
        switch state {
        case .fieldStart:
            if byte == quote {
                state = .quoted
                opened = Place(line: line, column: column)
            } else if byte != separator && !lineEnd {
                state = .unquoted
            }
        case .unquoted:
            if byte == separator || lineEnd { state = .fieldStart }
        case .quoted:
            if byte == quote { state = .quoteInQuoted }
        case .quoteInQuoted:
            if byte == quote {
                state = .quoted  // "" is a quote inside the field
            } else if byte == separator || lineEnd {
                close()
                state = .fieldStart
            } else {
                // CSV.swift keeps the quote, drops this character and reads on inside the field.
                // Only the first: from here on the reader is out of step with the writer's quotes.
                if textAfterQuote.isEmpty { textAfterQuote.append(Place(line: line, column: column)) }
                state = .quoted
            }
        }
        if byte == 0x0A {
            line += 1
            column = 0
        } else {
            lastLine = line
        }
    }

    private mutating func close() {
        if line > opened.line { multiline.append((opened, line)) }
    }

    mutating func finish() {
        switch state {
        case .quoted: unclosed = opened
        case .quoteInQuoted: close()
        case .fieldStart, .unquoted: break
        }
    }

    /// The problems, one line each, `path:line:column: …`.
    func problems(path: String) -> [String] {
        var lines = textAfterQuote.map {
            "\(path):\($0.line):\($0.column): text right after a closing quote; a quote inside a quoted field is written twice (\"\")"
        }
        // After text behind a closing quote the reader is inside a field again: an unclosed quote then follows from it.
        if let unclosed, textAfterQuote.isEmpty {
            lines.append("\(path):\(unclosed.line):\(unclosed.column): this quote is never closed, so lines \(unclosed.line)–\(lastLine) "
                         + "would be read as one field; close it or remove it")
        }
        return lines
    }
}
