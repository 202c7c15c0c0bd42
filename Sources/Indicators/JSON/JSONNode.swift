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
    }

    public var kind: Kind
    /// Offset of the value's first byte in the file.
    public var start: Int
    /// Offset one past the value's last byte.
    public var end: Int
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
