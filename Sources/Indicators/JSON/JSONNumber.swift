/// JSON numbers (RFC 8259 §6), lexed in one place: the positioned parser
/// words a failure as its own message, the fast scanner declines on one, and
/// both read the same value from the same text, so they cannot disagree on
/// what a number is or what it is worth.
enum JSONNumber {
    /// Why the bytes at a start are not a JSON number the data can hold.
    enum Failure: Equatable {
        /// No digit where the integer part begins (after an optional '-').
        case noIntegerDigit
        /// A zero followed by more digits: "0123".
        case leadingZero
        /// A '.' with no digit after it.
        case noFractionDigit
        /// An exponent ('e', then an optional sign) with no digit after it.
        case noExponentDigit
        /// The number runs on into a word: "2018a", "1.5.2".
        case runsIntoWord
        /// Too large for a Double: "1e400". NaN and infinities are not data.
        case notFinite
        /// A whole number a Double holds only rounded: `9007199254740993` would be
        /// read as `held`, 9007199254740992. (Larger ones break the format's
        /// `exactWhole` rule; this is the one that rounds back to 2^53.)
        case notExact(held: UInt64)
    }

    enum Lexed: Equatable {
        /// `isWhole`: written without a fraction or an exponent. `end`: the offset after the number.
        case number(value: Double, isWhole: Bool, end: Int)
        /// `offset` is where a reader should look: the byte where a digit was
        /// missing, or the number's start when the number as a whole is wrong.
        case failure(Failure, offset: Int)
    }

    /// The number starting at `start`. -0 reads as 0: there is no negative
    /// zero in the data's meaning.
    static func lex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Lexed {
        var index = start
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        /// The digit at `offset` as a number; nil past the end or at a non-digit.
        func digit(at offset: Int) -> UInt64? {
            guard offset < bytes.count, JSONByte.isDigit(bytes[offset]) else { return nil }
            return UInt64(bytes[offset] &- UInt8(ascii: "0"))
        }
        // The significant digits, without the decimal point, and the power of
        // ten they are scaled by. Digits past the 19th (all a UInt64 holds)
        // are not kept: such a number takes the slow path below anyway.
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        guard let first = digit(at: index) else { return .failure(.noIntegerDigit, offset: index) }
        index += 1
        if first == 0 {
            if digit(at: index) != nil { return .failure(.leadingZero, offset: start) }
        } else {
            mantissa = first
            significantDigits = 1
            while let next = digit(at: index) {
                if significantDigits < 19 { mantissa = mantissa * 10 + next } else { exponent += 1 }
                significantDigits += 1
                index += 1
            }
        }
        var isWhole = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isWhole = false
            index += 1
            guard digit(at: index) != nil else { return .failure(.noFractionDigit, offset: index) }
            while let next = digit(at: index) {
                if significantDigits < 19 {
                    mantissa = mantissa * 10 + next
                    exponent -= 1
                    // Zeros before the first significant digit only move the point.
                    if mantissa != 0 { significantDigits += 1 }
                }
                index += 1
            }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isWhole = false
            index += 1
            var negativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard digit(at: index) != nil else { return .failure(.noExponentDigit, offset: index) }
            var written = 0
            while let next = digit(at: index) {
                // Capped: far beyond any finite double, and safe from overflow.
                written = min(written * 10 + Int(next), 100_000)
                index += 1
            }
            exponent += negativeExponent ? -written : written
        }
        if index < bytes.count, JSONByte.isWordByte(bytes[index]) { return .failure(.runsIntoWord, offset: start) }

        var value: Double
        if significantDigits <= 15, abs(exponent) <= 22 {
            // Clinger's fast path: at most 15 digits fit a double's 53 bits and
            // 10^22 is the largest exact power of ten, so one correctly rounded
            // multiplication or division gives the correctly rounded value.
            value = exponent >= 0 ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
            if negative { value = -value }
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard let parsed = Double(text) else { return .failure(.notFinite, offset: start) }
            value = parsed
        }
        guard value.isFinite else { return .failure(.notFinite, offset: start) }
        // Up to 19 digits the mantissa holds them all: the value must give them back. Above
        // 2^53 the format's `exactWhole` rule refuses any whole number, with its JSON path;
        // this catches the one it cannot see, rounded down to 2^53 itself.
        if isWhole, significantDigits > 15, exponent == 0, value.magnitude <= DataFormat.largestExactWhole,
           UInt64(exactly: value.magnitude) != mantissa {
            return .failure(.notExact(held: UInt64(value.magnitude)), offset: start)
        }
        return .number(value: value == 0 ? 0 : value, isWhole: isWhole, end: index)
    }

    /// 10^0 … 10^22, each exact.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }
}

/// Byte classes the parser, the number lexer and the scanner share.
enum JSONByte {
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A byte that continues a word: ASCII letters and digits, '.', '_' and
    /// any non-ASCII byte. Not the id rule (that is `DataFormat.isIdentifier`):
    /// it tells where a misspelt token ends, so that a number or literal run
    /// on into one ("2018a", "nul", "truex") is refused and named whole.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
