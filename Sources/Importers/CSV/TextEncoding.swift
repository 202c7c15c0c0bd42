import Indicators
import Foundation

/// The encodings CSV files arrive in. Spreadsheet programs in Kazakh or
/// Russian settings save "CSV" in the system's code page, Windows-1251, and
/// "Unicode text" in UTF-16 with a byte-order mark; CSV.swift reads UTF-8
/// only, so those two are converted to a temporary UTF-8 copy first, line for
/// line, and every problem still names the original line. Anything else is
/// refused with one located line that says what to change.
enum TextEncoding: Equatable, Sendable {
    case utf8
    case utf16(bigEndian: Bool)
    case windows1251

    /// The one change that makes any table readable, given with every refusal.
    static let advice = "save it as CSV UTF-8 (in Excel: File › Save As › CSV UTF-8)"

    /// The file's encoding: a UTF-16 byte-order mark says so; otherwise one
    /// pass over the bytes decides between UTF-8 and Windows-1251 (`Scan`).
    static func detect(path: String) throws(ImportError) -> TextEncoding {
        var scan = Scan()
        var mark: [UInt8] = []
        try forEachChunk(of: path) { (chunk: ArraySlice<UInt8>) throws(ImportError) in
            if mark.isEmpty {
                mark = Array(chunk.prefix(2))
                if mark == [0xFF, 0xFE] || mark == [0xFE, 0xFF] { return false }
            }
            for byte in chunk { scan.feed(byte) }
            return true
        }
        if mark == [0xFF, 0xFE] { return .utf16(bigEndian: false) }
        if mark == [0xFE, 0xFF] { return .utf16(bigEndian: true) }
        return try scan.encoding(path: path)
    }

