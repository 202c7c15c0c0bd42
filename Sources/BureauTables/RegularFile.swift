import Foundation

/// The one check every table reader makes before it opens a path: that it names a regular
/// file (a FIFO would block the open, a device never end), and how large it is.
/// `attributesOfItem` looks with `stat`, without opening.
enum RegularFile {
    static func size(path: String, file: String) throws -> UInt64 {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw BureauError(.io, file: file, "cannot read the file (\(error.localizedDescription))")
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            let kind = type == .typeDirectory ? "a directory" : "not a regular file (\(type.rawValue))"
            throw BureauError(.io, file: file, "it is \(kind); a table must be a file")
        }
        return (attributes[.size] as? NSNumber)?.uint64Value ?? 0
    }
}
