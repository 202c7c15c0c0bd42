import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// An error the user can act on: its message goes to standard error, one
/// line per problem, prefixed with the program's name, and the process ends
/// with `exitCode` (sysexits values: 64 usage, 65 data, 66 no input, 74 I/O).
struct Failure: Error {
    var message: String
    var exitCode: Int32
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into its message and exit status.
    static func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            for line in failure.message.split(separator: "\n", omittingEmptySubsequences: false) {
                StandardStreams.writeError("citydash: \(line)\n")
            }
            throw ExitCode(failure.exitCode)
        }
    }
}

enum StandardStreams {
    /// Writes to standard output; a closed pipe (`citydash snapshot | head -1`) ends quietly.
    static func writeOutput(_ text: String) throws {
        signal(SIGPIPE, SIG_IGN)
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { throw ExitCode.success }
                    throw Failure(message: "cannot write to standard output: \(String(cString: strerror(errno)))", exitCode: 74)
                }
                offset += written
            }
        }
    }

    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}
