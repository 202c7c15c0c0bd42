import BureauTables
import Foundation
import Importers

/// The results table and the summary line.
enum Report {
    static let header = [
        pad("dataset", 9), pad("file", 8, right: true), pad("load+check", 16, right: true), pad("JSONDecoder", 16, right: true),
        pad("ratio", 6, right: true), pad("frame 80×24", 12, right: true), pad("200×60", 9, right: true),
        pad("key p50", 9, right: true), pad("key p99", 9, right: true), pad("compare×3 p99", 13, right: true),
        pad("switch/repaint", 16, right: true),
        pad("peak", 14, right: true),
    ].joined(separator: " ")

    struct Row {
        var name: String
        var values: [String: String]

        func number(_ key: String) -> Double { Double(values[key] ?? "") ?? .nan }
        var megabytes: Double { number("bytes") / 1e6 }
        var loadRate: Double { megabytes / number("load") }
        var decoderRate: Double { megabytes / number("decoder") }
        var ratio: Double { number("decoder") / number("load") }
        var switchShare: Double { number("switchBytes") / number("repaintBytes") }
        var peakRatio: Double { number("peak") / number("bytes") }

        var line: String {
            [
                pad(name, 9),
                pad(String(format: "%.1f MB", megabytes), 8, right: true),
                pad(String(format: "%.3f s %4.0f MB/s", number("load"), loadRate), 16, right: true),
                pad(String(format: "%.3f s %4.0f MB/s", number("decoder"), decoderRate), 16, right: true),
                pad(String(format: "%.2f×", ratio), 6, right: true),
                pad(milliseconds(number("frame80")), 12, right: true),
                pad(milliseconds(number("frame200")), 9, right: true),
                pad(microseconds(number("keyMedian")), 9, right: true),
                pad(microseconds(number("keyP99")), 9, right: true),
                pad(microseconds(number("compareP99")), 13, right: true),
                pad(String(format: "%.0f/%.0f B %2.0f%%", number("switchBytes"), number("repaintBytes"), switchShare * 100), 16, right: true),
                pad(String(format: "%.0f MB %.1f×", number("peak") / 1e6, peakRatio), 14, right: true),
            ].joined(separator: " ")
        }
    }

    static func summary(_ rows: [Row]) -> String {
        guard let largest = rows.filter({ $0.name != "shipped" && $0.name != "regions" }).max(by: { $0.number("bytes") < $1.number("bytes") }) else { return "summary: no results" }
        var text = String(format: "summary: %@ (%.0f MB): load+check %.0f MB/s = %.2f× JSONDecoder; first frame %@; key p99 %@ (compare mode, 3 cities: %@); year switch %.0f%% of a repaint; peak memory %.1f× the file",
                          largest.name, largest.megabytes, largest.loadRate, largest.ratio, milliseconds(largest.number("frame80")),
                          microseconds(largest.number("keyP99")), microseconds(largest.number("compareP99")), largest.switchShare * 100, largest.peakRatio)
        if let shipped = rows.first(where: { $0.name == "shipped" }) {
            text += "; shipped file first frame " + milliseconds(shipped.number("frame80"))
        }
        if let regions = rows.first(where: { $0.name == "regions" }) {
            text += "; every region (\(Int(regions.number("observations"))) observations): first frame " + milliseconds(regions.number("frame80"))
                + ", key p99 " + microseconds(regions.number("keyP99"))
        }
        return text
    }

    /// "1M obs with one error near its end (73 MB): found in 2.1 s; peak memory 3.8× the file".
    static func invalidLine(name: String, values: [String: String]) -> String {
        let bytes = Double(values["bytes"] ?? "") ?? 0
        let peak = Double(values["peak"] ?? "") ?? 0
        let time = Double(values["load"] ?? "") ?? 0
        guard bytes > 0 else { return "\(name) with one error near its end: not measured" }
        return String(format: "%@ with one error near its end (%.0f MB): %@ problem line(s) in %.2f s; peak memory %.1f× the file",
                      name, bytes / 1e6, values["problems"] ?? "?", time, peak / bytes)
    }

    static func label(_ count: Int) -> String {
        count >= 1_000_000 ? "\(count / 1_000_000)M obs" : count >= 1000 ? "\(count / 1000)k obs" : "\(count) obs"
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
    static func microseconds(_ seconds: Double) -> String { String(format: "%.0f µs", seconds * 1e6) }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    /// indicators.json of the repository the benchmark runs in.
    /// Reading the bureau's tables the shipped data is built from and turning them into
    /// datasets: what `citydash rebuild` does before it writes.
    static func bureauImport(repository: String, repeats: Int) -> String {
        let folder = (repository as NSString).deletingLastPathComponent + "/shared/data/bns"
        let paths = BureauImport.shippedFiles.map { folder + "/" + $0 }
        guard paths.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else { return "bureau tables: not found beside the repository" }
        let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        var regions = 0
        var figures = 0
        let time = Measure.best(repeats) {
            let tables = paths.compactMap { try? BureauTables.read(path: $0) }
            figures = tables.reduce(0) { $0 + $1.observations.count }
            regions = BureauImport.datasets(from: tables).datasets.count
        }
        return String(format: "bureau tables: %d files (%.1f MB, %d figures) read into %d regions in %.3f s",
                      paths.count, Double(bytes) / 1e6, figures, regions, time)
    }

    static func shippedFile() -> String? {
        var folder = FileManager.default.currentDirectoryPath
        while true {
            let candidate = folder + "/indicators.json"
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { return nil }
            folder = parent
        }
    }

    /// Wall and CPU time of a whole `citydash snapshot` process on the shipped file (launch included).
    static func shippedProcessTime(path: String) -> String? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("citydash").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
        var best = (wall: Double.infinity, cpu: Double.infinity)
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["snapshot", "--data", path, "--width", "80", "--height", "24"]
            process.standardOutput = FileHandle.nullDevice
            var before = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &before)
            let start = DispatchTime.now().uptimeNanoseconds
            guard (try? process.run()) != nil else { return nil }
            process.waitUntilExit()
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var after = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &after)
            func total(_ usage: rusage) -> Double {
                Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
            }
            best = (min(best.wall, wall), min(best.cpu, total(after) - total(before)))
        }
        return String(format: "%.1f ms wall, %.1f ms CPU (best of 5)", best.wall * 1000, best.cpu * 1000)
    }
}
