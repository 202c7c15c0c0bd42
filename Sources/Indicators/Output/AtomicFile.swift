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
        let writer = try Writer(path: path)
        try writer.write(bytes)
        return try writer.finish()
    }

    /// A file written in pieces as they are made (a snapshot of many cities is never whole in
    /// memory): into a temporary file beside the target, renamed over it by `commit`, or, for a
    /// device, FIFO or socket, straight into it. Until `commit`, the target is untouched; `discard`
    /// (or an interruption, through `TemporaryFiles`) removes the temporary file.
    public final class Writer {
        public let path: String
        private let descriptor: Int32
        private let temporary: (path: String, token: TemporaryFiles.Token)?
        /// The permissions the target keeps (or a new file gets).
        private let mode: mode_t
        private var open = true

        public init(path: String) throws(WriteError) {
            self.path = path
            var existing = stat()
            let exists = stat(path, &existing) == 0
            if exists, existing.st_mode & S_IFMT != S_IFREG {
                guard existing.st_mode & S_IFMT != S_IFDIR else { throw WriteError(path: path, reason: "it is a folder") }
                // A device, FIFO or socket: opened without blocking on a FIFO with no reader, then
                // blocking again, so a reader of a FIFO takes the bytes at its pace.
                let descriptor = Glibc.open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
                guard descriptor >= 0 else {
                    throw WriteError(path: path, reason: errno == ENXIO ? "a FIFO with no reader" : DatasetLoader.systemMessage(errno))
                }
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
                self.descriptor = descriptor
                temporary = nil
                mode = 0
                return
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
            self.descriptor = descriptor
            temporary = made
            // A replaced file keeps its permissions; a new one is readable like any file the user
            // makes (mkstemp creates 0600).
            if exists {
                mode = existing.st_mode & 0o7777
            } else {
                let mask = umask(0)
                umask(mask)
                mode = 0o666 & ~mask
            }
        }

        deinit {
            if open { discard() }
        }

        public func write(_ bytes: [UInt8]) throws(WriteError) {
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    discard()
                    throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
                }
                offset += written
            }
        }

        public func write(_ text: String) throws(WriteError) {
            try write(Array(text.utf8))
        }

        /// Flushed, closed and renamed over the target (a device: closed).
        public func commit() throws(WriteError) {
            if let prepared = try finish() { try AtomicFile.commit(prepared) }
        }

        /// Flushed and closed, waiting to be renamed (`AtomicFile.commit`); nil for a device, FIFO or socket.
        public func finish() throws(WriteError) -> Prepared? {
            open = false
            guard let temporary else {
                close(descriptor)
                return nil
            }
            fchmod(descriptor, mode)
            guard fsync(descriptor) == 0 else {
                let code = errno
                close(descriptor)
                TemporaryFiles.release(temporary.token, remove: true)
                throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
            }
            guard close(descriptor) == 0 else {
                let code = errno
                TemporaryFiles.release(temporary.token, remove: true)
                throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
            }
            return Prepared(path: path, temporary: temporary.path, token: temporary.token)
        }

        /// Closes and removes what was written; the target stays as it was.
        public func discard() {
            guard open else { return }
            open = false
            close(descriptor)
            if let temporary { TemporaryFiles.release(temporary.token, remove: true) }
        }
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

    /// `first` and `second` name the same existing file (device and inode), however they are spelled.
    public static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
