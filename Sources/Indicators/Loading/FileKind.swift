#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, from its mode: a regular file, or something that is
/// not one (a directory, a FIFO, a device, a socket). Opening a FIFO for
/// reading blocks until a writer comes, so every reader looks at the kind
/// first: through `stat` (which never blocks) or on a descriptor opened
/// with `O_NONBLOCK`.
public enum FileKind: Equatable, Sendable {
    case regular, directory, fifo, characterDevice, blockDevice, socket, other

    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }

    /// The kind of `path` (following links), or nil when it cannot be looked at.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(mode: status.st_mode)
    }

    /// Streams: read once, front to back; they may block or never end.
    public var isStream: Bool { self == .fifo || self == .characterDevice || self == .socket }

    /// "a FIFO (named pipe)", for messages: "…: it is a FIFO (named pipe), not a regular file".
    public var name: String {
        switch self {
        case .regular: "a regular file"
        case .directory: "a directory"
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .other: "not a regular file"
        }
    }
}
