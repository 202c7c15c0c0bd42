import Indicators
import Foundation

/// The dashboard's ids for codes of an imported table (`--map CODE=ID`,
/// `--map-file FILE`): `SL.UEM.TOTL.ZS=unemployment_rate` files the World
/// Bank's unemployment series under the indicator the regions already show.
/// Any id the format allows will do; one not in the dashboard yet becomes a
/// new indicator. An entry that is not `CODE=ID` is the user's mistake, told
/// with its place, never a guess.
public struct IndicatorMap: Sendable, Equatable {
    /// The id for each code.
    public private(set) var ids: [String: String] = [:]
    /// Where each code was mapped, for a conflict's message.
    private var places: [String: String] = [:]

    /// A malformed entry, or a code mapped to two ids: one line, with its place.
    public struct BadEntry: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init() {}

    /// One `CODE=ID`; `place` is `--map` or `file:line`, for messages.
    public mutating func add(_ entry: String, at place: String) throws(BadEntry) {
        let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw BadEntry(description: "\(place): expected CODE=ID (such as SL.UEM.TOTL.ZS=unemployment_rate), found \"\(entry)\"")
        }
        let (code, id) = (parts[0], parts[1])
        if let problem = DataFormat.identifierProblem(id, found: "\"\(id)\"") {
            throw BadEntry(description: "\(place): \(code)=\(id): \(problem)")
        }
        if let earlier = ids[code], earlier != id {
            throw BadEntry(description: "\(place): \(code) is mapped to \(earlier) already (\(places[code] ?? "earlier")), not to \(id)")
        }
        ids[code] = id
        places[code] = place
    }

    /// A file of `CODE=ID` lines; blank lines and lines starting with `#` are skipped.
    /// A file that cannot be read throws `ImportError`, a bad line `BadEntry`.
    public mutating func read(file path: String) throws {
        var text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        } catch {
            var status = stat()
            throw stat(path, &status) != 0 && errno == ENOENT ? ImportError.notFound(path)
                : ImportError.unreadable(path, "a map file must be UTF-8 text of CODE=ID lines")
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            try add(entry, at: "\(path):\(index + 1)")
        }
    }
}
