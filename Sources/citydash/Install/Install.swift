import ArgumentParser
import Foundation
import Indicators

/// Where `citydash install` puts each thing under a prefix: the places
/// `man`, bash-completion, zsh and fish look on their own.
struct InstallLayout {
    var prefix: String

    static let program = "bin/citydash"
    static let data = "share/citydash"
    static let manifest = "share/citydash/installed-files"
    static let manual = "share/man/man1/citydash.1"
    static let completions: [(shell: CompletionShell, path: String)] = [
        (.bash, "share/bash-completion/completions/citydash"),
        (.zsh, "share/zsh/site-functions/_citydash"),
        (.fish, "share/fish/vendor_completions.d/citydash.fish"),
    ]

    func path(_ relative: String) -> String { prefix == "/" ? "/" + relative : prefix + "/" + relative }

    /// `~` and a relative prefix made absolute.
    static func resolve(_ prefix: String) -> String {
        var path = prefix
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            path = home + path.dropFirst(1)
        }
        if !path.hasPrefix("/") { path = DataFileLocator.workingDirectory() + "/" + path }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The manifest: one path a line, relative to the prefix; a folder install made ends with "/".
    func readManifest() -> [String]? {
        guard let text = try? String(contentsOfFile: path(Self.manifest), encoding: .utf8) else { return nil }
        return text.split(separator: "\n").map(String.init).filter { entry in
            // Never anything outside the prefix, whatever the file says.
            !entry.hasPrefix("/") && !entry.split(separator: "/").contains("..") && !entry.isEmpty
        }
    }
}

