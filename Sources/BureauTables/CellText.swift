import Foundation

/// A text with the footnote marks that were glued to it, e.g. `Туркестанская2)` →
/// (`Туркестанская`, [`2`]), `2023г.3)4)` → (`2023г.`, [`3`, `4`]).
public struct MarkedText: Hashable, Sendable {
    public let text: String
    /// Footnote marks in reading order: `1`, `12`, `*`, `**`.
    public let marks: [String]

    public init(text: String, marks: [String]) {
        self.text = text
        self.marks = marks
    }
}

/// What a value cell says.
public enum CellReading: Equatable, Sendable {
    case number(Double, marks: [String])
    /// `…`, `...`, `-`, `–`, `x`, empty: the bureau's signs for "no data", "nothing" and
    /// "confidential"; none of them is a value.
    case noData(marks: [String])
    /// A formula saved without its computed value.
    case uncachedFormula(String)
    /// Anything else (`n/a`, `в 9,3 р.`): a reader reports it with the cell's address.
    case notANumber(String)
}

/// The rules for the text the statisticians type into cells, in one place.
///
/// - Numbers stored as text: spaces, no-break spaces (U+00A0, U+202F) and thin spaces group
///   thousands; a comma is the decimal separator (`'13 459,8'` = 13459.8).
/// - A footnote mark is `N)` (or `*`, `**`, `*)`) at the end of a text. After a digit, as in
///   `4860,23)` or `20232)`, it is ONE digit (4860.2 with note 3; 2023 with note 2), because the
///   bureau numbers its notes 1-9 on most sheets; a two-digit mark (`54 51310)` = 54513 with
///   note 10) is taken only when the sheet has a note with that number and the rest still reads
///   as a number. Several marks peel off one at a time (`2023г.3)4)`).
/// - In names and headers a mark may also stand after a space (`Shimkent city 3)`), bare
///   (`Туркестанская 1`), or inside the text right after a word
///   (`…безработных4), тыс. человек`); a number in parentheses such as `(2010)` is not a mark.
/// - `…`, `...`, `-`, `–`, `—`, `x`/`х`, and empty mean no data.
public enum CellText {
    public static let groupSeparators: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'"]
    static let noDataTexts: Set<String> = ["", "…", "...", "..", "-", "–", "—", "x", "х", "X", "Х"]

