import Foundation
import Indicators

/// `citydash --version`: the program's version, then the data it would open
/// (found as the dashboard finds it): how many files and sources, and the
/// date of the newest source or release among them.
enum ProgramVersion {
    /// The program's version; the manual page's date goes with it (see scripts/generate-manual).
    static let number = "1.0.0"

    static func text(data: [String] = []) throws -> String {
        var lines = ["citydash \(number)"]
        let found: DataSearch.Found
        do {
            found = try DataOptions.locate(explicit: data)
        } catch let failure as Failure where failure.exitCode == 66 {
            lines.append("data: none found (citydash --data PATH, CITYDASH_DATA, or citydash install)")
            return lines.joined(separator: "\n") + "\n"
        }
        var datasets: [Dataset] = []
        for path in found.paths {
            do {
                datasets.append(try DatasetLoader.load(path: path))
            } catch {
                throw Failure(message: error.description, exitCode: error.exitCode)
            }
        }
        let summary = DataSummary(datasets)
        lines.append("data: \(summary.date ?? "undated"), \(summary.sources) sources in \(datasets.count) file\(datasets.count == 1 ? "" : "s")"
                     + " (\(found.place), from \(found.origin.label))")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// What `--version` says of the data.
struct DataSummary {
    /// The newest source date or release date (ISO, as precise as given).
    var date: String?
    /// Sources counted once however many files cite them.
    var sources: Int

    init(_ datasets: [Dataset]) {
        var ids = Set<String>()
        var newest: String?
        func consider(_ date: String?) {
            // ISO dates only ("2025-05", "2026-09-17"); a source may say "not stated".
            guard let date, date.count >= 4, date.prefix(4).allSatisfy(\.isASCII), date.prefix(4).allSatisfy(\.isNumber) else { return }
            if newest.map({ date > $0 }) ?? true { newest = date }
        }
        for dataset in datasets {
            for source in dataset.sources {
                ids.insert(source.id)
                consider(source.date)
            }
            for indicator in dataset.indicators {
                for observation in indicator.observations { consider(observation.released) }
            }
        }
        date = newest
        sources = ids.count
    }
}
