import Indicators
import CSV
import Foundation

/// A CSV file read record by record with CSV.swift, streaming (memory stays
/// bounded whatever the file's size), with the line each record starts on.
/// A file in another encoding is read from a UTF-8 copy (`TextEncoding`),
/// and the separator is the header line's (`CSVDialect`).
final class CSVRecords {
    let path: String
    let totalBytes: Int
    let encoding: TextEncoding
    let dialect: CSVDialect
    /// The file's quotes: no problem (those stop the import), but fields over several lines are told.
    let quotes: CSVQuotes
    private let reader: CSVReader
    /// Holds the UTF-8 copy of a file in another encoding while it is read.
    private let copyFolder: TemporaryDirectory?
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
        // A table is read three times (encoding, separator, records), and a FIFO would block `open`.
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regular else { throw .unreadable(path, "it is \(kind.name), not a CSV file") }
        guard access(path, R_OK) == 0 else { throw .unreadable(path, DatasetLoader.systemMessage(EACCES)) }
        encoding = try TextEncoding.detect(path: path)
        var utf8Path = path
        if encoding == .utf8 {
            copyFolder = nil
        } else {
            let folder = try TemporaryDirectory()
            utf8Path = folder.path + "/utf8.csv"
            try encoding.convert(path, to: utf8Path)
            copyFolder = folder
            stat(utf8Path, &status)
        }
        totalBytes = Int(status.st_size)  // of what CSV.swift reads, for the progress
        dialect = try CSVDialect.detect(path: utf8Path)
        quotes = try CSVQuotes.check(path: utf8Path, separator: dialect.separator)
        let quoteProblems = quotes.problems(path: path)
        if !quoteProblems.isEmpty { throw .invalid(quoteProblems) }
        guard let stream = InputStream(fileAtPath: utf8Path) else {
            throw .unreadable(path, DatasetLoader.systemMessage(EACCES))
        }
        do {
            reader = try CSVReader(stream: stream, codecType: UTF8.self, hasHeaderRow: false, trimFields: false,
                                   delimiter: dialect.separator)
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
