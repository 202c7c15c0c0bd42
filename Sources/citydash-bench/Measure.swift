import CursesBackend
import Foundation
import Indicators
import Widgets
import DashboardUI

/// Measurements of one data file, made in a process of their own so that
/// its peak memory belongs to this file alone.
enum Measure {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The best of `repeats` runs: the least disturbed by a shared machine.
    static func best(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
        var result = Double.infinity
        for _ in 0..<max(1, repeats) { result = min(result, try seconds(body)) }
        return result
    }

    /// This process's peak resident memory. VmHWM, not getrusage's ru_maxrss:
    /// on Linux ru_maxrss survives exec, so a child would report its parent's peak.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) else { return 0 }
        return kilobytes * 1024
    }

    /// Prints one `key=value` line for the parent to read. Several paths are
    /// loaded as several cities (the shipped regions): the dashboard as it opens on them.
    static func run(paths: [String], repeats: Int) throws {
        var results: [String: String] = [:]
        let bytes = try paths.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
        results["bytes"] = String(bytes)

        var datasets: [Dataset] = []
        let load = try best(repeats) { datasets = try paths.map { try DatasetLoader.load(path: $0) } }
        guard !datasets.isEmpty else { return }
        results["load"] = String(load)
        results["observations"] = String(datasets.reduce(0) { $0 + $1.observationCount })
        // The loader's peak, before anything else runs in this process.
        results["peak"] = String(peakResidentBytes())

        var data = DashboardData(cities: datasets.map(DashboardModel.init))
        for (name, size) in [("frame80", Size(width: 80, height: 24)), ("frame200", Size(width: 200, height: 60))] {
            let draw = best(repeats) {
                data = DashboardData(cities: datasets.map(DashboardModel.init))
                _ = DashboardView.draw(DashboardUpdate.start(data: data, size: size), data: data, size: size)
            }
            results[name] = String(load + draw)
        }
        let model = data.cities[0]

        // A thousand key presses: arrows through years and indicators (and cities, when there are several), each an update and a draw.
        let size = Size(width: 80, height: 24)
        let presses = keyPresses(data: data, from: DashboardUpdate.start(data: data, size: size))
        results["keyMedian"] = String(presses[presses.count / 2])
        results["keyP99"] = String(presses[presses.count * 99 / 100])

        // The same presses in compare mode with three cities loaded (the
        // dataset three times): the chart's paired rows are built per press,
        // and the comparison pane looks the indicator up in every city.
        let cities = data.hasSeveralCities ? data : DashboardData(cities: [model, model, model])
        let comparePresses = keyPresses(data: cities,
                                        from: DashboardUpdate.update(DashboardUpdate.start(data: cities, size: size), .character("c"), data: cities, size: size).0)
        results["compareP99"] = String(comparePresses[comparePresses.count * 99 / 100])

        let (switchBytes, repaintBytes) = try terminalBytes(model: model)
        results["switchBytes"] = String(switchBytes)
        results["repaintBytes"] = String(repaintBytes)

        // Foundation's JSONDecoder on the same file: the reference row.
        var decoded = 0
        let reference = try best(repeats) {
            decoded = 0
            for path in paths {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                decoded += try JSONDecoder().decode(DatasetJSON.File.self, from: data).dataset.observationCount
            }
        }
        results["decoder"] = String(reference)
        results["decoderObservations"] = String(decoded)
        print("RESULT " + results.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }

    /// A file with a problem: the time to find and explain it, and the peak memory meanwhile.
    static func invalid(path: String) {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var problems = 0
        let time = seconds {
            do throws(DataFileError) {
                _ = try DatasetLoader.load(path: path)
            } catch {
                problems = error.description.split(separator: "\n").count
            }
        }
        print("RESULT bytes=\(bytes) load=\(time) peak=\(peakResidentBytes()) problems=\(problems)")
    }

    /// A thousand key presses at 80×24 (arrows through years and indicators),
    /// each an update and a draw: their times in seconds, ascending.
    static func keyPresses(data: DashboardData, from start: DashboardState) -> [Double] {
        let size = Size(width: 80, height: 24)
        let keys: [KeyEvent] = data.hasSeveralCities
            ? [.left, .left, .down, .right, .character(">"), .down, .up, .left, .right, .character("<")]
            : [.left, .left, .down, .right, .down, .up, .left, .right]
        var state = start
        var presses: [Double] = []
        for index in 0..<1000 {
            presses.append(seconds {
                state = DashboardUpdate.update(state, keys[index % keys.count], data: data, size: size).0
                _ = DashboardView.draw(state, data: data, size: size)
            })
        }
        return presses.sorted()
    }

    /// Bytes ncurses writes to a terminal (a file standing in for one) for a
    /// year switch, and for a full repaint of the same screen.
    static func terminalBytes(model: DashboardModel) throws -> (Int, Int) {
        let file = NSTemporaryDirectory() + "citydash-bench-\(getpid()).out"
        defer { unlink(file) }
        guard let output = fopen(file, "w"), let input = fopen("/dev/null", "r") else { return (0, 0) }
        defer { fclose(input) }
        let size = Size(width: 80, height: 24)
        let screen = try CursesScreen(output: output, input: input, terminal: "xterm-256color")
        screen.resize(to: size)
        var state = DashboardUpdate.start(data: DashboardData(model), size: size)
        func written() -> Int {
            fflush(output)
            return Int(ftell(output))
        }
        screen.draw(DashboardView.draw(state, model: model, size: size))
        let afterFirst = written()
        state = DashboardUpdate.update(state, .left, model: model, size: size).0
        screen.draw(DashboardView.draw(state, model: model, size: size))
        let afterSwitch = written()
        screen.invalidate()
        screen.draw(DashboardView.draw(state, model: model, size: size))
        let afterRepaint = written()
        screen.stop()
        fclose(output)
        return (afterSwitch - afterFirst, afterRepaint - afterSwitch)
    }
}
