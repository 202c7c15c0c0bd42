/// A parsed JSON value and the byte range it came from, so that a problem
/// found later (a wrong type, an unknown source id) can still name its line
/// and column.
public struct JSONNode: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// `isWhole`: written without a fraction or exponent.
        case number(Double, isWhole: Bool)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
        /// A value read for its syntax only and kept as its place in the file: an element of the
        /// array `JSONParser.parse(_:deferring:)` was asked to defer. `JSONParser.parse(_:range:)`
        /// reads it when it is needed, so a large file is held as a tree one element at a time.
        case deferred
    }

    public var kind: Kind
    /// Offset of the value's first byte in the file.
    public var start: Int
    /// Offset one past the value's last byte.
    public var end: Int
}

extension JSONNode {
    /// The same value with every place moved by `offset` (a part of a file parsed on its own).
    func shifted(by offset: Int) -> JSONNode {
        var node = self
        node.start += offset
        node.end += offset
        switch kind {
        case .array(let items): node.kind = .array(items.map { $0.shifted(by: offset) })
        case .object(let members):
            node.kind = .object(members.map { JSONMember(key: $0.key, keyStart: $0.keyStart + offset, value: $0.value.shifted(by: offset)) })
        default: break
        }
        return node
    }
}

public struct JSONMember: Sendable {
    public var key: String
    public var keyStart: Int
    public var value: JSONNode
}

/// A place in a JSON text where it stops being JSON.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
}
