import ArgumentParser
import BureauTables
import Foundation
import Indicators
import Widgets
import DashboardUI
import Importers

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a table into data files: the statistics bureau's xlsx and CSV tables, the World Bank's wide layouts (download or DataBank), or a long CSV (city,indicator,year,value[,unit][,source][,name]).",
        discussion: """
            Each city or region (World Bank: each country) becomes a data file, checked like any other; \
            problems name the CSV line and column, or the sheet and cell. With several cities, --output names a folder \
            and each city is written to <id>.json in it. The bureau's tables are recognised by their names and contents; \
            a legacy .xls file must be saved as .xlsx first. UTF-8, UTF-16 with a byte-order mark and \
            Windows-1251 are read; ";" and tab separators (then decimal commas) are detected from the \
            first line. Warnings are summarised, one line per kind; --verbose lists them all.
            """)

    enum LayoutOption: String, CaseIterable, ExpressibleByArgument {
        case wide, long
    }

    @Argument(help: ArgumentHelp("The table: a CSV file, or one of the bureau's xlsx or CSV tables.", valueName: "file"))
    var file: String

    @Option(help: "wide (World Bank) or long (default: detected from the first line).")
    var layout: LayoutOption?

    @Option(help: ArgumentHelp("Import only this city (World Bank: a country code such as KAZ).", valueName: "id"))
    var city: String?

    @Option(help: ArgumentHelp("Where to write: a .json file, or a folder when there are several cities (default: standard output).",
                               valueName: "path"))
    var output: String?

    @Option(name: .customLong("unit"), help: ArgumentHelp(
        "The unit of an indicator the table does not name: ID=UNIT, the id or the table's code (percent, percent_change, tenge, usd, people, count, rank). Repeatable.",
        valueName: "id=unit"))
    var units: [String] = []

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Import the table's indicator CODE as the dashboard's ID (SL.UEM.TOTL.ZS=unemployment_rate). Repeatable.",
        valueName: "code=id"))
    var maps: [String] = []

    @Option(name: .customLong("map-file"), help: ArgumentHelp(
        "A file of CODE=ID lines, as for --map (blank lines and lines starting with # are skipped).", valueName: "file"))
    var mapFile: String?

    @Flag(help: "Replace data files that exist already (without it, an import that would replace one writes nothing).")
    var force = false

    @Flag(help: "List every warning, not one line per kind.")
    var verbose = false

    func validate() throws {
        _ = try parsedUnits()
    }

    /// --map-file's entries, then --map's; a bad one is a usage error, a missing file a missing input.
    private func indicatorMap() throws -> IndicatorMap {
        var map = IndicatorMap()
        do {
            if let mapFile { try map.read(file: mapFile) }
            for entry in maps { try map.add(entry, at: "--map") }
        } catch let error as IndicatorMap.BadEntry {
            throw Failure(message: TextSafety.visible(error.description), exitCode: 64)
        } catch let error as ImportError {
            throw Failure(message: error.description, exitCode: error.exitCode)
        }
        return map
    }

    private func parsedUnits() throws -> [String: Indicators.Unit] {
        var result: [String: Indicators.Unit] = [:]
        for entry in units {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let unit = Indicators.Unit(rawValue: parts[1]) else {
                throw ValidationError("--unit takes ID=UNIT with UNIT one of \(Indicators.Unit.allCases.map(\.rawValue).joined(separator: ", ")); found \"\(entry)\"")
            }
            result[parts[0]] = unit
        }
        return result
    }

    func run() throws {
        Interruption.removeTemporaryFiles()
        if Self.isBureauTable(file) {
            try Self.reportingFailures { try importBureauTable() }
            return
        }
        try Self.reportingFailures {
            let options = CSVImporter.Options(layout: layout.flatMap { CSVImporter.Layout(rawValue: $0.rawValue) },
                                              city: city, units: try parsedUnits(), indicatorIDs: try indicatorMap().ids)
            let reporter = ProgressReporter(name: file)
            let conversion: CSVImporter.Conversion
            do {
                conversion = try CSVImporter.convert(path: file, options: options) { reporter.update(read: $0, total: $1) }
                reporter.finish()
                // Every city is checked before any file is written: a bad one leaves no partial set.
                for index in conversion.cityIDs.indices {
                    _ = try conversion.dataset(at: index)
                }
            } catch let error as ImportError {
                reporter.finish()
                throw Failure(message: error.description, exitCode: error.exitCode)
            }
            for (kind, line) in conversion.notices.lines(verbose: verbose) {
                StandardStreams.writeError("citydash: \(kind.isWarning ? "warning: " : "")\(TextSafety.visible(line))\n")
            }
            try write(conversion)
        }
    }

    /// An xlsx or xls file, or a CSV the bureau's readers recognise by its name or header.
    static func isBureauTable(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xls") { return true }
        return (try? BureauTables.detect(path: path)).flatMap { $0 } != nil
    }

    /// The bureau's table: one data file per region, every one checked before any is written.
    private func importBureauTable() throws {
        let table: TableReadResult
        do {
            table = try BureauTables.read(path: file)
        } catch let error as BureauError {
            throw Failure(message: error.description, exitCode: error.exitCode)
        }
        let result = BureauImport.datasets(from: [table])
        for warning in table.warnings.map(\.description) + result.warnings {
            StandardStreams.writeError("citydash: warning: \(TextSafety.visible(warning))\n")
        }
        var datasets = result.datasets
        if let city {
            datasets = datasets.filter { $0.city.id == city }
            guard !datasets.isEmpty else {
                throw Failure(message: "--city \(TextSafety.visible(city)): no such region in the table; it holds \(result.datasets.map(\.city.id).joined(separator: ", "))",
                              exitCode: 64)
            }
        }
        for dataset in datasets {
            let problems = DataFormat.problems(in: dataset)
            guard problems.isEmpty else {
                throw Failure(message: problems.map { "\(file): \(dataset.city.id): \($0)" }.joined(separator: "\n"), exitCode: 65)
            }
        }
        try writeAll(ids: datasets.map(\.city.id), noun: "regions") { DatasetJSON.encode(datasets[$0]) }
    }

    /// One city at a time: only one city's data is in memory.
    private func write(_ conversion: CSVImporter.Conversion) throws {
        try writeAll(ids: conversion.cityIDs, noun: "cities") { index in
            do throws(ImportError) {
                return try conversion.dataset(at: index).json
            } catch {
                throw Failure(message: error.description, exitCode: error.exitCode)
            }
        }
    }

    /// One city to `--output FILE` or standard output, several to `--output FOLDER` as `<id>.json`.
    /// Every target is checked before anything is written: the table itself is never one, and an
    /// existing file is replaced only with `--force`.
    private func writeAll(ids: [String], noun: String, json: (Int) throws -> [UInt8]) throws {
        let single = ids.count == 1 && !(output.map(isFolder) ?? false)
        if single && (output == nil || output == "-") {
            try StandardStreams.writeOutput(String(decoding: try json(0), as: UTF8.self))
            return
        }
        guard let output else {
            throw Failure(message: "the table holds \(ids.count) \(noun) (\(ids.joined(separator: ", "))); pick one with --city or name a folder with --output",
                          exitCode: 64)
        }
        let targets = single ? [output] : ids.map { (output.hasSuffix("/") ? output : output + "/") + $0 + ".json" }
        for target in targets where AtomicFile.sameFile(file, target) {
            throw Failure(message: "\(TextSafety.visible(target)) is the table being imported; write the data files elsewhere", exitCode: 64)
        }
        let existing = targets.filter { FileManager.default.fileExists(atPath: $0) && !isFolder($0) }
        if !force, !existing.isEmpty {
            let shown = existing.prefix(3).map(TextSafety.visible).joined(separator: ", ") + (existing.count > 3 ? ", …" : "")
            throw Failure(message: "\(existing.count) of the files to write exist already (\(shown)); give --force to replace them", exitCode: 73)
        }
        // A folder the import makes is its own until the files are in place: an interruption removes it.
        var madeFolder: TemporaryFiles.Token?
        if !single && !FileManager.default.fileExists(atPath: output) {
            var failure = ""
            guard let made = TemporaryFiles.folder({ () -> String? in
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                    return output
                } catch {
                    failure = error.localizedDescription
                    return nil
                }
            }) else {
                throw Failure(message: "\(TextSafety.visible(output)): cannot create the folder: \(failure)", exitCode: 73)
            }
            madeFolder = made.token
        }
        // All or nothing: every file is written beside its target first, then all are renamed into
        // place at once, with SIGINT and SIGTERM held back for those few renames. An error or an
        // interruption before that leaves no file of the import behind (`TemporaryFiles`).
        var prepared: [AtomicFile.Prepared] = []
        do {
            for (index, target) in targets.enumerated() {
                if let file = try AtomicFile.prepare(try json(index), to: target) { prepared.append(file) }
            }
        } catch {
            prepared.forEach(AtomicFile.discard)
            if let madeFolder { TemporaryFiles.release(madeFolder, remove: true) }
            if let error = error as? AtomicFile.WriteError { throw Failure(message: error.description, exitCode: 74) }
            throw error
        }
        try Interruption.heldBack {
            for (index, file) in prepared.enumerated() {
                do throws(AtomicFile.WriteError) {
                    try AtomicFile.commit(file)
                } catch {
                    prepared[(index + 1)...].forEach(AtomicFile.discard)
                    if let madeFolder { TemporaryFiles.release(madeFolder, remove: false) }  // it holds files now
                    throw Failure(message: error.description, exitCode: 74)
                }
            }
            if let madeFolder { TemporaryFiles.release(madeFolder, remove: false) }
        }
        if !single { StandardStreams.writeError("citydash: wrote \(targets.count) files to \(TextSafety.visible(output))\n") }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}

/// Progress on standard error, only once an import has taken more than a second.
final class ProgressReporter {
    private let name: String
    private let start = Date()
    private var lastPrinted = Date.distantPast
    private var printed = false
    private let onTerminal = isatty(2) == 1

    init(name: String) {
        self.name = name
    }

    func update(read: Int, total: Int) {
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastPrinted) >= 0.5, total > 0 else { return }
        lastPrinted = now
        printed = true
        let percent = min(100, read * 100 / total)
        let text = "citydash: importing \(TextSafety.visible(name)): \(percent) % (\(read >> 20) of \(total >> 20) MiB)"
        StandardStreams.writeError(onTerminal ? "\r" + text : text + "\n")
    }

    func finish() {
        if printed && onTerminal { StandardStreams.writeError("\n") }
    }
}
