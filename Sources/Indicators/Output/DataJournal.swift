#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces several data files of one folder (`indicators.json` and `regions/*.json`) so that
/// a reader sees either all the old files or all the new ones, whatever stops the writer.
///
/// The new files are written, flushed, into a journal folder beside the data
/// (`.citydash-update/files/…`, the same file system, so a rename moves them). When every one
/// is there, a commit marker (`.citydash-update/COMMIT`, the list of files) is written, flushed
/// and renamed into place: that one rename is the moment the update happens. The files are then
/// renamed over the old ones, the folders flushed, the marker removed, the journal removed.
///
/// A crash before the marker leaves the old files untouched and a journal without a marker,
/// which the next run removes (rolled back). A crash after it leaves a marker, and the next
/// run, or the next load of the data (`recover`), renames the files still in the journal
/// before it reads anything (rolled forward): a file already moved is no longer there, so
/// finishing twice does no harm. The folder is locked (flock) while a journal is written or
/// finished, so a dashboard starting during an update never removes a journal being written.
public final class DataJournal {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(TextSafety.visible(path)): \(reason)" }
    }

    public static let folderName = ".citydash-update"
    public static let markerName = "COMMIT"

    public let folder: String
    var journal: String { folder + "/" + Self.folderName }
    var files: String { journal + "/files" }
    var marker: String { journal + "/" + Self.markerName }
    private var lock: Int32 = -1
    private var staged: [String] = []

    /// Locks `folder` for an update, finishing or removing a journal a stopped run left.
    public init(folder: String) throws(Failure) {
        self.folder = folder
        lock = try Self.lockFolder(folder, wait: false)
        try Self.finish(folder: folder)
    }

    deinit { if lock >= 0 { close(lock) } }

    /// Writes `bytes` as the new `relative` file (`indicators.json`, `regions/KZ.json`) into the
    /// journal, flushed, with the permissions of the file it replaces.
    public func stage(_ bytes: [UInt8], as relative: String) throws(Failure) {
        let target = files + "/" + relative
        try Self.makeFolders(for: target)
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(path: target, reason: DatasetLoader.systemMessage(errno)) }
        var existing = stat()
        if stat(folder + "/" + relative, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
        do throws(Failure) {
            try Self.writeAll(bytes, to: descriptor, path: target)
            guard fsync(descriptor) == 0 else { throw Failure(path: target, reason: DatasetLoader.systemMessage(errno)) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw Failure(path: target, reason: DatasetLoader.systemMessage(errno)) }
        staged.append(relative)
    }

    /// Makes the staged files the data: the marker first, then the renames.
    /// `pause` is called after each step (the kill tests stretch the window with it).
    public func commit(pause: () -> Void = {}) throws(Failure) {
        for folder in Set(staged.map { Self.parent(of: files + "/" + $0) }) { Self.syncFolder(folder) }
        Self.syncFolder(files)
        let temporary = journal + "/.COMMIT.tmp"
        try Self.makeFolders(for: temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: temporary, reason: DatasetLoader.systemMessage(errno)) }
        do throws(Failure) {
            try Self.writeAll(Array(staged.joined(separator: "\n").utf8) + [10], to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw Failure(path: temporary, reason: DatasetLoader.systemMessage(errno)) }
        } catch {
            close(descriptor)
            throw error
        }
        close(descriptor)
        guard rename(temporary, marker) == 0 else { throw Failure(path: marker, reason: DatasetLoader.systemMessage(errno)) }
        Self.syncFolder(journal)
        pause()
        try Self.rollForward(folder: folder, pause: pause)
    }

    /// Removes the journal without touching the data (an update refused, failed or interrupted).
    public func abandon() {
        Self.remove(journal)
    }

    /// Finishes what a stopped update left in `folder`, before the data is read: rolls a
    /// committed journal forward, removes one that never committed. Does nothing (and costs one
    /// `stat`) when there is no journal, or while an update holds the folder. True when it did something.
    @discardableResult
    public static func recover(folder: String) -> Bool {
        var status = stat()
        guard stat(folder + "/" + folderName, &status) == 0 else { return false }
        guard let lock = try? lockFolder(folder, wait: false) else { return false }
        defer { close(lock) }
        return (try? finish(folder: folder)) != nil
    }

    /// Recovers the journals that can stand beside these data files: in each file's folder and in
    /// the folder above it (the repository's, for `regions/<id>.json`). True when one did something.
    @discardableResult
    public static func recover(besideFiles paths: [String]) -> Bool {
        let folders = Set(paths.flatMap { path -> [String] in
            let folder = parent(of: path)
            return [folder, parent(of: folder)]
        })
        var recovered = false
        for folder in folders.sorted() {
            recovered = recover(folder: folder) || recovered
        }
        return recovered
    }

    // MARK: - Steps

    static func finish(folder: String) throws(Failure) {
        let journal = folder + "/" + folderName
        var status = stat()
        guard stat(journal, &status) == 0 else { return }
        if stat(journal + "/" + markerName, &status) == 0 {
            try rollForward(folder: folder, pause: {})
        } else {
            remove(journal)
        }
    }

    static func rollForward(folder: String, pause: () -> Void) throws(Failure) {
        let journal = folder + "/" + folderName
        let marker = journal + "/" + markerName
        guard let text = try? DatasetLoader.readFile(marker) else { throw Failure(path: marker, reason: "cannot read the commit marker") }
        let names = String(decoding: text, as: UTF8.self).split(separator: "\n").map(String.init)
        var folders: Set<String> = []
        for name in names where !name.isEmpty && !name.contains("..") {
            let staged = journal + "/files/" + name
            let target = folder + "/" + name
            var status = stat()
            // Moved already by a run that was stopped half-way.
            guard stat(staged, &status) == 0 else { continue }
            try makeFolders(for: target)
            guard rename(staged, target) == 0 else { throw Failure(path: target, reason: DatasetLoader.systemMessage(errno)) }
            folders.insert(parent(of: target))
            pause()
        }
        for folder in folders { syncFolder(folder) }
        unlink(marker)
        remove(journal)
        syncFolder(folder)
    }

    // MARK: - Files

    static func lockFolder(_ folder: String, wait: Bool) throws(Failure) -> Int32 {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: folder, reason: DatasetLoader.systemMessage(errno)) }
        guard flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(path: folder, reason: code == EWOULDBLOCK ? "another citydash update is writing this data" : DatasetLoader.systemMessage(code))
        }
        return descriptor
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: DatasetLoader.systemMessage(errno))
            }
            offset += written
        }
    }

    /// The folder a path is in ("." for a bare name).
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func makeFolders(for file: String) throws(Failure) {
        var path = file.hasPrefix("/") ? "" : "."
        for component in parent(of: file).split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o777) != 0 && errno != EEXIST { throw Failure(path: path, reason: DatasetLoader.systemMessage(errno)) }
        }
    }

    /// Flushes a folder's entries (the renames into it) to disk.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Removes a file or a folder and everything in it.
    static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if status.st_mode & S_IFMT == S_IFDIR {
            if let directory = opendir(path) {
                var names: [String] = []
                while let entry = readdir(directory) {
                    let name = withUnsafePointer(to: entry.pointee.d_name) {
                        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                    }
                    if name != "." && name != ".." { names.append(name) }
                }
                closedir(directory)
                for name in names { remove(path + "/" + name) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
