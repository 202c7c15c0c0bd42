#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that it is either complete or absent: the bytes go to
/// a temporary file in the same folder, are flushed to disk, then renamed
/// over the target. A full disk or a read-only folder leaves nothing behind.
public enum AtomicFile {
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(TextSafety.visible(path)): cannot write: \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let folder = DataFileLocator.parentFolder(of: path.hasPrefix("/") ? path : "./" + path) ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, reason: DatasetLoader.systemMessage(errno)) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ code: Int32) -> WriteError {
            close(descriptor)
            unlink(temporary)
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
        // Readable like any file the user makes; mkstemp creates 0600.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        guard fsync(descriptor) == 0 else { throw fail(errno) }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, reason: DatasetLoader.systemMessage(code))
        }
    }
}
