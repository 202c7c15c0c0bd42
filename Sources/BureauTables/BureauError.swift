import Foundation

/// One error value for everything this module refuses: a single line that names the file and,
/// where known, the sheet and cell, so a person can open the file and look at the spot.
///
/// `category` maps to the exit codes of sysexits(3) that `citydash import` will use:
/// 65 (EX_DATAERR) when the file is readable but its content is wrong or unsupported,
/// 74 (EX_IOERR) when the file cannot be read at all.
public struct BureauError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Category: Sendable, Equatable {
        /// The content is wrong, unsupported or unsafe (exit code 65).
        case badData
        /// The file cannot be opened or read (exit code 74).
        case io

        public var exitCode: Int32 {
            switch self {
            case .badData: return 65
            case .io: return 74
            }
        }
    }

    public let category: Category
    /// The file name (last path component), as a person would look for it.
    public let file: String
    /// `sheet!cell`, `sheet`, `line N`, or nil when the whole file is concerned.
    public let location: String?
    public let message: String

    public init(_ category: Category, file: String, location: String? = nil, _ message: String) {
        self.category = category
        self.file = file
        self.location = location
        self.message = message
    }

    public var exitCode: Int32 { category.exitCode }

    /// `grp-by-region-1990-2023.xlsx: 2008-2023!AB12: expected a number, found "n/a"`
    public var description: String {
        let oneLine = message.replacingOccurrences(of: "\n", with: " ")
        if let location { return "\(file): \(location): \(oneLine)" }
        return "\(file): \(oneLine)"
    }

    static func badData(_ file: String, _ location: String? = nil, _ message: String) -> BureauError {
        BureauError(.badData, file: file, location: location, message)
    }
}
