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
        if let number = Double(text), number.isFinite { return .number(number) }
        return .notANumber(hint: !text.contains(",") || CellText.plainNumber(text) == nil ? nil
            : "a decimal comma is read only in a file separated by \";\"; write a decimal point")
    }
}
