import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Reading files: missing (66), unreadable (74), too large (65), and finding
/// indicators.json upward from the working directory.
@Suite struct FileLoadingTests {
    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: DataFileError.notFound(message: "\(folder.path)/nope.json: no such file")) {
            try DatasetLoader.load(path: "\(folder.path)/nope.json")
        }
        #expect(DataFileError.notFound(message: "").exitCode == 66)
    }

    @Test func directoryIsUnreadableNotACrash() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            _ = try DatasetLoader.load(path: folder.path)
            Issue.record("a directory loaded")
        } catch {
            #expect(error == .unreadable(path: folder.path, reason: "it is a directory, not a data file"))
            #expect(error.exitCode == 74)
        }
    }

    @Test func unreadableFile() throws {
        // Root reads anything: the permission check means nothing there.
        try #require(getuid() != 0 || true)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("locked.json", Fixtures.file())
        chmod(file, 0)
        guard access(file, R_OK) != 0 else { return }  // running as root
        #expect(throws: DataFileError.unreadable(path: file, reason: "permission denied")) {
            try DatasetLoader.load(path: file)
        }
    }

    @Test func validFileLoads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("ok.json", Fixtures.file())
        let dataset = try DatasetLoader.load(path: file)
        #expect(dataset.city.name.kk == "Алматы")
        #expect(dataset.indicators.map(\.id) == ["gdp_share"])
        #expect(dataset.indicators[0].observations.map(\.year) == [2015, 2018])
        #expect(dataset.indicators[0].observations[1].approximate)
    }

    @Test func sparseFileOverTheLimitIsRefusedBeforeReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = "\(folder.path)/huge.json"
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.truncate(atOffset: UInt64(DatasetLoader.maximumFileSize) + 1)
        try handle.close()
        do {
            _ = try DatasetLoader.load(path: file)
            Issue.record("a huge file loaded")
        } catch {
            #expect(error == .tooLarge(path: file, size: DatasetLoader.maximumFileSize + 1, limit: DatasetLoader.maximumFileSize))
            #expect(error.exitCode == 65)
        }
    }

    @Test func locatorSearchesUpward() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("indicators.json", Fixtures.file())
        try FileManager.default.createDirectory(atPath: "\(folder.path)/a/b", withIntermediateDirectories: true)
        #expect(try DataFileLocator.locate(explicit: nil, from: folder.path) == "indicators.json")
        #expect(try DataFileLocator.locate(explicit: nil, from: "\(folder.path)/a/b") == "../../indicators.json")
        #expect(try DataFileLocator.locate(explicit: "x.json", from: folder.path) == "x.json")
    }

    @Test func locatorSaysWhereItLooked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The temporary folder's ancestors hold no indicators.json on a clean machine.
        guard (try? DataFileLocator.locate(explicit: nil, from: folder.path)) == nil else { return }
        #expect(throws: DataFileError.notFound(
            message: "no indicators.json in \(folder.path) or any folder above it; name a data file with --data PATH")) {
            try DataFileLocator.locate(explicit: nil, from: folder.path)
        }
    }
}
