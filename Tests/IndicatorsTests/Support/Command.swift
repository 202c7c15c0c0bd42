import Foundation

/// Runs a program and collects its standard output, with posix_spawn and
/// waitpid. The child starts with no signal blocked and every signal at its
/// default: the test runner's threads block most signals, and a tmux server
/// that inherited that mask could never be stopped.
enum Command {
    struct Result {
        var status: Int32
        var output: String
    }

    /// `capture: false` sends output to /dev/null: for programs that leave a
    /// daemon behind (tmux's server), which would otherwise hold the pipe open.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], capture: Bool = true, environment: [String: String]? = nil,
                    input: String? = nil) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var outputPipe: [Int32] = [-1, -1]
        var inputPipe: [Int32] = [-1, -1]
        if capture {
            guard pipe(&outputPipe) == 0 else { throw CocoaError(.fileWriteUnknown) }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, outputPipe[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if input != nil {
            guard pipe(&inputPipe) == 0 else { throw CocoaError(.fileWriteUnknown) }
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
            posix_spawn_file_actions_addclose(&actions, inputPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in 1..<32 where signal != SIGKILL && signal != SIGSTOP {
            sigaddset(&defaults, Int32(signal))
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { env?.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = env.map { posix_spawn(&pid, executable, &actions, &attributes, argv, $0) }
            ?? posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        if capture { close(outputPipe[1]) }
        if input != nil { close(inputPipe[0]) }
        guard spawned == 0 else {
            if capture { close(outputPipe[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO)
        }
        if let input {
            let bytes = Array(input.utf8)
            _ = bytes.withUnsafeBytes { write(inputPipe[1], $0.baseAddress, $0.count) }
            close(inputPipe[1])
        }
        var data = [UInt8]()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(outputPipe[0], &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                data += buffer[0..<count]
            }
            close(outputPipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs a shell line with $B as the built binary and $D as the shipped data file; returns status and stdout+stderr.
    static func shell(_ line: String, environment extra: [String: String] = [:]) throws -> Result {
        var environment = ["B": TmuxSession.binary, "D": RepositoryFiles.dataset, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm"]
        environment.merge(extra) { $1 }
        return try run("/bin/bash", ["-c", line], environment: environment)
    }
}
