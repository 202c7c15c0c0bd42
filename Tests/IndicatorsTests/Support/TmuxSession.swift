import Foundation
import Testing

/// A real terminal for tests: a detached tmux session on a private server,
/// running a shell in which the built `citydash` is started. Screens are
/// read with capture-pane and waited for by polling, never fixed sleeps.
final class TmuxSession {
    let socket = "citydash-test-\(UUID().uuidString.prefix(8))"
    let target = "t"

    enum Failure: Error, CustomStringConvertible {
        case tmuxMissing
        case timeout(String, screen: String)
        var description: String {
            switch self {
            case .tmuxMissing: "tmux is not installed; the real-terminal tests need it (apt-get install tmux)"
            case .timeout(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
            }
        }
    }

    /// The built executable: beside the test bundle in the build folder.
    static let binary: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("citydash").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return RepositoryFiles.root + "/.build/debug/citydash"
    }()

    init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || Self.which("tmux") != nil else {
            throw Failure.tmuxMissing
        }
        // A known environment: the test runner's own (NO_COLOR among it) must not leak in.
        var env = ["LANG": "C.UTF-8", "PS1": "$ ", "HOME": NSTemporaryDirectory()]
        env.merge(environment) { $1 }
        let assignments = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        // The server this starts lives on: give it no pipe of ours to hold open.
        try Self.run(Self.which("tmux") ?? "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", target,
                                                             "-x", "\(width)", "-y", "\(height)", "env -u NO_COLOR -u LC_ALL -u LC_MESSAGES \(assignments) sh"])
    }

    deinit {
        try? Self.run(Self.which("tmux") ?? "/usr/bin/tmux", ["-L", socket, "kill-server"])
    }

    /// Types a command line into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", target, "-l", commandLine])
        try tmux(["send-keys", "-t", target, "Enter"])
    }

    /// Sends keys by tmux's names: "Left", "Escape", "q", "C-c".
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Pastes `text` as a terminal does: tmux's paste-buffer with -p sends it
    /// between the bracketed-paste markers when the application asked for them.
    func paste(_ text: String) throws {
        let file = NSTemporaryDirectory() + "citydash-paste-\(UUID().uuidString.prefix(8)).txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        try tmux(["load-buffer", file])
        try tmux(["paste-buffer", "-p", "-t", target])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    var screen: String {
        (try? tmux(["capture-pane", "-p", "-J", "-t", target])) ?? ""
    }

    /// The screen and up to 500 lines scrolled off it.
    var screenWithHistory: String {
        (try? tmux(["capture-pane", "-p", "-J", "-S", "-500", "-t", target])) ?? ""
    }

    /// The screen with its attributes as SGR escape sequences (colour, bold, reverse).
    var screenWithAttributes: String {
        (try? tmux(["capture-pane", "-p", "-e", "-t", target])) ?? ""
    }

    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let text = screen
            if condition(text) { return text }
            if Date() > deadline { throw Failure.timeout(what, screen: text) }
            usleep(30_000)
        }
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 15) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The process the shell is running in the foreground (the dashboard).
    func foregroundProcess() throws -> Int32? {
        let shell = try display("#{pane_pid}")
        let output = try Self.output(of: "/usr/bin/pgrep", ["-P", shell])
        return output.split(separator: "\n").first.flatMap { Int32($0) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.output(of: Self.which("tmux") ?? "/usr/bin/tmux", ["-L", socket] + arguments)
    }

    static func output(of executable: String, _ arguments: [String]) throws -> String {
        try Command.run(executable, arguments).output
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        try Command.run(executable, arguments, capture: false)
    }

    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

extension TmuxSession {
    /// A shell in a new terminal that has started the dashboard on `data`;
    /// when it ends, the shell prints `ended=<status>`. `prefix` goes before
    /// the command (`TERM=dumb `), `arguments` after the data file.
    static func dashboard(
        width: Int = 80, height: Int = 24, environment: [String: String] = [:], prefix: String = "",
        data: String = RepositoryFiles.dataset, arguments: String = ""
    ) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height, environment: environment)
        try tmux.waitFor(text: "$")
        try tmux.run("\(prefix)'\(binary)' --data '\(data)' \(arguments); echo \"ended=$?\"")
        return tmux
    }
}

extension TmuxSession {
    /// After the dashboard ends: the shell is back on the normal screen, the
    /// cursor shows, and typed text echoes (line mode and echo restored).
    /// `status` nil: a signal ended the dashboard, so the shell abandons the
    /// rest of the line (no `ended=`); wait for its prompt instead, up to
    /// `timeout` (a crash report takes a while to print).
    func expectTerminalRestored(status: String?, timeout: Double = 15) throws {
        if let status {
            try waitFor(text: "ended=\(status)", timeout: timeout)
        } else {
            try waitFor("the shell prompt", timeout: timeout) { $0.split(separator: "\n").last?.hasPrefix("$") == true }
        }
        #expect(try display("#{alternate_on}") == "0")
        #expect(try display("#{cursor_flag}") == "1")
        try run("echo typed-$((40+2))")
        try waitFor(text: "typed-42")
        // A long crash report can scroll the typed line off the screen: look in the scrollback too.
        #expect(screenWithHistory.contains("echo typed-$((40+2))"), "typed text did not echo")
    }
}
