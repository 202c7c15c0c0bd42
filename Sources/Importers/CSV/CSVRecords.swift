import Indicators
import CSV
import Foundation

/// A CSV file read record by record with CSV.swift, streaming (memory stays
/// bounded whatever the file's size), with the line each record starts on.
final class CSVRecords {
    let path: String
    let totalBytes: Int
    private let reader: CSVReader
    /// Line of the record `next()` returns next.
    private(set) var line = 1
    /// Bytes consumed so far, estimated from the fields read (for progress).
    private(set) var bytesRead = 0

    init(path: String) throws(ImportError) {
        self.path = path
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw errno == ENOENT ? .notFound(path) : .unreadable(path, DatasetLoader.systemMessage(errno))
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path, "it is a directory, not a CSV file") }
        guard access(path, R_OK) == 0, let stream = InputStream(fileAtPath: path) else {
            throw .unreadable(path, DatasetLoader.systemMessage(EACCES))
        }
        totalBytes = Int(status.st_size)
        do {
            reader = try CSVReader(stream: stream, codecType: UTF8.self, hasHeaderRow: false, trimFields: false)
        } catch {
            throw .unreadable(path, "\(error)")
        }
    }

    static func isEndOfFile(_ error: Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }

    static func describe(_ error: Error) -> String {
        if case CSVError.unicodeDecoding = error { return "the file is not valid UTF-8" }
        return "\(error)"
    }

    /// The next record and the line it starts on; nil at the end.
    func next() throws(ImportError) -> (fields: [String], line: Int)? {
        guard let fields = reader.next() else {
            // CSV.swift reports a read of zero bytes as cannotReadFile; on Linux,
            // where InputStream says bytes are available at the end of a file,
            // that is simply the end. Other errors (bad UTF-8) are real.
            if let error = reader.error, !Self.isEndOfFile(error) {
                throw .invalid(["\(path):\(line): cannot read the CSV: \(Self.describe(error))"])
            }
            return nil
        }
        let start = line
        // The record's own line break, and any inside quoted fields.
        line += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        bytesRead += fields.reduce(fields.count) { $0 + $1.utf8.count }
        return (fields, start)
    }
}

/// Why an import failed; one line per problem, with file, line and column.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, String)
    case invalid([String])

    public var exitCode: Int32 {
        switch self {
        case .notFound: 66
        case .unreadable: 74
        case .invalid: 65
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path): "\(TextSafety.visible(path)): no such file"
        case .unreadable(let path, let reason): "\(TextSafety.visible(path)): cannot read: \(reason)"
        case .invalid(let lines): lines.map(TextSafety.visible).joined(separator: "\n")
        }
    }
}
