#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that it is either complete or absent: the bytes go to
/// a temporary file in the same folder, are flushed to disk, then renamed
/// over the target. A full disk or a read-only folder leaves nothing behind.
/// A file that is replaced keeps its permissions. What is not a regular file
/// (a device such as /dev/null or /dev/full, a FIFO, a socket) is written to
/// directly and never replaced.
public enum AtomicFile {
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(TextSafety.visible(path)): cannot write: \(reason)" }
    }

    /// A file written in full beside its target, waiting to be renamed over it (`commit`).
    /// Registered with `TemporaryFiles`, so an interruption removes it.
    public struct Prepared: Sendable {
        public let path: String
        let temporary: String
        let token: TemporaryFiles.Token
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        if let prepared = try prepare(bytes, to: path) { try commit(prepared) }
    }

    /// Writes `bytes` to a temporary file beside `path`, flushed to disk, with
    /// the permissions the target will have; nil when `path` is a device, FIFO
    /// or socket, which is written to at once instead. Several files prepared
    /// first and committed together are all written or none (an import).
    public static func prepare(_ bytes: [UInt8], to path: String) throws(WriteError) -> Prepared? {
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & S_IFMT != S_IFREG {
            guard existing.st_mode & S_IFMT != S_IFDIR else { throw WriteError(path: path, reason: "it is a folder") }
            try writeInPlace(bytes, to: path)
            return nil
        }
        let folder = DataFileLocator.parentFolder(of: path.hasPrefix("/") ? path : "./" + path) ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var descriptor: Int32 = -1
        var code: Int32 = 0
        guard let made = TemporaryFiles.file({ () -> String? in
            var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            code = errno
            return descriptor >= 0 ? String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
        }) else {
            throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
        }
        func fail(_ code: Int32) -> WriteError {
            close(descriptor)
            TemporaryFiles.release(made.token, remove: true)
            return WriteError(path: path, reason: DatasetLoader.systemMessage(code))
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw fail(errno)
            }
            offset += written
        }
        // A replaced file keeps its permissions; a new one is readable like any file the user makes
        // (mkstemp creates 0600).
        if exists {
            fchmod(descriptor, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        guard close(descriptor) == 0 else {
            let code = errno
            TemporaryFiles.release(made.token, remove: true)
            throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
        }
        return Prepared(path: path, temporary: made.path, token: made.token)
    }

    /// Renames a prepared file over its target.
    public static func commit(_ prepared: Prepared) throws(WriteError) {
        let failure: Int32? = TemporaryFiles.whileHeld {
            rename(prepared.temporary, prepared.path) == 0 ? nil : errno
        }
        TemporaryFiles.release(prepared.token, remove: failure != nil)
        if let failure { throw WriteError(path: prepared.path, reason: DatasetLoader.systemMessage(failure)) }
    }

    /// Removes a prepared file that will not be committed.
    public static func discard(_ prepared: Prepared) {
        TemporaryFiles.release(prepared.token, remove: true)
    }

    /// A device, FIFO or socket: opened without blocking on a FIFO with no reader, written
    /// through, and left in place. `/dev/full` reports "no space left on device".
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw WriteError(path: path, reason: errno == ENXIO ? "a FIFO with no reader" : DatasetLoader.systemMessage(errno))
        }
        defer { close(descriptor) }
        // Blocking again once open: a reader of a FIFO takes the bytes at its pace.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: DatasetLoader.systemMessage(errno))
            }
            offset += written
        }
    }

    /// `first` and `second` name the same existing file (device and inode), however they are spelled.
    public static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
