import ArgumentParser
import Foundation

@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citydash-bench",
        abstract: "Measure loading, drawing, key presses, terminal output and memory on generated datasets (build with -c release).",
        subcommands: [Run.self, MeasureFile.self],
        defaultSubcommand: Run.self)
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Generate the datasets and print the table (the default).")

    @Option(help: "Observations per dataset, comma-separated.")
    var sizes: String = "1000,100000,1000000"

    @Option(help: "Repetitions of each timing (the best counts).")
    var repeats: Int = 3

    func run() throws {
        let folder = NSTemporaryDirectory() + "citydash-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        print("citydash-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; best of \(repeats) for each timing")
        print("")
        print(Report.header)
        var rows: [Report.Row] = []
        for count in counts {
            let path = "\(folder)/bench-\(count).json"
            try SyntheticData.write(observations: count, to: path)
            let row = try Report.Row(name: Report.label(count), values: measureInChild(paths: [path], repeats: count >= 1_000_000 ? 1 : repeats))
            rows.append(row)
            print(row.line)
        }
        if let shipped = Report.shippedFile(), FileManager.default.fileExists(atPath: shipped) {
            let row = try Report.Row(name: "shipped", values: measureInChild(paths: [shipped], repeats: repeats))
            rows.append(row)
            print(row.line)
            // Every region, as `swift run citydash` opens them: indicators.json and regions/.
            let folder = (shipped as NSString).deletingLastPathComponent + "/regions"
            let regions = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            if !regions.isEmpty {
                let row = try Report.Row(name: "regions", values: measureInChild(paths: [shipped] + regions.map { folder + "/" + $0 }, repeats: repeats))
                rows.append(row)
                print(row.line)
            }
            if let process = Report.shippedProcessTime(path: shipped) { print("\nshipped file, whole `citydash snapshot` process: \(process)") }
            print(Report.bureauImport(repository: (shipped as NSString).deletingLastPathComponent, repeats: repeats))
        }
        // The largest file again with one error near its end: the fast scanner declines and the
        // positioned parser explains, which holds more than the file (issue 18: peak memory).
        if let largest = counts.max() {
            let path = "\(folder)/bench-\(largest).json"
            let invalid = "\(folder)/bench-\(largest)-invalid.json"
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            if let range = bytes.range(of: Data(#""source": "src-"#.utf8), options: .backwards) {
                bytes.replaceSubrange(range, with: Data(#""source": "gone-"#.utf8))
                try bytes.write(to: URL(fileURLWithPath: invalid))
                let values = measureInChild(arguments: ["measure", invalid, "--invalid"])
                print("\n" + Report.invalidLine(name: Report.label(largest), values: values))
            }
        }
        print("")
        print(Report.summary(rows))
    }

    private func measureInChild(paths: [String], repeats: Int) throws -> [String: String] {
        measureInChild(arguments: ["measure"] + paths + ["--repeats", String(repeats)])
    }

    private func measureInChild(arguments: [String]) -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL?.path ?? "") {
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return [:] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("RESULT ") } ?? ""
        var values: [String: String] = [:]
        for pair in line.dropFirst("RESULT ".count).split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }
}

struct MeasureFile: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure", abstract: "Measure one file (used by run, one process per file).")

    @Argument var paths: [String]
    @Option var repeats: Int = 3
    @Flag(help: "The file has a problem: measure the time and peak memory of finding it.")
    var invalid = false

    func run() throws {
        if invalid {
            Measure.invalid(path: paths[0])
        } else {
            try Measure.run(paths: paths, repeats: repeats)
        }
    }
}
