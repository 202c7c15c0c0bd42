import Foundation

/// A CSV file as rows of fields with their line numbers: RFC 4180 quoting (`"a, b"`, `""`),
/// a UTF-8 byte order mark ignored, blank lines skipped. Small on purpose: the bureau's CSV
/// files are a header and plain rows.
struct CSVFile {
    struct Record {
        let line: Int
        let fields: [String]
    }

    let file: String
    let header: [String]
    let records: [Record]

    /// Largest CSV accepted: 64 MiB, like a workbook (`XLSXLimits`).
    static let maxSize = 64 << 20

    init(path: String) throws {
        let file = URL(fileURLWithPath: path).lastPathComponent
        let data: Data
        let size = try RegularFile.size(path: path, file: file)
        guard size <= Self.maxSize else {
            throw BureauError.badData(file, nil, "too large: \(size) bytes, the limit for a CSV file is \(Self.maxSize) bytes")
        }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BureauError(.io, file: file, "cannot read the file (\(error.localizedDescription))")
        }
        try self.init(data: data, file: file)
    }

    init(data: Data, file: String) throws {
        guard data.count <= Self.maxSize else {
            throw BureauError.badData(file, nil, "too large: \(data.count) bytes, the limit for a CSV file is \(Self.maxSize) bytes")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw BureauError.badData(file, nil, "not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records = try Self.parse(text, file: file)
        guard !records.isEmpty else { throw BureauError.badData(file, nil, "empty CSV file") }
        self.file = file
        self.header = records.removeFirst().fields.map { CellText.trim($0) }
        self.records = records
    }

    static func parse(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default: field.append(character)
            }
        }
        if quoted { throw BureauError.badData(file, "line \(recordLine)", "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    func column(_ name: String) -> Int? {
        header.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    func requireColumn(_ name: String) throws -> Int {
        guard let index = column(name) else {
            throw BureauError.badData(file, "line 1", "no column \"\(name)\" in the header")
        }
        return index
    }

    func field(_ record: Record, _ index: Int) -> String {
        record.fields.indices.contains(index) ? CellText.trim(record.fields[index]) : ""
    }
}
