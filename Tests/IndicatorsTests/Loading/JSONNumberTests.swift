import Testing
@testable import Indicators

/// The one JSON number lexer the parser and the scanner share.
@Suite struct JSONNumberTests {
    private func lex(_ text: String, from start: Int = 0) -> JSONNumber.Lexed {
        Array(text.utf8).withUnsafeBufferPointer { JSONNumber.lex($0, from: start) }
    }

    @Test func valuesAreTheCorrectlyRoundedOnesOnBothPaths() {
        // Short numbers take the exact fast path; long digits and large exponents go through Double(String).
        for text in ["0", "7", "-12", "20.6", "0.1", "2.5e3", "1E-7", "123456789012345", "1234567890123456789012",
                     "0.000000000000000000000000001", "9007199254740993.0", "1.7976931348623157e308", "4.9e-324", "1e-400"] {
            #expect(lex(text) == .number(value: Double(text)!, isWhole: !text.contains { ".eE".contains($0) }, end: text.utf8.count),
                    "\(text)")
        }
    }

    @Test func negativeZeroReadsAsZero() {
        for text in ["-0", "-0.0", "-0e5", "-1e-400"] {
            guard case .number(let value, _, _) = lex(text) else {
                Issue.record("\(text) refused")
                continue
            }
            #expect(value == 0 && value.sign == .plus, "\(text)")
        }
    }

    @Test func theNumberEndsWhereTheGrammarDoes() {
        #expect(lex("[20, 1]", from: 1) == .number(value: 20, isWhole: true, end: 3))
        #expect(lex("-5}") == .number(value: -5, isWhole: true, end: 2))
        #expect(lex("1e5-") == .number(value: 100_000, isWhole: false, end: 3))
    }

    @Test func eachFailureNamesItsReasonAndPlace() {
        let cases: [(String, JSONNumber.Failure, Int)] = [
            ("-", .noIntegerDigit, 1), ("-Infinity", .noIntegerDigit, 1), ("x", .noIntegerDigit, 0), ("+1", .noIntegerDigit, 0),
            ("0123", .leadingZero, 0), ("-00", .leadingZero, 0),
            ("1.", .noFractionDigit, 2), ("1.e5", .noFractionDigit, 2),
            ("1e", .noExponentDigit, 2), ("1e+", .noExponentDigit, 3),
            ("2018a", .runsIntoWord, 0), ("1.5.2", .runsIntoWord, 0), ("7_", .runsIntoWord, 0), ("3é", .runsIntoWord, 0),
            ("1e400", .notFinite, 0), ("-1e99999999", .notFinite, 0),
            // 2^53 + 1 would be read as 2^53, silently: refused where it is written.
            ("9007199254740993", .notExact(held: 9_007_199_254_740_992), 0), ("-9007199254740993", .notExact(held: 9_007_199_254_740_992), 0),
        ]
        for (text, failure, offset) in cases {
            #expect(lex(text) == .failure(failure, offset: offset), "\(text)")
        }
    }
}
