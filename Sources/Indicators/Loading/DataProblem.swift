/// One thing wrong with a data file, with where it is.
public struct DataProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var position: TextPosition
    /// Where in the document: `indicators[3].observations[2].year`; empty for syntax errors.
    public var path: String
    public var message: String

    public init(file: String, position: TextPosition, path: String, message: String) {
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    /// One line: `file:line:column: path: message`, safe to print to a terminal.
    public var description: String {
        let location = "\(TextSafety.visible(file)):\(position)"
        let text = TextSafety.visible(message)
        return path.isEmpty ? "\(location): \(text)" : "\(location): \(TextSafety.visible(path)): \(text)"
    }
}

/// Why a data file could not be used. Each case knows its exit status
/// (the BSD sysexits values that shells and scripts already understand).
public enum DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No such file, or no data file found searching upward.
    case notFound(message: String)
    /// The file exists but cannot be read (permissions, a directory, an I/O error).
    case unreadable(path: String, reason: String)
    /// Larger than `DatasetLoader.maximumFileSize`.
    case tooLarge(path: String, size: Int, limit: Int)
    /// Not valid JSON, or not a valid dataset: every problem found, up to a cap.
    case invalid(problems: [DataProblem], omitted: Int)

    public var exitCode: Int32 {
        switch self {
        case .notFound: 66  // EX_NOINPUT
        case .unreadable: 74  // EX_IOERR
        case .tooLarge, .invalid: 65  // EX_DATAERR
        }
    }

    /// One line per problem; no line carries raw control characters.
    public var description: String {
        switch self {
        case .notFound(let message):
            // A message of several lines (every place the search looked) keeps its line breaks.
            return message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { TextSafety.visible(String($0)) }.joined(separator: "\n")
        case .unreadable(let path, let reason):
            return "\(TextSafety.visible(path)): cannot read: \(reason)"
        case .tooLarge(let path, let size, let limit):
            return "\(TextSafety.visible(path)): the file is \(size) bytes; citydash reads data files of at most \(limit) bytes"
        case .invalid(let problems, let omitted):
            var lines = problems.map(\.description)
            if omitted > 0 {
                lines.append("… and \(omitted) more problem\(omitted == 1 ? "" : "s")")
            }
            return lines.joined(separator: "\n")
        }
    }
}
