import Foundation

/// Debian's chromium, headless, as the report tests' browser: each run gets its
/// own profile folder (tests run in parallel and a profile is locked by one
/// browser), its output and errors in files, and a time limit after which its
/// whole process group is killed, so a browser that hangs fails the test
/// instead of the suite.
enum Chromium {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
        /// Wall time of the run, for the report (never asserted).
        var seconds: Double

        /// The page's console messages (errors, uncaught exceptions), as `--enable-logging=stderr` prints them.
        var consoleLines: [String] {
            errors.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
        }
    }

    enum Problem: Error, CustomStringConvertible {
        case missing
        case timedOut(seconds: Double, arguments: [String])

        var description: String {
            switch self {
            case .missing: "chromium is not installed (apt-get install chromium; .ci/run installs it when missing)"
            case .timedOut(let seconds, let arguments): "chromium ran longer than \(seconds) s: \(arguments.joined(separator: " "))"
            }
        }
    }

    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs chromium headless with `arguments` (after the fixed ones) and waits at most `timeout` seconds.
    static func run(_ arguments: [String], timeout: Double = 90) throws -> Run {
        guard let path else { throw Problem.missing }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let all = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                   "--user-data-dir=\(folder.path)/profile", "--enable-logging=stderr", "--v=0"] + arguments
        let outputPath = folder.path + "/stdout"
        let errorPath = folder.path + "/stderr"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        // A process group of its own, so that the renderer and GPU processes are killed with it.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv = ([path] + all).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        let start = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, env)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { break }
            if Date().timeIntervalSince(start) > timeout {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                throw Problem.timedOut(seconds: timeout, arguments: arguments)
            }
            usleep(20_000)
        }
        // Whatever it left behind in its group (a zygote) goes with it.
        kill(-pid, SIGKILL)
        let seconds = Date().timeIntervalSince(start)
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return Run(status: exitStatus, output: output, errors: errors, seconds: seconds)
    }

    /// The DOM of `file` after the browser has loaded it.
    static func dumpDOM(of file: String) throws -> Run {
        try run(["--dump-dom", URL(fileURLWithPath: file).absoluteString])
    }

    /// `file` printed to `pdf` (A4 from the page's own @page rule; no header or footer).
    static func printToPDF(_ file: String, pdf: String) throws -> Run {
        try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: file).absoluteString])
    }

    /// A picture of `file` in a window of the given size.
    static func screenshot(_ file: String, png: String, width: Int, height: Int) throws -> Run {
        try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars", URL(fileURLWithPath: file).absoluteString])
    }
}

/// poppler-utils' pdfinfo: the page count and size of a PDF.
enum PDFInfo {
    static let path: String? = ["/usr/bin/pdfinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func pages(of pdf: String) throws -> (count: Int, size: String)? {
        guard let path else { return nil }
        let result = try Command.run(path, [pdf])
        var count: Int?
        var size = ""
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Pages" { count = Int(parts[1]) }
            if parts[0] == "Page size" { size = parts[1] }
        }
        return count.map { ($0, size) }
    }
}
