import Indicators
import Foundation

/// One city's rows, parked in a temporary file while the CSV is read, so
/// that an import holds at most one city's data in memory at a time. No file
/// stays open: the rows wait in a buffer, and a flush opens the file to
/// append, writes and closes it, so ten thousand cities take one descriptor
/// at a time, not ten thousand (`ulimit -n` is often 1024).
final class CitySpill {
    struct Record {
        var indicator: Int
        var observation: Observation
        var line: Int
        var column: Int
    }

    let path: String
    private var buffer: [UInt8] = []
    private var created = false

    init(path: String) {
        self.path = path
    }

    deinit {
        unlink(path)
    }

    /// Bytes waiting in memory.
    var buffered: Int { buffer.count }

    /// Parks `record`; returns how many bytes it added to the buffer.
    @discardableResult
    func append(_ record: Record) throws(ImportError) -> Int {
        let before = buffer.count
        put(UInt32(truncatingIfNeeded: record.indicator))
        put(UInt32(truncatingIfNeeded: record.observation.year))
        put(record.observation.value.bitPattern)
        put(UInt32(truncatingIfNeeded: record.line))
        put(UInt32(truncatingIfNeeded: record.column))
        put(Array(record.observation.source.utf8))
        put(Array(record.observation.quote.utf8))
        return buffer.count - before
    }

    /// Every record, in the order appended. Ends writing.
    func records() throws(ImportError) -> [Record] {
        try flush()
        guard created else { return [] }
        let bytes: [UInt8]
        do {
            bytes = try DatasetLoader.readFile(path)
        } catch {
            throw .unreadable(path, error.description)
        }
        var records: [Record] = []
        var offset = 0
        func take<Value: FixedWidthInteger>(_ type: Value.Type) -> Value? {
            let size = MemoryLayout<Value>.size
            guard offset + size <= bytes.count else { return nil }
            var value: Value = 0
            for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
            offset += size
            return value
        }
        func text() -> String? {
            guard let count = take(UInt32.self), offset + Int(count) <= bytes.count else { return nil }
            defer { offset += Int(count) }
            return String(decoding: bytes[offset..<offset + Int(count)], as: UTF8.self)
        }
        while offset < bytes.count {
            guard let indicator = take(UInt32.self), let year = take(UInt32.self), let bits = take(UInt64.self),
                  let line = take(UInt32.self), let column = take(UInt32.self), let source = text(), let quote = text() else {
                throw .unreadable(path, "the temporary file is damaged")
            }
            records.append(Record(indicator: Int(indicator),
                                  observation: Observation(year: Int(Int32(bitPattern: year)), value: Double(bitPattern: bits),
                                                           source: source, quote: quote),
                                  line: Int(line), column: Int(column)))
        }
        return records
    }

    private func put<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    private func put(_ bytes: [UInt8]) {
        put(UInt32(truncatingIfNeeded: bytes.count))
        buffer.append(contentsOf: bytes)
    }

    /// Appends the buffer to the file: open, write, close (under the
    /// temporary files' lock, so an interruption's cleanup never races it).
    func flush() throws(ImportError) {
        guard !buffer.isEmpty else { return }
        let failure: Int32? = TemporaryFiles.whileHeld {
            guard let file = fopen(path, "ab") else { return errno }
            let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            let code = errno
            let closed = fclose(file) == 0
            return written == buffer.count && closed ? nil : code
        }
        if let failure { throw .unreadable(path, "cannot write a temporary file: " + DatasetLoader.systemMessage(failure)) }
        created = true
        buffer = []
    }
}

/// A fresh folder under the system's temporary directory, removed with its
/// contents when released, at exit, or when the program is interrupted
/// (`TemporaryFiles`).
final class TemporaryDirectory {
    let path: String
    private let token: TemporaryFiles.Token

    init() throws(ImportError) {
        let base = NSTemporaryDirectory()
        let path = (base.hasSuffix("/") ? base : base + "/") + "citydash-import-\(getpid())-\(UUID().uuidString)"
        var failure = ""
        guard let made = TemporaryFiles.folder({ () -> String? in
            guard mkdir(path, 0o700) == 0 else {
                failure = DatasetLoader.systemMessage(errno)
                return nil
            }
            return path
        }) else {
            throw .unreadable(path, "cannot create a temporary folder: \(failure)")
        }
        self.path = made.path
        token = made.token
    }

    deinit {
        TemporaryFiles.release(token, remove: true)
    }
}
