/// What an import did that the user should know, though it did not stop it:
/// kept by kind, so that a table of two hundred series says "200 units
/// guessed" once, with a few examples, rather than two hundred times.
public struct ImportNotices: Sendable {
    public enum Kind: CaseIterable, Sendable {
        /// The file was not UTF-8 and was read as Windows-1251.
        case encoding
        /// No unit was given or stated; the indicator was imported as a count.
        case unitUnknown
        /// A unit read from a word of the indicator's name, which may be wrong.
        case unitGuessed
        /// A whole number with more digits than a Double holds, read as the nearest it does.
        case rounded
        /// A row that repeats an earlier one (same city, indicator, period, source and value): kept once.
        case duplicate
        /// A quoted field that runs over several lines, as an unclosed quote would.
        case multiline
        /// Cells marked `..` (no data), skipped. Expected in a DataBank export,
        /// so counted with a few examples and never listed in full.
        case noData

        public var isWarning: Bool { self != .noData }

        /// The summary's words for `count` notices of this kind.
        func headline(_ count: Int) -> String {
            switch self {
            case .encoding: "\(count) files read as Windows-1251"
            case .unitUnknown: "\(count) units unknown, imported as count"
            case .unitGuessed: "\(count) units guessed from indicator names"
            case .rounded: "\(count) whole number\(count == 1 ? "" : "s") too long to hold exactly, rounded"
            case .duplicate: "\(count) repeated row\(count == 1 ? "" : "s") kept once"
            case .multiline: "\(count) quoted field\(count == 1 ? "" : "s") over several lines"
            case .noData: "skipped \(count) cell\(count == 1 ? "" : "s") marked \"..\" (no data)"
            }
        }
    }

    /// How many examples a summary line gives.
    public static let examples = 3

    private var counts: [Kind: Int] = [:]
    /// Every warning's line; of `noData`, only the first few.
    private var messages: [Kind: [String]] = [:]

    public init() {}

    /// One notice: `message` is one line, `file:line[:column]: what happened (what to do)`.
    mutating func add(_ kind: Kind, _ message: String) {
        counts[kind, default: 0] += 1
        if kind.isWarning || messages[kind, default: []].count < Self.examples {
            messages[kind, default: []].append(message)
        }
    }

    public func count(of kind: Kind) -> Int { counts[kind] ?? 0 }

    /// Every warning, in the order of the kinds.
    public var warnings: [String] {
        Kind.allCases.filter(\.isWarning).flatMap { messages[$0] ?? [] }
    }

    /// One line per kind: a lone notice as it is; several as their count and
    /// the first `examples`. `verbose` lists every warning instead (`noData`
    /// stays a count: its cells are the export's filler, not problems).
    public func lines(verbose: Bool) -> [(kind: Kind, text: String)] {
        Kind.allCases.flatMap { kind -> [(kind: Kind, text: String)] in
            let count = count(of: kind)
            let shown = messages[kind] ?? []
            guard count > 0 else { return [] }
            if kind.isWarning, verbose || count == 1 { return shown.map { (kind, $0) } }
            let more = kind.isWarning && count > Self.examples ? " … (--verbose lists all)" : ""
            let separator = kind == .noData ? ", " : " | "
            let examples = shown.prefix(Self.examples).joined(separator: separator)
            return [(kind, "\(kind.headline(count)), e.g. \(examples)\(more)")]
        }
    }
}
