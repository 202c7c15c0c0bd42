import BureauTables
import Foundation
import Importers
import Indicators

/// One run of `citydash update`: download, check and read every table, merge, report, then
/// replace the data files together (`DataJournal`), or write nothing.
struct UpdateRun {
    let folder: String
    let base: String
    let released: String
    let policy: DownloadPolicy
    let dryRun: Bool
    let allOrNothing: Bool

    struct TableFailure: Error {
        var table: BureauTable
        var message: String
        var exitCode: Int32
    }

    /// A data file as it is and as the update makes it.
    struct DataFile {
        var relative: String
        var dataset: Dataset
        var changed = false
    }

    /// Test hook: milliseconds to pause after each file is staged and each is moved into place,
    /// so that the kill tests can stop the writer inside the commit. Not for use.
    private var stepDelay: UInt32 {
        ProcessInfo.processInfo.environment["CITYDASH_UPDATE_STEP_DELAY_MS"].flatMap(UInt32.init) ?? 0
    }

    mutating func perform(_ tables: [BureauTable]) throws {
        DataJournal.recover(folder: folder)
        var files = try loadData()
        UpdateInterruption.install()
        let temporary = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: temporary) }

        var failures: [TableFailure] = []
        var read: [(table: BureauTable, address: String, result: TableReadResult)] = []
        for table in tables {
            guard let address = table.address(base: base) else { continue }
            switch fetchAndRead(table, address: address, into: temporary) {
            case .success(let result): read.append((table, address, result))
            case .failure(let failure):
                if failure.exitCode == 130 { throw interrupted() }
                StandardStreams.writeError("citydash: \(table.name): \(Update.safe(failure.message))\n")
                failures.append(failure)
            }
        }
        if UpdateInterruption.requested { throw interrupted() }
        if allOrNothing, let first = failures.first {
            throw Failure(message: "nothing written: --all-or-nothing, and \(failures.count) of \(tables.count) tables failed", exitCode: first.exitCode)
        }

        // Merge each table's release, table by table, region by region.
        var report: [String] = []
        for (table, address, result) in read {
            let imported = BureauImport.datasets(from: [result]).datasets
            var outcomes: [ReleaseMerge.Outcome] = []
            for dataset in imported {
                let relative = dataset.city.id == BureauImport.almaty ? DataFileLocator.defaultName : "regions/\(dataset.city.id).json"
                let existing = files[relative]?.dataset ?? Dataset(city: dataset.city, sources: [], indicators: [])
                let outcome = ReleaseMerge.merge(dataset, into: existing, released: released, address: address)
                outcomes.append(outcome)
                if outcome.counts.changed {
                    files[relative] = DataFile(relative: relative, dataset: outcome.dataset, changed: true)
                }
            }
            report += UpdateReport.lines(table: table, outcomes: outcomes)
        }
        let changed = files.values.filter(\.changed).sorted { $0.relative < $1.relative }
        // Every file is checked against the format's rules before any is written.
        var problems: [String] = []
        for file in changed {
            problems += DataFormat.problems(in: file.dataset).map { "\(folder)/\(file.relative): \($0)" }
        }
        guard problems.isEmpty else {
            throw Failure(message: problems.joined(separator: "\n") + "\nnothing written", exitCode: 65)
        }
        try StandardStreams.writeOutput(report.joined(separator: "\n") + (report.isEmpty ? "" : "\n"))

        if dryRun {
            StandardStreams.writeError("citydash: dry run: \(Self.files(changed.count)) would change; nothing written\n")
        } else if changed.isEmpty {
            if !read.isEmpty { StandardStreams.writeError("citydash: nothing to update: the data has every figure of \(read.count == 1 ? "the table" : "\(read.count) tables")\n") }
        } else {
            try commit(changed)
            StandardStreams.writeError("citydash: updated \(Self.files(changed.count)) in \(folder) (release \(released))\n")
        }
        if let first = failures.first {
            throw Failure(message: "\(failures.count) of \(tables.count) tables failed; their figures are as they were", exitCode: first.exitCode)
        }
    }

    static func files(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }

    private func interrupted() -> Failure {
        Failure(message: "interrupted: nothing written, the data is as it was", exitCode: 130)
    }

    /// `indicators.json` and every `regions/*.json` of the folder, as they are now.
    private func loadData() throws -> [String: DataFile] {
        var relatives = [DataFileLocator.defaultName]
        let regions = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/regions")) ?? []
        relatives += regions.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { "regions/" + $0 }
        var files: [String: DataFile] = [:]
        for relative in relatives {
            do {
                files[relative] = DataFile(relative: relative, dataset: try DatasetLoader.load(path: folder + "/" + relative))
            } catch {
                throw Failure(message: error.description + "\nthe data must be valid before it is updated (citydash validate)", exitCode: error.exitCode)
            }
        }
        return files
    }

    private func makeTemporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/citydash-update.XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Failure(message: "cannot make a temporary folder: \(String(cString: strerror(errno)))", exitCode: 73)
        }
        return String(cString: made)
    }

    /// Downloads a table, checks it is an xlsx workbook, and reads it with its reader.
    private func fetchAndRead(_ table: BureauTable, address: String, into temporary: String) -> Result<TableReadResult, TableFailure> {
        let progress = ProgressLine(label: "\(table.name): downloading")
        let fetched = Download.fetch(address, policy: policy, interrupted: { UpdateInterruption.requested }) { received, expected in
            progress.show(expected > 0 ? "\(ProgressLine.size(received)) of \(ProgressLine.size(Int(expected)))" : ProgressLine.size(received))
        }
        progress.end()
        let body: Data
        switch fetched {
        case .success(let data): body = data
        case .failure(let failure): return .failure(TableFailure(table: table, message: failure.message, exitCode: failure.exitCode))
        }
        // What came is checked to be a workbook before any reader sees it.
        if let problem = Self.notWorkbook(body) {
            return .failure(TableFailure(table: table, message: "\(address): \(problem)", exitCode: 65))
        }
        let path = temporary + "/" + table.file
        guard FileManager.default.createFile(atPath: path, contents: body) else {
            return .failure(TableFailure(table: table, message: "\(path): cannot write the download", exitCode: 73))
        }
        let reading = ProgressLine(label: "\(table.name): reading", delayed: true)
        defer { reading.end() }
        do {
            guard try BureauTables.detect(path: path) == table.reader else {
                return .failure(TableFailure(table: table, message: "\(address): not the table expected (\(table.holds))", exitCode: 65))
            }
            return .success(try BureauTables.read(path: path))
        } catch let error as BureauError {
            return .failure(TableFailure(table: table, message: "\(address): \(error.description)", exitCode: error.exitCode))
        } catch {
            return .failure(TableFailure(table: table, message: "\(address): \(error)", exitCode: 65))
        }
    }

    /// Why `body` is not an xlsx workbook (a zip whose entries include `xl/workbook.xml`), nil when it is one.
    static func notWorkbook(_ body: Data) -> String? {
        let head = [UInt8](body.prefix(512))
        let text = String(decoding: head, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.hasPrefix("<?xml") || text.hasPrefix("<") {
            let first = String(decoding: head.prefix(60), as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            return "not an xlsx workbook: the server sent a page (it begins \"\(first)\")"
        }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            return "not an xlsx workbook: \(body.count) bytes that are not a zip archive"
        }
        // The central directory names every entry; a workbook's is xl/workbook.xml.
        guard body.range(of: Data("xl/workbook.xml".utf8)) != nil else {
            return "not an xlsx workbook: a zip archive without xl/workbook.xml (damaged, truncated or another kind of file)"
        }
        return nil
    }

    /// Stages every changed file in the journal, then commits: the old data or the new, never a mix.
    private func commit(_ changed: [DataFile]) throws {
        let journal: DataJournal
        do throws(DataJournal.Failure) {
            journal = try DataJournal(folder: folder)
        } catch {
            throw Failure(message: error.description, exitCode: 73)
        }
        let delay = stepDelay
        for file in changed {
            do throws(DataJournal.Failure) {
                try journal.stage(DatasetJSON.encode(file.dataset), as: file.relative)
            } catch {
                journal.abandon()
                throw Failure(message: error.description + "\nnothing written, the data is as it was", exitCode: 74)
            }
            if delay > 0 { usleep(delay * 1000) }
            if UpdateInterruption.requested {
                journal.abandon()
                throw interrupted()
            }
        }
        // From the marker on, a signal waits: the renames take milliseconds, and a kill is finished by the next run.
        do throws(DataJournal.Failure) {
            try journal.commit { if delay > 0 { usleep(delay * 1000) } }
        } catch {
            throw Failure(message: error.description + "\nthe update is committed; the next run or load finishes it", exitCode: 74)
        }
    }
}