    /// Writes the text of `path`, in this encoding, to `copy` as UTF-8 (without
    /// a byte-order mark). A UTF-8 file needs no copy: it is read as it is.
    func convert(_ path: String, to copy: String) throws(ImportError) {
        guard self != .utf8 else { return }
        guard let output = fopen(copy, "wb") else {
            throw .unreadable(copy, "cannot write a temporary file: " + DatasetLoader.systemMessage(errno))
        }
        defer { fclose(output) }
        var utf16 = UTF16Decoder(bigEndian: self == .utf16(bigEndian: true))
        var markLeft = self == .windows1251 ? 0 : 2
        var buffer: [UInt8] = []
        try Self.forEachChunk(of: path) { (chunk: ArraySlice<UInt8>) throws(ImportError) in
            buffer.removeAll(keepingCapacity: true)
            let bytes = chunk.dropFirst(markLeft)
            markLeft -= chunk.count - bytes.count
            if self == .windows1251 {
                for byte in bytes { buffer += Self.windows1251UTF8[Int(byte)] }
            } else if let problem = utf16.decode(bytes, into: &buffer) {
                throw .invalid(["\(path):\(utf16.line): \(problem); \(Self.advice)"])
            }
            let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, output) }
            guard written == buffer.count else {
                throw .unreadable(copy, "cannot write a temporary file: " + DatasetLoader.systemMessage(errno))
            }
            return true
        }
        if let problem = utf16.finish() {
            throw .invalid(["\(path):\(utf16.line): \(problem); \(Self.advice)"])
        }
    }

    /// Calls `body` with each chunk of the file until it returns false.
    static func forEachChunk(of path: String, _ body: (ArraySlice<UInt8>) throws(ImportError) -> Bool) throws(ImportError) {
        guard let file = fopen(path, "rb") else { throw .unreadable(path, DatasetLoader.systemMessage(errno)) }
        defer { fclose(file) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 {
                if ferror(file) != 0 { throw .unreadable(path, DatasetLoader.systemMessage(errno)) }
                return
            }
            guard try body(chunk[0..<count]) else { return }
        }
    }

    // MARK: Telling UTF-8 from Windows-1251

    /// One pass over bytes meant to be UTF-8. Any byte sequence reads as
    /// Windows-1251 (but 0x98), so the fallback is taken only when it is
    /// plausible: nothing valid in UTF-8 beyond ASCII comes before the first
    /// invalid byte (else it is a UTF-8 file with a broken byte), and the
    /// bytes hold a Cyrillic word, two Cyrillic letters in a row (a Western
    /// code page's accented letters stand alone between ASCII ones).
    struct Scan {
        private var line = 1
        /// Continuation bytes the current UTF-8 character still needs, and what the next may be.
        private var pending = 0
        private var next: ClosedRange<UInt8> = 0x80...0xBF
        /// The byte that started the current character: the one a message names.
        private var lead: UInt8 = 0
        private var sawUTF8Text = false
        private var firstInvalid: (line: Int, byte: UInt8)?
        /// Characters since the line began (lead bytes), for a NUL's column.
        private var column = 0
        private var nul: (line: Int, column: Int)?
        private var undefinedIn1251 = false
        private var cyrillicWord = false
        private var previousCyrillic = false

        mutating func feed(_ byte: UInt8) {
            // Most bytes of most tables: ASCII between characters.
            if byte < 0x80, byte > 0, pending == 0 {
                if byte == 0x0A {
                    line += 1
                    column = 0
                } else {
                    column += 1
                }
                previousCyrillic = false
                return
            }
            if byte >= 0x80 {
                let cyrillic = TextEncoding.isCyrillic1251(byte)
                cyrillicWord = cyrillicWord || (cyrillic && previousCyrillic)
                previousCyrillic = cyrillic
                undefinedIn1251 = undefinedIn1251 || byte == 0x98
            } else {
                previousCyrillic = false
            }
            if pending > 0 {
                if next.contains(byte) {
                    pending -= 1
                    next = 0x80...0xBF
                    if pending == 0, firstInvalid == nil { sawUTF8Text = true }
                    return
                }
                invalid(lead)
            }
            lead = byte
            column += 1
            switch byte {
            case 0x00: nul = nul ?? (line, column)
            case 0x0A:
                line += 1
                column = 0
            case 0x01...0x7F: break
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, next) = (2, 0xA0...0xBF)
            case 0xED: (pending, next) = (2, 0x80...0x9F)
            case 0xE1...0xEF: pending = 2
            case 0xF0: (pending, next) = (3, 0x90...0xBF)
            case 0xF4: (pending, next) = (3, 0x80...0x8F)
            case 0xF1...0xF3: pending = 3
            default: invalid(byte)
            }
        }

        private mutating func invalid(_ byte: UInt8) {
            pending = 0
            next = 0x80...0xBF
            if firstInvalid == nil { firstInvalid = (line, byte) }
        }

        func encoding(path: String) throws(ImportError) -> TextEncoding {
            if let nul {
                // A NUL would end a number early (`20\0abc` read as 20) or a name.
                throw .invalid(["\(path):\(nul.line):\(nul.column): a NUL byte, which no CSV text holds (UTF-16 text without a byte-order mark "
                                + "is full of them); \(TextEncoding.advice)"])
            }
            let invalid = firstInvalid ?? (pending > 0 ? (line, lead) : nil)
            guard let invalid else { return .utf8 }
            if sawUTF8Text || undefinedIn1251 || !cyrillicWord {
                let byte = String(format: "0x%02X", invalid.byte)
                throw .invalid(["\(path):\(invalid.line): the file is not UTF-8 text (at byte \(byte)), "
                                + "nor Cyrillic Windows-1251; \(TextEncoding.advice)"])
            }
            return .windows1251
        }
    }

    // MARK: Windows-1251

    /// The characters of bytes 0x80...0xBF (0x98 is undefined); 0xC0...0xFF are А...я, U+0410...U+044F.
    private static let windows1251High: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ]

    static func windows1251Scalar(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0..<0x80: UInt32(byte)
        case 0x80..<0xC0: windows1251High[Int(byte) - 0x80]
        default: 0x0410 + UInt32(byte) - 0xC0
        }
    }

    static func isCyrillic1251(_ byte: UInt8) -> Bool {
        (0x0400...0x04FF).contains(windows1251Scalar(byte))
    }

    /// Each byte's character in UTF-8.
    private static let windows1251UTF8: [[UInt8]] = (0...255).map { byte in
        var bytes: [UInt8] = []
        UTF8.encode(Unicode.Scalar(windows1251Scalar(UInt8(byte)))!) { bytes.append($0) }
        return bytes
    }

    // MARK: UTF-16

    /// UTF-16 code units to UTF-8, chunk by chunk: a byte or a high surrogate
    /// left at the end of one chunk waits for the next.
    struct UTF16Decoder {
        let bigEndian: Bool
        private(set) var line = 1
        private var oddByte: UInt8?
        private var highSurrogate: UInt16?

        init(bigEndian: Bool) {
            self.bigEndian = bigEndian
        }

        /// Appends the chunk's characters to `output`; a problem's text, or nil.
        mutating func decode(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) -> String? {
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let first: UInt8
                if let odd = oddByte {
                    first = odd
                    oddByte = nil
                } else {
                    first = bytes[index]
                    index += 1
                    if index == bytes.endIndex {
                        oddByte = first
                        break
                    }
                }
                let second = bytes[index]
                index += 1
                let unit = bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
                if let problem = append(unit, to: &output) { return problem }
            }
            return nil
        }

        private mutating func append(_ unit: UInt16, to output: inout [UInt8]) -> String? {
            let scalar: Unicode.Scalar?
            switch unit {
            case 0xD800...0xDBFF:
                if highSurrogate != nil { return "not valid UTF-16 (a lone surrogate)" }
                highSurrogate = unit
                return nil
            case 0xDC00...0xDFFF:
                guard let high = highSurrogate else { return "not valid UTF-16 (a lone surrogate)" }
                highSurrogate = nil
                scalar = Unicode.Scalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
            default:
                if highSurrogate != nil { return "not valid UTF-16 (a lone surrogate)" }
                scalar = Unicode.Scalar(unit)
            }
            guard let scalar else { return "not valid UTF-16" }
            if unit == 0x0A { line += 1 }
            UTF8.encode(scalar) { output.append($0) }
            return nil
        }

        /// A problem left at the end of the file, or nil.
        func finish() -> String? {
            if oddByte != nil { return "the file ends inside a UTF-16 character" }
            if highSurrogate != nil { return "not valid UTF-16 (a lone surrogate)" }
            return nil
        }
    }
}
