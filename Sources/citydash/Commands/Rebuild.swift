import ArgumentParser
import BureauTables
import Foundation
import Importers
import Indicators

/// `citydash rebuild --bureau DIR`: the shipped data made again from the
/// bureau's tables. Every region but Almaty is written to `regions/<id>.json`;
/// Almaty's official figures are merged into `indicators.json`, beside the
/// statements and press figures entered by hand. `--check` writes nothing and
/// says whether the shipped files are what the tables give.
struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the shipped data (indicators.json and regions/) from the bureau's tables.",
        discussion: "Reads the tables named in the data's README from --bureau; --check compares instead of writing (exit 1 on a difference).")

    @Option(help: ArgumentHelp("The folder of the bureau's tables.", valueName: "folder"))
    var bureau: String

    @Option(help: ArgumentHelp("The folder that holds indicators.json (default: the nearest one above the working directory).",
                               valueName: "folder"))
    var repository: String?

    @Flag(help: "Compare the shipped files with what the tables give; write nothing.")
    var check = false

    func run() throws {
        Interruption.removeTemporaryFiles()
        try Self.reportingFailures {
            let folder = try repository ?? locateRepository()
            var tables: [TableReadResult] = []
            for name in BureauImport.shippedFiles {
                let path = bureau.hasSuffix("/") ? bureau + name : bureau + "/" + name
                do {
                    tables.append(try BureauTables.read(path: path))
                } catch let error as BureauError {
                    throw Failure(message: error.description, exitCode: error.exitCode)
                }
            }
            let result = BureauImport.datasets(from: tables)
            for warning in result.warnings { StandardStreams.writeError("citydash: \(warning)\n") }
            let main = folder + "/" + DataFileLocator.defaultName
            let existing: Dataset
            do {
                existing = try DatasetLoader.load(path: main)
            } catch let error as DataFileError {
                throw Failure(message: error.description, exitCode: error.exitCode)
            }
            var files: [(path: String, bytes: [UInt8])] = []
            for dataset in result.datasets {
                let (path, shipped) = dataset.city.id == BureauImport.almaty
                    ? (main, BureauImport.merge(dataset, into: existing))
                    : (folder + "/regions/" + dataset.city.id + ".json", dataset)
                // Every file is checked against the format's rules before any is written.
                let problems = DataFormat.problems(in: shipped)
                guard problems.isEmpty else {
                    throw Failure(message: problems.map { "\(path): \($0)" }.joined(separator: "\n"), exitCode: 65)
                }
                files.append((path, DatasetJSON.encode(shipped)))
            }
            if check {
                let stale = files.filter { FileManager.default.contents(atPath: $0.path).map(Array.init) != $0.bytes }.map(\.path)
                guard stale.isEmpty else {
                    throw Failure(message: "these files differ from what the tables give: \(stale.joined(separator: ", ")); run `citydash rebuild --bureau \(bureau)`",
                                  exitCode: 1)
                }
                StandardStreams.writeError("citydash: \(files.count) files are what the tables give\n")
                return
            }
            try FileManager.default.createDirectory(atPath: folder + "/regions", withIntermediateDirectories: true)
            for file in files {
                do throws(AtomicFile.WriteError) {
                    try AtomicFile.write(file.bytes, to: file.path)
                } catch {
                    throw Failure(message: error.description, exitCode: 74)
                }
            }
            StandardStreams.writeError("citydash: wrote \(files.count) files\n")
        }
    }

    private func locateRepository() throws -> String {
        do {
            let path = try DataFileLocator.locate(explicit: nil, from: DataFileLocator.workingDirectory())
            let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            return folder.isEmpty ? "." : folder
        } catch {
            throw Failure(message: error.description, exitCode: error.exitCode)
        }
    }
}
