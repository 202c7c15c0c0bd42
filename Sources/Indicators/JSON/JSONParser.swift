/// A strict RFC 8259 parser that records where every value stands.
///
/// Foundation's parsers keep no positions, so a schema error found after
/// parsing could not name its line and column. This one works on bytes,
/// without recursion (an explicit stack of open containers), so hostile
/// nesting cannot overflow the call stack; it refuses nesting deeper than
/// `maximumDepth`, which no data file needs.
public struct JSONParser {
    public static let maximumDepth = 512

    /// Parses the whole document. With `deferring`, the elements of the array that is the value of
    /// that member of the top-level object are checked for syntax but kept as `.deferred` places:
    /// the tree of one element at a time is all that is held (`parse(_:range:)` reads one).
    public static func parse(_ bytes: [UInt8], deferring member: String? = nil) throws(JSONSyntaxError) -> JSONNode {
        var result: Result<JSONNode, JSONSyntaxError> = .failure(JSONSyntaxError(offset: 0, message: ""))
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            parser.deferred = member
            do throws(JSONSyntaxError) {
                result = .success(try parser.parseDocument())
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// The value at `range` of `bytes` (a `.deferred` node's place), with places in the whole file.
    public static func parse(_ bytes: [UInt8], range: Range<Int>) throws(JSONSyntaxError) -> JSONNode {
        var result: Result<JSONNode, JSONSyntaxError> = .failure(JSONSyntaxError(offset: range.lowerBound, message: ""))
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(UnsafeBufferPointer(rebasing: buffer[range]))
            do throws(JSONSyntaxError) {
                result = .success(try parser.parseDocument().shifted(by: range.lowerBound))
            } catch {
                result = .failure(JSONSyntaxError(offset: error.offset + range.lowerBound, message: error.message))
            }
        }
        return try result.get()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The top-level member whose array's elements are kept as places (see `parse(_:deferring:)`).
    private var deferred: String?

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A container whose closing bracket has not been read yet. A struct, not
    /// an enum, so that appending mutates the stack's storage in place.
    private struct OpenContainer {
        var isObject: Bool
        var start: Int
        var items: [JSONNode] = []
        var members: [JSONMember] = []
        /// The member name waiting for its value (objects only).
        var key = ""
        var keyStart = 0
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        // A UTF-8 byte-order mark is harmless; editors on Windows write one.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
        }
        skipWhitespace()
        if index == bytes.count {
            throw fail("the file is empty; expected a JSON object")
        }
        var stack: [OpenContainer] = []
        while true {
            // Parse one value; an opening bracket pushes a container and
            // loops back for its first element.
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of file; expected a value") }
            let start = index
            var completed: JSONNode
            switch bytes[index] {
            case UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    completed = JSONNode(kind: .array([]), start: start, end: index)
                } else {
                    try checkDepth(stack.count + 1, at: start)
                    stack.append(OpenContainer(isObject: false, start: start))
                    continue
                }
            case UInt8(ascii: "{"):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "}") {
                    index += 1
                    completed = JSONNode(kind: .object([]), start: start, end: index)
                } else {
                    try checkDepth(stack.count + 1, at: start)
                    let (key, keyStart) = try parseKey()
                    stack.append(OpenContainer(isObject: true, start: start, key: key, keyStart: keyStart))
                    continue
                }
            default:
                completed = try parseScalar()
            }

            // Attach the finished value to its container; while a closing
            // bracket follows, close that container and attach it in turn.
            attaching: while true {
                let top = stack.count - 1
                guard top >= 0 else {
                    skipWhitespace()
                    if index < bytes.count {
                        throw fail("unexpected \(describeByte(at: index)) after the end of the document")
                    }
                    return completed
                }
                skipWhitespace()
                if stack[top].isObject {
                    stack[top].members.append(JSONMember(key: stack[top].key, keyStart: stack[top].keyStart, value: completed))
                    if peek() == UInt8(ascii: ",") {
                        index += 1
                        try rejectTrailingComma(closing: "}")
                        (stack[top].key, stack[top].keyStart) = try parseKey()
                        break attaching
                    } else if peek() == UInt8(ascii: "}") {
                        index += 1
                        let closed = stack.removeLast()
                        completed = JSONNode(kind: .object(closed.members), start: closed.start, end: index)
                    } else {
                        throw fail(index < bytes.count
                            ? "expected ',' or '}' in an object, found \(describeByte(at: index))"
                            : "unexpected end of file inside an object; expected '}'")
                    }
                } else {
                    // An element of the deferred array: its syntax is checked; its tree is let go.
                    if top == 1, let deferred, stack[0].isObject, stack[0].key == deferred {
                        completed = JSONNode(kind: .deferred, start: completed.start, end: completed.end)
                    }
                    stack[top].items.append(completed)
                    if peek() == UInt8(ascii: ",") {
                        index += 1
                        try rejectTrailingComma(closing: "]")
                        break attaching
                    } else if peek() == UInt8(ascii: "]") {
                        index += 1
                        let closed = stack.removeLast()
                        completed = JSONNode(kind: .array(closed.items), start: closed.start, end: index)
                    } else {
                        throw fail(index < bytes.count
                            ? "expected ',' or ']' in an array, found \(describeByte(at: index))"
                            : "unexpected end of file inside an array; expected ']'")
                    }
                }
            }
        }
    }

    // MARK: - Pieces

    private mutating func checkDepth(_ depth: Int, at offset: Int) throws(JSONSyntaxError) {
        if depth > Self.maximumDepth {
            throw JSONSyntaxError(offset: offset, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func rejectTrailingComma(closing: Character) throws(JSONSyntaxError) {
        skipWhitespace()
        if let byte = peek(), byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
            throw fail("trailing comma before '\(closing)'")
        }
    }

    /// A member name and its colon.
    private mutating func parseKey() throws(JSONSyntaxError) -> (String, Int) {
        skipWhitespace()
        let keyStart = index
        guard peek() == UInt8(ascii: "\"") else {
            throw fail(index < bytes.count
                ? "expected a member name in double quotes, found \(describeByte(at: index))"
                : "unexpected end of file inside an object; expected a member name")
        }
        let key = try parseString()
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else {
            throw fail(index < bytes.count
                ? "expected ':' after member name \"\(key)\", found \(describeByte(at: index))"
                : "unexpected end of file after member name \"\(key)\"")
        }
        index += 1
        return (key, keyStart)
    }

    private mutating func parseScalar() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
            let text = try parseString()
            return JSONNode(kind: .string(text), start: start, end: index)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(kind: .bool(true), start: start, end: index)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(kind: .bool(false), start: start, end: index)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(kind: .null, start: start, end: index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "N"):
            throw fail("NaN is not a JSON number; leave the observation out or write null")
        case UInt8(ascii: "I"):
            throw fail("Infinity is not a JSON number")
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw fail("expected a value, found '\(Character(Unicode.Scalar(byte)))'")
        default:
            throw fail("expected a value, found \(describeByte(at: index))")
        }
    }

    private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
        let expected = Array(literal.utf8)
        let matches = index + expected.count <= bytes.count
            && expected.indices.allSatisfy { bytes[index + $0] == expected[$0] }
        guard matches else { throw fail("expected a value, found \(describeToken(at: index))") }
        index += expected.count
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        switch JSONNumber.lex(bytes, from: start) {
        case .number(let value, let isWhole, let end):
            index = end
            return JSONNode(kind: .number(value, isWhole: isWhole), start: start, end: end)
        case .failure(let failure, let offset):
            throw JSONSyntaxError(offset: offset, message: numberMessage(failure, at: offset, start: start))
        }
    }

    /// What is wrong with the number at `start`, in the parser's words.
    private func numberMessage(_ failure: JSONNumber.Failure, at offset: Int, start: Int) -> String {
        switch failure {
        case .noIntegerDigit:
            offset < bytes.count && bytes[offset] == UInt8(ascii: "I")
                ? "-Infinity is not a JSON number" : "expected a digit after '-'"
        case .leadingZero: "a number must not start with 0 (found \(describeToken(at: start)))"
        case .noFractionDigit: "expected a digit after the decimal point"
        case .noExponentDigit: "expected a digit in the exponent"
        case .runsIntoWord: "expected a value, found \(describeToken(at: start))"
        case .notFinite: "the number \(describeToken(at: start)) is too large to be represented"
        case .notExact(let held):
            "\(describeToken(at: start)) cannot be held exactly; it would be read as \(held) (whole numbers are exact up to 2^53)"
        }
    }

    /// Parses a string starting at the opening quote; leaves `index` after the closing one.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let opening = index
        index += 1
        let contentStart = index
        // Fast path: plain ASCII with no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            index += 1
        }
        var decoded = Array(bytes[contentStart..<index])
        while true {
            guard index < bytes.count else {
                throw JSONSyntaxError(offset: opening, message: "unterminated string")
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &decoded)
            case 0..<0x20:
                throw fail(byte == UInt8(ascii: "\n")
                    ? "unterminated string (a line break inside a string must be written \\n)"
                    : "control character U+\(hex(UInt32(byte), width: 4)) inside a string must be escaped")
            case 0x80...:
                let length = try utf8SequenceLength(at: index)
                decoded.append(contentsOf: bytes[index..<index + length])
                index += length
            default:
                decoded.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseEscape(into decoded: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard let byte = peek() else { throw fail("unterminated string") }
        index += 1
        if let plain = Self.simpleEscape(byte) {
            decoded.append(plain)
            return
        }
        switch byte {
        case UInt8(ascii: "u"):
            var scalar = try parseHex4(escapeStart: escapeStart)
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low one.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate \\u\(hex(scalar, width: 4)) in a string")
                }
                index += 2
                let low = try parseHex4(escapeStart: escapeStart)
                guard (0xDC00..<0xE000).contains(low) else {
                    throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate \\u\(hex(scalar, width: 4)) in a string")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate \\u\(hex(scalar, width: 4)) in a string")
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw JSONSyntaxError(offset: escapeStart, message: "invalid escape \\u\(hex(scalar, width: 4))")
            }
            decoded.append(contentsOf: UTF8.encode(unicode).map { Array($0) } ?? [])
        default:
            throw JSONSyntaxError(offset: escapeStart, message: "invalid escape \\\(describeByte(at: index - 1)) in a string")
        }
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard let value = Self.hex4(in: bytes, at: index) else {
            throw JSONSyntaxError(offset: escapeStart, message: "\\u must be followed by four hexadecimal digits")
        }
        index += 4
        return value
    }

    /// What a one-character escape (`\n`, `\"`, …) stands for; nil for `u` and invalid ones.
    static func simpleEscape(_ code: UInt8) -> UInt8? {
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): code
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The four hexadecimal digits at `offset` as a number; nil when there are not four.
    static func hex4(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Length of the well-formed UTF-8 sequence at `offset`, or an error naming the bad byte.
    private func utf8SequenceLength(at offset: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[offset]
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F  // no surrogates
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default:
            throw JSONSyntaxError(offset: offset, message: "invalid UTF-8 (byte 0x\(hex(UInt32(lead), width: 2)))")
        }
        for position in 1..<length {
            guard offset + position < bytes.count else {
                throw JSONSyntaxError(offset: offset, message: "invalid UTF-8 (truncated sequence)")
            }
            let byte = bytes[offset + position]
            let (low, high) = position == 1 ? (lowest, highest) : (UInt8(0x80), UInt8(0xBF))
            guard (low...high).contains(byte) else {
                throw JSONSyntaxError(offset: offset, message: "invalid UTF-8 (byte 0x\(hex(UInt32(lead), width: 2)) then 0x\(hex(UInt32(byte), width: 2)))")
            }
        }
        return length
    }

    // MARK: - Small helpers

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func skipWhitespace() {
        index = JSONParser.skipWhitespace(in: bytes, from: index)
    }

    /// The first offset at or after `index` that is not JSON white space (space, tab, CR, LF).
    static func skipWhitespace(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return index
            }
        }
        return index
    }

    private func fail(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: index, message: message)
    }

    /// The byte at `offset` as a reader would name it.
    private func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        if byte >= 0x80, (try? utf8SequenceLength(at: offset)) != nil {
            return "non-ASCII text"
        }
        return "byte 0x\(hex(UInt32(byte), width: 2))"
    }

    /// The token at `offset`: a run of word bytes and signs ("found nul", "found 2018a", "found '1e400'"), shortened.
    private func describeToken(at offset: Int) -> String {
        var end = offset
        while end < bytes.count, end - offset < 24, JSONByte.isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") {
            end += 1
        }
        if end == offset { return describeByte(at: offset) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        return "'\(TextSafety.visible(text))'"
    }
}

public func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
