import Indicators
import Foundation

/// One city's rows, parked in a temporary file while the CSV is read, so
/// that an import holds at most one city's data in memory at a time.
final class CitySpill {
    struct Record {
        var indicator: Int
        var observation: Observation
        var line: Int
        var column: Int
    }

    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []

    init(path: String) throws(ImportError) {
        self.path = path
        guard let file = fopen(path, "wb") else { throw .unreadable(path, DatasetLoader.systemMessage(errno)) }
        self.file = file
    }

    deinit {
        if let file { fclose(file) }
        unlink(path)
    }

    func append(_ record: Record) throws(ImportError) {
        put(UInt32(truncatingIfNeeded: record.indicator))
        put(UInt32(truncatingIfNeeded: record.observation.year))
        put(record.observation.value.bitPattern)
        put(UInt32(truncatingIfNeeded: record.line))
        put(UInt32(truncatingIfNeeded: record.column))
        put(Array(record.observation.source.utf8))
        put(Array(record.observation.quote.utf8))
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Every record, in the order appended. Ends writing.
    func records() throws(ImportError) -> [Record] {
        try flush()
        if let file { fclose(file) }
        file = nil
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

    private func flush() throws(ImportError) {
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else { throw .unreadable(path, "cannot write a temporary file: " + DatasetLoader.systemMessage(errno)) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A fresh folder under the system's temporary directory, removed with its contents when released.
final class TemporaryDirectory {
    let path: String

    init() throws(ImportError) {
        let base = NSTemporaryDirectory()
        path = (base.hasSuffix("/") ? base : base + "/") + "citydash-import-\(getpid())-\(UUID().uuidString)"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .unreadable(path, "cannot create a temporary folder: \(error.localizedDescription)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