struct Install: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install citydash, the shipped data, the manual page and the shell completions under a prefix.",
        discussion: """
            Writes <prefix>/bin/citydash, <prefix>/share/citydash/ (indicators.json and regions/), \
            <prefix>/share/man/man1/citydash.1 and the bash, zsh and fish completions, and lists every file it wrote \
            in <prefix>/share/citydash/installed-files for `citydash uninstall`. Installing again replaces them.
            """)

    @Option(help: ArgumentHelp("Where to install: ~/.local for you, /usr/local for every user.", valueName: "folder"))
    var prefix: String = "~/.local"

    @Option(help: ArgumentHelp(
        "The folder of the data to install: its indicators.json and regions/.",
        discussion: "Default: the nearest indicators.json above the working folder (the repository), else the installed data.",
        valueName: "folder"))
    var from: String?

    func run() throws {
        try Self.reportingFailures {
            let layout = InstallLayout(prefix: InstallLayout.resolve(prefix))
            var files: [(relative: String, bytes: [UInt8], executable: Bool)] = []

            guard let program = CurrentProgram.path, let binary = FileManager.default.contents(atPath: program) else {
                throw Failure(message: "cannot read the running program to copy it", exitCode: 74)
            }
            files.append((InstallLayout.program, Array(binary), true))

            for (path, relative) in try dataFiles() {
                let bytes: [UInt8]
                do throws(DataFileError) {
                    bytes = try DatasetLoader.readFile(path)
                    _ = try DatasetLoader.decode(bytes, file: path)  // only good data is installed
                } catch {
                    throw Failure(message: error.description, exitCode: error.exitCode)
                }
                files.append((InstallLayout.data + "/" + relative, bytes, false))
            }
            files.append((InstallLayout.manual, Array(ManualPage.text.utf8), false))
            for (shell, path) in InstallLayout.completions {
                files.append((path, Array(Citydash.completionScript(for: shell).utf8), false))
            }

            do {
                try FileManager.default.createDirectory(atPath: layout.prefix, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: "\(layout.prefix): cannot create the folder: \(error.localizedDescription)", exitCode: 73)
            }
            let previous = layout.readManifest() ?? []
            var folders = Set(previous.filter { $0.hasSuffix("/") })
            for file in files {
                folders.formUnion(try makeFolders(for: file.relative, in: layout))
                do throws(AtomicFile.WriteError) {
                    try AtomicFile.write(file.bytes, to: layout.path(file.relative))
                } catch {
                    throw Failure(message: error.description, exitCode: 74)
                }
                if file.executable { chmod(layout.path(file.relative), 0o755 & ~currentUmask()) }
            }
            // What an earlier install wrote and this one did not (a region since merged): gone.
            let written = Set(files.map(\.relative))
            for stale in previous where !stale.hasSuffix("/") && !written.contains(stale) && stale != InstallLayout.manifest {
                unlink(layout.path(stale))
            }
            let manifest = files.map(\.relative) + [InstallLayout.manifest] + folders.sorted()
            do throws(AtomicFile.WriteError) {
                try AtomicFile.write(Array((manifest.joined(separator: "\n") + "\n").utf8), to: layout.path(InstallLayout.manifest))
            } catch {
                throw Failure(message: error.description, exitCode: 74)
            }

            let regions = files.filter { $0.relative.hasPrefix(InstallLayout.data + "/regions/") }.count
            try StandardStreams.writeOutput("""
                installed under \(layout.prefix):
                  \(InstallLayout.program)
                  \(InstallLayout.data)/ (indicators.json and \(regions) files in regions/)
                  \(InstallLayout.manual)
                  \(InstallLayout.completions.map(\.path).joined(separator: "\n  "))
                remove them with: citydash uninstall --prefix \(layout.prefix)

                """)
            let bin = layout.path("bin")
            let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            if !path.contains(bin) && !path.contains(bin + "/") {
                StandardStreams.writeError("citydash: \(bin) is not on PATH; add it, e.g. export PATH=\"\(bin):$PATH\"\n")
            }
        }
    }

    /// The data to copy: each file's path and its place under share/citydash.
    private func dataFiles() throws -> [(path: String, relative: String)] {
        let paths: [String]
        if let from {
            guard DataFileLocator.isFile(from + "/" + DataFileLocator.defaultName) else {
                throw Failure(message: "--from \(from): no \(DataFileLocator.defaultName) in that folder", exitCode: 66)
            }
            paths = DataSearch.dataFolder(from)
        } else {
            // The shipped data: what the dashboard finds from here when nothing names other data.
            var environment = ProcessInfo.processInfo.environment
            environment["CITYDASH_DATA"] = nil
            do {
                paths = try DataSearch.find(.init(environment: environment, workingDirectory: DataFileLocator.workingDirectory(),
                                                  executable: CurrentProgram.path)).paths
            } catch {
                throw Failure(message: error.description + "\nname the folder with --from FOLDER", exitCode: error.exitCode)
            }
        }
        return paths.enumerated().map { index, path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return (path, index == 0 ? DataFileLocator.defaultName : DataFileLocator.regionsFolder + "/" + name)
        }
    }

    /// Creates the folders above `relative` that are not there; returns those it made ("share/man/").
    private func makeFolders(for relative: String, in layout: InstallLayout) throws -> [String] {
        var made: [String] = []
        let parts = relative.split(separator: "/").dropLast()
        var folder = ""
        for part in parts {
            folder += part + "/"
            let path = layout.path(String(folder.dropLast()))
            if DataFileLocator.isFolder(path) { continue }
            guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
                throw Failure(message: "\(path): cannot create the folder: \(String(cString: strerror(errno)))", exitCode: 73)
            }
            made.append(folder)
        }
        return made
    }

    private func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}

struct Uninstall: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove what `citydash install` wrote under a prefix, and nothing else.",
        discussion: "Reads <prefix>/share/citydash/installed-files; removes the files listed there, then the folders install made, if they are empty.")

    @Option(help: ArgumentHelp("The prefix given to install.", valueName: "folder"))
    var prefix: String = "~/.local"

    func run() throws {
        try Self.reportingFailures {
            let layout = InstallLayout(prefix: InstallLayout.resolve(prefix))
            guard let entries = layout.readManifest() else {
                throw Failure(message: "nothing to uninstall: \(layout.path(InstallLayout.manifest)) is not there", exitCode: 66)
            }
            var removed = 0
            for entry in entries where !entry.hasSuffix("/") && entry != InstallLayout.manifest {
                if unlink(layout.path(entry)) == 0 { removed += 1 }
            }
            unlink(layout.path(InstallLayout.manifest))
            // Deepest first, and only when empty: a folder holding anything of someone else's stays.
            for folder in entries.filter({ $0.hasSuffix("/") }).sorted(by: { $0.count > $1.count }) {
                rmdir(layout.path(String(folder.dropLast())))
            }
            try StandardStreams.writeOutput("removed \(removed) files from \(layout.prefix)\n")
        }
    }
}
