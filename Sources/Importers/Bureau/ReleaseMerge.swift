import BureauTables
import Indicators

/// A downloaded release of one of the bureau's tables merged into the data as a new release:
/// a figure the release changes becomes a new vintage (dated by the release, under a source
/// of its own, the earlier one kept); a period the data does not have yet is added; a figure
/// that is the same is left as it is; a figure the data has from this table and the release
/// no longer gives is reported and kept. Nothing is deleted.
public enum ReleaseMerge {
    /// One figure that changed.
    public struct Revision: Sendable, Equatable {
        public var region: String
        public var indicator: String
        public var unit: Indicators.Unit
        public var year: Int
        public var period: Period
        public var old: Double
        public var new: Double

        /// The change in percent of the old value (nil from zero).
        public var percent: Double? { old == 0 ? nil : (new - old) / abs(old) * 100 }
    }

    /// What one table's release did to one region's figures.
    public struct Counts: Sendable, Equatable {
        public var region: String
        public var new = 0
        public var revised = 0
        public var unchanged = 0
        /// Figures the data has from this table that the release no longer gives: kept.
        public var vanished = 0

        public var changed: Bool { new + revised > 0 }

        public init(region: String) {
            self.region = region
        }
    }

    public struct Outcome: Sendable {
        public var dataset: Dataset
        public var counts: Counts
        public var revisions: [Revision]
        /// The vanished figures, as `indicator year period`.
        public var vanished: [String]
    }

    /// The suffix of a release's source id: `.r2026-11-29` (and `-2`, `-3` for a second release that day).
    static func releaseSuffix(_ date: String) -> String { ".r" + date }

    /// The source id of the release of `base` on `date`, not one `taken` already; at most the format's 64 bytes.
    static func releaseID(base: String, date: String, taken: Set<String>) -> String {
        var counter = 1
        while true {
            let suffix = releaseSuffix(date) + (counter == 1 ? "" : "-\(counter)")
            let id = String(base.prefix(DataFormat.identifierLimit - suffix.utf8.count)) + suffix
            if !taken.contains(id) { return id }
            counter += 1
        }
    }

    /// `id` is `base` itself or one of its releases.
    static func isLineage(_ id: String, of base: String) -> Bool {
        if id == base { return true }
        guard let range = id.range(of: ".r", options: .backwards) else { return false }
        let stem = String(id[..<range.lowerBound])
        let suffix = id.utf8.count - stem.utf8.count
        return id[range.upperBound...].first?.isNumber == true && stem == String(base.prefix(DataFormat.identifierLimit - suffix))
    }

    /// `imported` (one table's figures for one region, as `BureauImport` reads them) merged into `existing`.
    /// - Parameters:
    ///   - released: the release date (ISO) given to new vintages and new periods.
    ///   - address: where the release was downloaded from, for its sources.
    public static func merge(_ imported: Dataset, into existing: Dataset, released: String, address: String) -> Outcome {
        var merged = existing
        var counts = Counts(region: imported.city.displayName(in: .en))
        var revisions: [Revision] = []
        var vanished: [String] = []
        var taken = Set(existing.sources.map(\.id))
        var releaseSources: [String: Source] = [:]
        var releaseOrder: [String] = []

        func releaseSource(for base: String) -> String {
            if let made = releaseSources[base] { return made.id }
            let id = releaseID(base: base, date: released, taken: taken)
            taken.insert(id)
            var source = imported.source(id: base) ?? Source(id: base, title: base, publisher: Catalog.bureau, date: released, kind: .official)
            source.id = id
            source.date = released
            source.url = address
            source.description = "Release of \(released), downloaded from \(address) by citydash update: the figures of the table \(base) that it changed or added."
            releaseSources[base] = source
            releaseOrder.append(base)
            return id
        }

        for indicator in imported.indicators {
            let index = merged.indicators.firstIndex { $0.id == indicator.id }
            let present = index.map { merged.indicators[$0].observations } ?? []
            var given: Set<String> = []
            var added: [Observation] = []
            for observation in indicator.observations {
                let key = "\(observation.year) \(observation.period.code) \(observation.projection)"
                given.insert(key + " " + observation.source)
                // The latest vintage of this figure from this table, if the data has it.
                let lineage = present.filter {
                    $0.year == observation.year && $0.period == observation.period && $0.projection == observation.projection
                        && isLineage($0.source, of: observation.source)
                }
                let latest = lineage.max { ($0.released ?? "") < ($1.released ?? "") }
                if let latest, latest.value == observation.value {
                    counts.unchanged += 1
                    continue
                }
                var vintage = observation
                vintage.source = releaseSource(for: observation.source)
                vintage.released = released
                added.append(vintage)
                if let latest {
                    counts.revised += 1
                    revisions.append(Revision(region: counts.region, indicator: indicator.displayName(in: .en), unit: indicator.unit,
                                              year: observation.year, period: observation.period, old: latest.value, new: observation.value))
                } else {
                    counts.new += 1
                }
            }
            // What the data has from this table that the release does not give: kept, and reported.
            let bases = Set(indicator.observations.map(\.source))
            for observation in present {
                guard let base = bases.first(where: { isLineage(observation.source, of: $0) }) else { continue }
                let key = "\(observation.year) \(observation.period.code) \(observation.projection) \(base)"
                if !given.contains(key) {
                    given.insert(key)
                    counts.vanished += 1
                    vanished.append("\(indicator.id) \(observation.year) \(observation.period.code)")
                }
            }
            guard !added.isEmpty else { continue }
            if let index {
                merged.indicators[index].observations = (merged.indicators[index].observations + added).enumerated()
                    .sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
            } else {
                var new = indicator
                new.headline = existing.indicators.isEmpty ? indicator.headline : false
                new.observations = added
                merged.indicators.append(new)
            }
        }
        merged.sources += releaseOrder.compactMap { releaseSources[$0] }
        return Outcome(dataset: merged, counts: counts, revisions: revisions, vanished: vanished)
    }
}
