import Foundation
import Indicators

/// Data text on its way into HTML or SVG: text through `TextSafety.markup` (Plot keeps what
/// reads as an entity, so every `&` goes in as `&amp;`). Plot does not escape attribute values:
/// those go through `attribute`.
enum MarkupText {
    static func text(_ value: String) -> String {
        TextSafety.markup(value)
    }

    /// A value for an attribute (Plot writes attributes as given): visible, with
    /// `&`, `<`, `>`, `"` and `'` as character references.
    static func attribute(_ value: String) -> String {
        var result = ""
        for character in TextSafety.visible(value) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A link target: only a full `https://` or `http://` address with no space, quote or
    /// control in it is a link; anything else is shown as text, never followed.
    static func link(_ url: String?) -> String? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" || $0 == "`"
            || TextSafety.isUnsafe($0) }) else { return nil }
        return attribute(url)
    }
}

/// The notes a report's figures point to: one per source and quote, numbered
/// in order of first use (each row's figure, then its other figures).
public struct Footnotes: Sendable {
    public struct Note: Sendable, Equatable {
        public var number: Int
        public var source: Source?
        public var sourceID: String
        public var quote: String
        public var released: String?
    }

    public private(set) var notes: [Note] = []
    private var numbers: [String: Int] = [:]

    public init(_ series: SeriesExport) {
        for row in series.rows {
            add(row.observation, source: row.source)
            for other in row.others { add(other.observation, source: other.source) }
        }
    }

    private mutating func add(_ observation: Observation, source: Source?) {
        let key = Self.key(observation)
        guard numbers[key] == nil else { return }
        numbers[key] = notes.count + 1
        notes.append(Note(number: notes.count + 1, source: source, sourceID: observation.source, quote: observation.quote,
                          released: observation.released))
    }

    public func number(of observation: Observation) -> Int {
        numbers[Self.key(observation)] ?? 0
    }

    private static func key(_ observation: Observation) -> String {
        observation.source + "\u{0}" + observation.quote + "\u{0}" + (observation.released ?? "")
    }
}

/// Plain decimal numbers for machine formats: no digit groups, always a decimal
/// point (so that a column of whole numbers followed by a fraction is read as one
/// type of number by pandas and polars alike), and at most 15 significant digits,
/// so that 136 400.8 million stored as 136400799999.99998 is written 136400800000.0.
enum PlainNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = significant(value)
        var text = String(format: "%.15g", rounded)
        if text.contains("e") { text = String(rounded) }
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }

    /// A computed number (a change, a transformation): six decimals at most.
    static func computed(_ value: Double) -> String {
        text((value * 1e6).rounded() / 1e6)
    }

    /// `value` to 15 significant digits, the precision a decimal figure from a table has in a Double.
    static func significant(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.15g", value)) ?? value
    }
}
