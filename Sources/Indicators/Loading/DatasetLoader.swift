#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and checks data files.
public enum DatasetLoader {
    /// Larger files are refused before reading: 256 MiB holds several million
    /// observations, far beyond any statistics export a person opens.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// What `readFile` does with a path that names a stream (a FIFO, a pipe, a character device):
    /// read it once to its end (the command line: `--data <(generate)`), or refuse it (the
    /// dashboard's reload, which must never wait on a file someone put in place of its data).
    public enum Streams: Sendable {
        case read, refuse
    }

    public static func load(path: String, streams: Streams = .read) throws(DataFileError) -> Dataset {
        try decode(readFile(path, streams: streams), file: path)
    }

    /// Parses and validates `bytes`; `file` names them in problems.
    public static func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> Dataset {
        // A good file takes the fast path; anything else gets the positioned parser's full report.
        if let dataset = DatasetScanner.scan(bytes) { return dataset }
        return try decodeExplaining(bytes, file: file)
    }

    /// The slow path: a tree of positioned nodes, then every rule with its JSON path.
    static func decodeExplaining(_ bytes: [UInt8], file: String) throws(DataFileError) -> Dataset {
        let root: JSONNode
        do {
            // Indicators are read one at a time: the tree of the whole file would take several
            // times its size (a 256 MiB file with one error near its end took 1.9 GB).
            root = try JSONParser.parse(bytes, deferring: DataFormat.FileMember.indicators.rawValue)
        } catch {
            let problem = DataProblem(file: file, position: TextPosition(offset: error.offset, in: bytes),
                                      path: "", message: error.message)
            throw .invalid(problems: [problem], omitted: 0)
        }
        var decoder = DatasetDecoder(file: file, bytes: bytes)
        guard let dataset = decoder.decode(root) else {
            throw .invalid(problems: decoder.problems, omitted: decoder.omitted)
        }
        return dataset
    }

    /// The whole file, refusing directories and anything over the size limit.
    ///
    /// The file is opened without blocking (`O_NONBLOCK`: a FIFO with no writer would
    /// otherwise hold `open` forever) and its kind checked on the descriptor before a
    /// byte is read; only then does a stream the caller accepts go back to blocking reads.
    public static func readFile(_ path: String, streams: Streams = .read) throws(DataFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw .notFound(message: "\(path): no such file")
            }
            throw .unreadable(path: path, reason: systemMessage(code))
        }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: systemMessage(errno)) }
        let kind = FileKind(mode: status.st_mode)
        if kind == .directory {
            throw .unreadable(path: path, reason: "it is a directory, not a data file")
        }
        if kind != .regular && (streams == .refuse || !kind.isStream) {
            throw .unreadable(path: path, reason: "it is \(kind.name), not a regular file")
        }
        if kind.isStream {
            // Accepted: read it as it comes (a pipe's writer may still be producing).
            let flags = fcntl(descriptor, F_GETFL)
            _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        }
        let declaredSize = Int(status.st_size)
        if declaredSize > maximumFileSize {
            throw .tooLarge(path: path, size: declaredSize, limit: maximumFileSize)
        }

        // Read until end of file rather than trusting st_size: pipes and
        // files that change while being read report a different size.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(declaredSize + 1)
        var chunk = [UInt8](repeating: 0, count: max(64 * 1024, min(declaredSize + 1, 16 * 1024 * 1024)))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: systemMessage(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumFileSize {
                throw .tooLarge(path: path, size: bytes.count, limit: maximumFileSize)
            }
        }
        return bytes
    }

    public static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
