import BureauTables
import Foundation

/// How a table separates its fields and writes its numbers. Spreadsheet
/// programs write CSV with the locale's list separator: a comma in English
/// settings; a semicolon in Kazakh, Russian and most European ones, whose
/// decimal separator is the comma (`13 459,8`); a tab in "Unicode text".
struct CSVDialect: Equatable, Sendable {
    var separator: Unicode.Scalar

    static let comma = CSVDialect(separator: ",")

    /// Numbers are written with a decimal comma and space-grouped thousands
    /// wherever the separator is not a comma: a comma-separated file of such
    /// numbers would have to quote every one, and nothing writes that.
    var decimalComma: Bool { separator != "," }

    /// The separator the header line holds most of, outside quotes: `;` or a
    /// tab only when it outnumbers the comma (a tie stays a comma).
    static func detect(headerLine: some Sequence<UInt8>) -> CSVDialect {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in headerLine {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") {
                counts[byte, default: 0] += 1
            }
        }
        let comma = counts[UInt8(ascii: ","), default: 0]
        let best = counts.filter { $0.value > comma }.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }
        return CSVDialect(separator: Unicode.Scalar(best?.key ?? UInt8(ascii: ",")))
    }

    /// The first line of a UTF-8 file (at most 64 KiB of it).
    static func detect(path: String) throws(ImportError) -> CSVDialect {
        var line: [UInt8] = []
        try TextEncoding.forEachChunk(of: path) { (chunk: ArraySlice<UInt8>) throws(ImportError) in
            let end = chunk.firstIndex(of: 0x0A) ?? chunk.endIndex
            line += chunk[chunk.startIndex..<end]
            return end == chunk.endIndex && line.count < 1 << 16
        }
        return detect(headerLine: line)
    }

    /// What a value cell holds. `..` is the World Bank's "no data" (DataBank
    /// writes it in every empty cell); an empty cell is a missing value.
    enum Value: Equatable {
        case empty, noData, number(Double)
        /// Not a number; `hint` says what would make it one, if anything.
        case notANumber(hint: String?)
    }

    func value(_ text: String) -> Value {
        if text.isEmpty { return .empty }
        if text == ".." { return .noData }
        // One rule for decimal commas and grouped thousands: the one the bureau's tables are read by.
        if decimalComma { return CellText.plainNumber(text).map(Value.number) ?? .notANumber(hint: nil) }
        // Only a decimal number, whole: `Double("20\0abc")` stops at the NUL and
        // gives 20, and `Double` also takes "0x1p3", "inf" and "nan".
        if CellText.isDecimal(text), let number = Double(text), number.isFinite { return .number(number) }
        return .notANumber(hint: !text.contains(",") || CellText.plainNumber(text) == nil ? nil
            : "a decimal comma is read only in a file separated by \";\"; write a decimal point")
    }

    /// The nearest Double to a whole number written with more digits than a
    /// Double holds exactly (`9007199254740993` is read as 9007199254740992),
    /// as it will be written; nil when `text` is no whole number or `value` is exact.
    static func roundedWhole(_ text: String, value: Double) -> String? {
        var digits = text.unicodeScalars.filter { !CellText.groupSeparators.contains(Character($0)) }.map(Character.init)
        if digits.first == "-" || digits.first == "+" || digits.first == "\u{2212}" { digits.removeFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let written = String(digits.drop { $0 == "0" })
        guard written.count > 15 else { return nil }  // 15 digits always fit a Double's 53 bits
        let held = Self.wholeDigits(value.magnitude)
        return held == written ? nil : (value < 0 ? "-" : "") + held
    }

    /// The exact decimal digits of a whole Double (any size).
    static func wholeDigits(_ value: Double) -> String {
        guard value >= 1 else { return "0" }
        if value < 1.8e19 { return String(UInt64(value)) }
        // significand × 2^k, doubled k times in base 10^9.
        var limbs: [UInt64] = [value.significandBitPattern | (1 << 52)]
        let shift = Int(value.exponent) - 52
        limbs = [limbs[0] % 1_000_000_000, limbs[0] / 1_000_000_000 % 1_000_000_000, limbs[0] / 1_000_000_000_000_000_000]
        for _ in 0..<max(0, shift) {
            var carry: UInt64 = 0
            for index in limbs.indices {
                let doubled = limbs[index] * 2 + carry
                limbs[index] = doubled % 1_000_000_000
                carry = doubled / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}
