import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Broken JSON is reported with file, line and column, never a crash.
@Suite struct SyntaxErrorTests {
    @Test func emptyFile() {
        #expect(Fixtures.problems("") == ["test.json:1:1: the file is empty; expected a JSON object"])
        #expect(Fixtures.problems(" \n\t") == ["test.json:2:2: the file is empty; expected a JSON object"])
    }

    @Test func truncatedDocumentNamesTheEnd() {
        let text = Fixtures.file()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Cut off the closing brace: the end of file comes inside the top object.
        #expect(Fixtures.problems(String(text.dropLast(2))) == [
            "test.json:\(lines.count - 1):\(lines[lines.count - 2].count + 1): unexpected end of file inside an object; expected '}'",
        ])
        // Cut inside a string.
        #expect(Fixtures.problems("{\"city\": \"Alm") == ["test.json:1:10: unterminated string"])
    }

    @Test func lineAndColumnCountCharactersNotBytes() {
        // "ЖІӨ" is three characters but six bytes: the column must say 17, not 20.
        let text = "{\n  \"name\": \"ЖІӨ\" x\n}"
        #expect(Fixtures.problems(text) == ["test.json:2:17: expected ',' or '}' in an object, found 'x'"])
    }

    @Test func trailingComma() {
        #expect(Fixtures.problems("{\"a\": [1, 2,]}") == ["test.json:1:13: trailing comma before ']'"])
    }

    @Test func nanAndInfinityAreNotNumbers() {
        #expect(Fixtures.problems("{\"a\": NaN}") == ["test.json:1:7: NaN is not a JSON number; leave the observation out or write null"])
        #expect(Fixtures.problems("{\"a\": -Infinity}") == ["test.json:1:8: -Infinity is not a JSON number"])
        #expect(Fixtures.problems("{\"a\": Infinity}") == ["test.json:1:7: Infinity is not a JSON number"])
    }

    @Test func hugeNumberCannotBeRepresented() {
        #expect(Fixtures.problems("{\"a\": 1e400}") == ["test.json:1:7: the number '1e400' is too large to be represented"])
    }

    @Test func invalidUTF8IsNamedByByte() {
        var bytes = Array("{\"a\": \"x".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        #expect(Fixtures.problems(bytes: bytes) == ["test.json:1:9: invalid UTF-8 (byte 0xC3 then 0x28)"])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Fixtures.file().utf8)
        let dataset = try DatasetLoader.decode(bytes, file: "bom.json")
        #expect(dataset.city.id == "almaty")
    }

    @Test func deepNestingIsRefusedWithoutOverflowingTheStack() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(Fixtures.problems(text) == ["test.json:1:\(JSONParser.maximumDepth + 1): nesting deeper than \(JSONParser.maximumDepth) levels"])
    }

    @Test func unescapedControlCharacterInString() {
        #expect(Fixtures.problems("{\"a\": \"x\u{1B}\"}") == ["test.json:1:9: control character U+001B inside a string must be escaped"])
    }

    @Test func loneSurrogate() {
        #expect(Fixtures.problems(#"{"a": "\ud800"}"#) == [#"test.json:1:8: unpaired surrogate \uD800 in a string"#])
    }

    @Test func textAfterTheDocument() {
        #expect(Fixtures.problems("{} {}") == ["test.json:1:4: unexpected '{' after the end of the document"])
    }

    @Test func leadingZero() {
        #expect(Fixtures.problems("{\"a\": 0123}") == ["test.json:1:7: a number must not start with 0 (found '0123')"])
    }

    @Test func parsedValuesMatchTheText() throws {
        let node = try JSONParser.parse(Array(#"{"s": "a\"\u00e9\ud83d\ude00\n", "n": -0, "f": 2.5e3, "b": [true, false, null]}"#.utf8))
        guard case .object(let members) = node.kind else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["s", "n", "f", "b"])
        if case .string(let text) = members[0].value.kind { #expect(text == "a\"é😀\n") } else { Issue.record("s") }
        if case .number(let value, let whole) = members[1].value.kind {
            #expect(value == 0 && value.sign == .plus && whole)
        } else { Issue.record("n") }
        if case .number(let value, let whole) = members[2].value.kind { #expect(value == 2500 && !whole) } else { Issue.record("f") }
    }
}