    /// `[+-]digits[.digits][e[+-]digits]` (or `.5`), and nothing else: what
    /// `Double(text)` should be given. Alone it also takes hexadecimal
    /// (`0x10` is 16), `inf`, `nan`, and stops at a NUL (`20\0abc` is 20).
    public static func isDecimal(_ text: some StringProtocol) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// Trims spaces of every kind, including no-break spaces and line breaks.
    public static func trim(_ text: some StringProtocol) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}\u{2009}")))
    }

    /// Collapses runs of spaces and line breaks into one space.
    public static func collapseSpaces(_ text: String) -> String {
        trim(text).split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{202F}" })
            .joined(separator: " ")
    }

    // MARK: Numbers

    /// Reads a value cell. `knownMarks` are the footnote numbers that exist for this sheet; they
    /// only decide between a one- and a two-digit mark glued to a number.
    public static func reading(_ value: CellValue?, knownMarks: Set<String> = []) -> CellReading {
        guard let value else { return .noData(marks: []) }
        switch value {
        case .number(let number):
            return number.isFinite ? .number(number, marks: []) : .notANumber(String(number))
        case .text(let text):
            return reading(text: text, knownMarks: knownMarks)
        case .uncachedFormula(let formula):
            return .uncachedFormula(formula)
        case .bool, .error:
            return .notANumber(value.description)
        }
    }

    public static func reading(text raw: String, knownMarks: Set<String> = []) -> CellReading {
        var text = trim(raw)
        if noDataTexts.contains(text) { return .noData(marks: []) }
        var marks: [String] = []
        while let (rest, mark) = peelNumberMark(text, knownMarks: knownMarks) {
            marks.insert(mark, at: 0)
            text = trim(rest)
        }
        if noDataTexts.contains(text) { return .noData(marks: marks) }
        guard let number = plainNumber(text) else { return .notANumber(trim(raw)) }
        return .number(number, marks: marks)
    }

    /// `13 459,8` → 13459.8; nil unless the whole text is one decimal number.
    public static func plainNumber(_ text: String) -> Double? {
        var cleaned = ""
        for character in text where !groupSeparators.contains(character) {
            switch character {
            case ",": cleaned.append(".")
            case "\u{2212}": cleaned.append("-")
            default: cleaned.append(character)
            }
        }
        guard !cleaned.isEmpty,
            cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
            let number = Double(cleaned), number.isFinite
        else { return nil }
        return number
    }

    /// Peels one trailing footnote mark off a number's text.
    static func peelNumberMark(_ text: String, knownMarks: Set<String>) -> (String, String)? {
        if let (rest, stars) = peelStars(text) { return (rest, stars) }
        guard text.hasSuffix(")") else { return nil }
        let body = text.dropLast()
        let digits = body.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty else { return nil }
        let all = String(digits.reversed())
        // A two-digit mark only when the sheet has that note and what remains is a number.
        if all.count >= 2 {
            let two = String(all.suffix(2))
            let rest = String(body.dropLast(2))
            if knownMarks.contains(two), plainNumber(trim(rest)) != nil || noDataTexts.contains(trim(rest)) {
                return (rest, String(Int(two) ?? 0))
            }
        }
        let one = String(all.suffix(1))
        return (String(body.dropLast(1)), one)
    }

    /// `**`, `*)` at the end of a text.
    static func peelStars(_ text: String) -> (String, String)? {
        var body = Substring(text)
        if body.hasSuffix("*)") { body = body.dropLast() }
        let stars = body.reversed().prefix(while: { $0 == "*" })
        guard !stars.isEmpty, stars.count <= 3 else { return nil }
        return (String(body.dropLast(stars.count)), String(stars))
    }

    // MARK: Labels (names, headers, titles)

    /// Splits a name or a header into its clean text and its footnote marks.
    public static func label(_ raw: String) -> MarkedText {
        var text = trim(raw)
        var marks: [String] = []
        while true {
            if let (rest, stars) = peelStars(text), !trim(rest).isEmpty {
                marks.insert(stars, at: 0)
                text = trim(rest)
                continue
            }
            if text.hasSuffix(")") {
                let body = text.dropLast()
                let digits = String(body.reversed().prefix(while: { $0.isASCII && $0.isNumber }).reversed())
                let before = body.dropLast(digits.count)
                // `(2010)` and `(3)` are parenthesised numbers, not marks.
                if !digits.isEmpty, before.last != "(" {
                    // Glued to a year (`19901)`): one digit, as for numbers.
                    let mark = digits.count > 2 ? String(digits.suffix(1)) : digits
                    let rest = trim(String(body.dropLast(mark.count)))
                    if !rest.isEmpty {
                        marks.insert(String(Int(mark) ?? 0), at: 0)
                        text = rest
                        continue
                    }
                }
            }
            // A bare number after a word: `Туркестанская 1`.
            let tail = text.reversed().prefix(while: { $0.isASCII && $0.isNumber })
            if (1...2).contains(tail.count) {
                let before = text.dropLast(tail.count)
                if before.last == " ", let letter = trim(before).last, letter.isLetter {
                    marks.insert(String(tail.reversed()), at: 0)
                    text = trim(String(before))
                    continue
                }
            }
            break
        }
        let (clean, inner) = innerMarks(text)
        return MarkedText(text: collapseSpaces(clean), marks: inner + marks)
    }

    /// Marks inside a text, glued right after a letter and outside parentheses:
    /// `безработных4), тыс. человек` → `безработных, тыс. человек` + [4].
    static func innerMarks(_ text: String) -> (String, [String]) {
        let characters = Array(text)
        var result = ""
        var marks: [String] = []
        var depth = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0, character.isASCII, character.isNumber, index > 0, characters[index - 1].isLetter {
                var end = index
                while end < characters.count, end - index < 2, characters[end].isASCII, characters[end].isNumber {
                    end += 1
                }
                if end < characters.count, characters[end] == ")" {
                    marks.append(String(Int(String(characters[index..<end])) ?? 0))
                    index = end + 1
                    continue
                }
            }
            result.append(character)
            index += 1
        }
        return (result, marks)
    }

    // MARK: Footnotes

    /// A footnote line at the bottom of a sheet: `1) ...`, `4)Предварительные данные`,
    /// `*) Data for ...`, `*С 1991-2006гг. ...`. Returns nil for any other text.
    public static func footnote(_ raw: String) -> (mark: String, text: String)? {
        let text = trim(raw)
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if (1...2).contains(digits.count), text.dropFirst(digits.count).first == ")" {
            let body = trim(text.dropFirst(digits.count + 1))
            guard !body.isEmpty else { return nil }
            return (String(Int(digits) ?? 0), body)
        }
        let stars = text.prefix(while: { $0 == "*" })
        if (1...3).contains(stars.count) {
            var body = text.dropFirst(stars.count)
            if body.first == ")" { body = body.dropFirst() }
            let trimmed = trim(body)
            guard let first = trimmed.first, first.isLetter else { return nil }
            return (String(stars), trimmed)
        }
        return nil
    }

    /// A note saying the figures are preliminary (English, Russian, Kazakh).
    public static func saysPreliminary(_ note: String) -> Bool {
        let lower = note.lowercased()
        return lower.contains("preliminary") || lower.contains("предварительн") || lower.contains("алдын ала")
    }

    /// The unit a note gives when it says the figures are in (Soviet/Russian) rubles rather than
    /// tenge, e.g. `1990-1992 -mln. rubles` → `mln rubles`, `В млрд. рублей.` → `bn rubles`,
    /// `В рублях.` → `rubles`; nil when the note is not about rubles.
    public static func rublesUnit(_ note: String) -> String? {
        let lower = note.lowercased()
        guard lower.contains("rubl") || lower.contains("рубл") else { return nil }
        if lower.contains("млрд") || lower.contains("bn") || lower.contains("billion") { return "bn rubles" }
        if lower.contains("млн") || lower.contains("mln") || lower.contains("million") { return "mln rubles" }
        if lower.contains("тыс") || lower.contains("thousand") { return "thousand rubles" }
        return "rubles"
    }
}
