#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every temporary file and folder the program has made and not yet removed
/// or renamed into place: an import's parked rows, the UTF-8 copy of a table,
/// a data file or snapshot being written. Whoever makes one removes it when
/// done; `removeAll` is for the exits that skip that: `exit()` (an at-exit
/// handler) and SIGINT, SIGTERM, SIGHUP (the command line's handler calls it
/// from a thread of its own, never from the signal handler).
///
/// Making, filling and removing go through one lock, so that a removal never
/// races a file being created in a folder it is emptying; once `removeAll`
/// has run, the lock stays held and nothing new is made.
public enum TemporaryFiles {
    public struct Token: Hashable, Sendable {
        let number: Int
    }

    private enum Kind { case file, folder }

    private static let lock = NSRecursiveLock()
    nonisolated(unsafe) private static var entries: [Int: (path: String, kind: Kind)] = [:]
    nonisolated(unsafe) private static var next = 0
    nonisolated(unsafe) private static var atExitInstalled = false

    /// Makes a temporary file with `make` (which returns its path, or nil when
    /// it failed) and registers it, both under the lock.
    public static func file(_ make: () -> String?) -> (path: String, token: Token)? {
        register(.file, make)
    }

    /// Makes a temporary folder with `make` and registers it; it is removed with what it holds.
    public static func folder(_ make: () -> String?) -> (path: String, token: Token)? {
        register(.folder, make)
    }

    private static func register(_ kind: Kind, _ make: () -> String?) -> (path: String, token: Token)? {
        lock.lock()
        defer { lock.unlock() }
        if !atExitInstalled {
            atExitInstalled = true
            atexit { TemporaryFiles.removeAll() }
        }
        guard let path = make() else { return nil }
        next += 1
        entries[next] = (path, kind)
        return (path, Token(number: next))
    }

    /// Runs `body` (writing into a registered folder) so that no removal of it happens meanwhile.
    public static func whileHeld<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The file or folder is gone, or renamed into place: forget it (removing it with `remove: true`).
    public static func release(_ token: Token, remove: Bool) {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries.removeValue(forKey: token.number) else { return }
        if remove { delete(entry.path, entry.kind) }
    }

    /// Removes every registered file and folder, and keeps the lock: the
    /// program is ending, and nothing may be made after this.
    public static func removeAll() {
        lock.lock()
        for (_, entry) in entries { delete(entry.path, entry.kind) }
        entries.removeAll()
    }

    /// The registered paths (for tests).
    public static var registered: [String] {
        lock.lock()
        defer { lock.unlock() }
        return entries.values.map(\.path)
    }

    private static func delete(_ path: String, _ kind: Kind) {
        switch kind {
        case .file: unlink(path)
        case .folder: try? FileManager.default.removeItem(atPath: path)
        }
    }
}
