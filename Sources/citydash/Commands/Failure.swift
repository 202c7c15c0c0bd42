import ArgumentParser
import Indicators

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
                StandardStreams.writeError("citydash: \(Self.safe(String(line)))\n")
            }
            throw ExitCode(failure.exitCode)
        }
    }

    /// The widest line a message prints, in columns: a value of megabytes is cut, not echoed whole.
    static var messageLimit: Int { 2_000 }

    /// A line of a message as the terminal may show it: what could act on the terminal (ESC, BEL,
    /// bidi overrides; echoed from an argument or a file) made visible, and a very long line cut.
    static func safe(_ line: String) -> String {
        DisplayWidth.truncate(TextSafety.visible(line), to: messageLimit)
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
