#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Indicators

/// What a command that writes files does when it is interrupted (SIGINT,
/// SIGTERM, SIGHUP): its temporary files are removed (`TemporaryFiles`:
/// parked rows, copies, files not yet renamed into place), then it ends the
/// way the signal would have ended it (status 128 + the signal). The handler
/// only writes the signal's number to a pipe; a thread of its own reads it
/// and does the removing, which a signal handler may not. (The dashboard
/// has its own handling, in CursesBackend.)
enum Interruption {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers and the thread that acts on them.
    static func removeTemporaryFiles() {
        var ends: [Int32] = [0, 0]
        guard writeEnd < 0, pipe(&ends) == 0 else { return }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        writeEnd = ends[1]
        let readEnd = ends[0]
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) != 1 {
                if errno != EINTR { return }
            }
            TemporaryFiles.removeAll()
            let number = Int32(byte)
            signal(number, SIG_DFL)
            kill(getpid(), number)
            _exit(128 + number)
        }
        for number in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(Interruption.writeEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
    }

    /// Runs `body` (renames into place) to its end before an interruption acts: the
    /// removal waits for `TemporaryFiles`' lock, which `body` holds.
    static func heldBack<Result>(_ body: () throws -> Result) throws -> Result {
        try TemporaryFiles.whileHeld { () throws -> Result in try body() }
    }
}
