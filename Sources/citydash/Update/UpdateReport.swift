import Foundation
import Importers
import Indicators

/// What `update` prints for each table: counts of new, revised and unchanged figures per region,
/// the figures that vanished (kept), and the largest revisions, in the table's usual units.
enum UpdateReport {
    static let largest = 5

    static func lines(table: BureauTable, outcomes: [ReleaseMerge.Outcome]) -> [String] {
        let total = outcomes.reduce(into: ReleaseMerge.Counts(region: "")) {
            $0.new += $1.counts.new
            $0.revised += $1.counts.revised
            $0.unchanged += $1.counts.unchanged
            $0.vanished += $1.counts.vanished
        }
        var lines = ["\(table.name) (element \(table.element.map(String.init(describing:)) ?? "?"), \(table.language)): "
            + counts(total) + " in \(outcomes.count) region\(outcomes.count == 1 ? "" : "s")"]
        let moved = outcomes.filter { $0.counts.changed || $0.counts.vanished > 0 }
        for outcome in moved {
            lines.append("  \(outcome.counts.region): " + counts(outcome.counts))
        }
        if moved.count < outcomes.count, !moved.isEmpty {
            lines.append("  \(outcomes.count - moved.count) other regions: unchanged")
        }
        for outcome in outcomes where !outcome.vanished.isEmpty {
            let shown = outcome.vanished.prefix(3).joined(separator: ", ")
            lines.append("  \(outcome.counts.region): no longer in the table, kept: \(shown)\(outcome.vanished.count > 3 ? ", …" : "")")
        }
        let revisions = outcomes.flatMap(\.revisions).sorted { abs($0.percent ?? .infinity) > abs($1.percent ?? .infinity) }
        if !revisions.isEmpty {
            lines.append("  largest revisions:")
            lines += revisions.prefix(largest).map { "    " + revision($0) }
        }
        return lines
    }

    static func counts(_ counts: ReleaseMerge.Counts) -> String {
        var text = "\(counts.new) new, \(counts.revised) revised, \(counts.unchanged) unchanged"
        if counts.vanished > 0 { text += ", \(counts.vanished) no longer given (kept)" }
        return text
    }

    /// `Almaty city Gross regional product 2023: 24 828 705.8 → 25 229 706.8 mln ₸ (+1.6 %)`
    static func revision(_ revision: ReleaseMerge.Revision) -> String {
        let period = revision.period == .year ? "" : " " + revision.period.shortLabel(language: .en)
        let (old, unit) = amount(revision.old, revision.unit)
        let (new, _) = amount(revision.new, revision.unit)
        // A small revision keeps two decimals, so that it does not read as none.
        let change = revision.percent.map { " (" + (($0 >= 0) ? "+" : "") + String(format: abs($0) < 0.1 ? "%.2f" : "%.1f", $0) + " %)" } ?? ""
        return "\(revision.region) \(revision.indicator) \(revision.year)\(period): \(old) → \(new)\(unit.isEmpty ? "" : " " + unit)\(change)"
    }

    /// A value as the bureau's tables print it: tenge in millions, people and counts whole.
    static func amount(_ value: Double, _ unit: Indicators.Unit) -> (String, String) {
        switch unit {
        case .tenge: (grouped(value / 1e6, decimals: 1), "mln ₸")
        case .usd: (grouped(value, decimals: 1), "US$")
        case .people: (grouped(value, decimals: 0), "people")
        case .count, .rank: (grouped(value, decimals: 0), "")
        case .percent: (String(format: "%.1f", value), "%")
        case .percentChange: ((value >= 0 ? "+" : "") + String(format: "%.1f", value), "%")
        }
    }

    /// `24 828 705.8`: thousands grouped with spaces, a decimal point.
    static func grouped(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(whole, at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: " ") + (parts.count > 1 ? "." + parts[1] : "")
    }
}

/// A line on standard error that says what a long step is doing: only on a terminal, and only
/// once the step has taken a second; cleared when it ends.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let started = Date()
    private let onTerminal = isatty(2) == 1
    private let lock = NSLock()
    private var shown = false
    private var ended = false

    init(label: String, delayed: Bool = false) {
        self.label = label
        // A step that cannot report as it goes (reading a workbook) says so after a second.
        if delayed, onTerminal {
            DispatchQueue.global().asyncAfter(deadline: .now() + 1) { [self] in show("…") }
        }
    }

    func show(_ detail: String) {
        guard onTerminal, Date().timeIntervalSince(started) >= 1 else { return }
        lock.withLock {
            guard !ended else { return }
            shown = true
            StandardStreams.writeError("\r\u{1B}[K\(label) \(detail)")
        }
    }

    func end() {
        lock.withLock {
            ended = true
            if shown { StandardStreams.writeError("\r\u{1B}[K") }
        }
    }

    static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) B" : bytes < 1 << 20 ? "\(bytes >> 10) KB" : String(format: "%.1f MB", Double(bytes) / 1048576)
    }
}
