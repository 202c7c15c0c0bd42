import Foundation
import Testing
@testable import Indicators

/// `citydash install` into a temporary prefix, then the installed program
/// run as a new user would: from another folder, with a bare environment
/// (no repository around it, nothing but PATH and HOME).
@Suite(.serialized) struct InstallTests {
    /// A home folder with the program installed into `~/.local`.
    final class Installed {
        let home: TemporaryFolder
        let work: TemporaryFolder
        var prefix: String { home.path + "/.local" }
        let output: Command.Result

        init() throws {
            home = try TemporaryFolder()
            work = try TemporaryFolder()
            output = try Command.run("/bin/sh", ["-c", "cd \"$ROOT\" && \"$B\" install --prefix \"$HOME/.local\" 2>&1"],
                                     environment: ["ROOT": RepositoryFiles.root, "B": TmuxSession.binary, "HOME": home.path,
                                                   "PATH": "/usr/bin:/bin"])
        }

        /// A shell line run in the other folder with only PATH (the prefix's bin first) and HOME; stdout and stderr.
        func run(_ line: String, environment: [String: String] = [:]) throws -> Command.Result {
            var bare = ["PATH": "\(prefix)/bin:/usr/bin:/bin", "HOME": home.path]
            bare.merge(environment) { $1 }
            return try Command.run("/bin/sh", ["-c", "cd '\(work.path)' && \(line) 2>&1"], environment: bare)
        }

        deinit {
            home.remove()
            work.remove()
        }
    }

    static let regionFiles = DataFileLocator.jsonFiles(in: RepositoryFiles.root + "/regions")

    @Test func installsEverythingUnderThePrefix() throws {
        let installed = try Installed()
        #expect(installed.output.status == 0, "\(installed.output.output)")
        let prefix = installed.prefix
        #expect(FileManager.default.isExecutableFile(atPath: "\(prefix)/bin/citydash"))
        #expect(FileManager.default.contents(atPath: "\(prefix)/share/citydash/indicators.json")
                == FileManager.default.contents(atPath: RepositoryFiles.dataset))
        #expect(DataFileLocator.jsonFiles(in: "\(prefix)/share/citydash/regions") == Self.regionFiles)
        #expect(Self.regionFiles.count >= 20)
        for file in ["share/man/man1/citydash.1", "share/bash-completion/completions/citydash",
                     "share/zsh/site-functions/_citydash", "share/fish/vendor_completions.d/citydash.fish"] {
            #expect(FileManager.default.fileExists(atPath: "\(prefix)/\(file)"), "\(file) is missing")
        }
        // Not on the bare PATH of the installing shell: it says how to put it there.
        #expect(installed.output.output.contains("\(prefix)/bin is not on PATH"))
    }

    @Test func theInstalledProgramOpensTheShippedDataFromAnywhere() throws {
        let installed = try Installed()
        let snapshot = try installed.run("citydash snapshot --width 100 --height 30")
        #expect(snapshot.status == 0, "\(snapshot.output)")
        #expect(snapshot.output.contains(" Almaty 1/\(Self.regionFiles.count + 1) "), "\(snapshot.output)")

        let version = try installed.run("citydash --version")
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("citydash 1.0.0\ndata: 20"), "\(version.output)")
        #expect(version.output.contains("sources in \(Self.regionFiles.count + 1) files (\(installed.prefix)/share/citydash, from $XDG_DATA_HOME/citydash)"),
                "\(version.output)")

        // Without HOME the data is still found beside the program (<prefix>/bin/citydash → <prefix>/share/citydash).
        let homeless = try Command.run("/bin/sh", ["-c", "cd '\(installed.work.path)' && citydash --version"],
                                       environment: ["PATH": "\(installed.prefix)/bin:/usr/bin:/bin"])
        #expect(homeless.output.contains("(\(installed.prefix)/share/citydash, from beside the program)"), "\(homeless.output)")

        // Piped, with no subcommand: the snapshot, and one line on standard error that says why.
        let piped = try installed.run("citydash 2>&1 >/dev/null | cat")
        #expect(piped.output == "citydash: output is not a terminal; printed a snapshot (use 'citydash snapshot' to choose the format)\n")
        let named = try installed.run("citydash dashboard 2>&1 >/dev/null | cat")
        #expect(named.output == "")
    }

    @Test func aSettingChangesTheDefaultLanguageAndTheOptionWins() throws {
        let installed = try Installed()
        try installed.home.write(".config/citydash/config.toml", "# my settings\nlanguage = \"kk\"\n")
        let kazakh = try installed.run("citydash snapshot --width 100 --height 30")
        #expect(kazakh.output.contains("Көрсеткіштер · "), "\(kazakh.output)")
        let english = try installed.run("citydash snapshot --width 100 --height 30 --lang en")
        #expect(english.output.contains("Indicators · "))
        let config = try installed.run("citydash config")
        #expect(config.output.contains("language       kk"), "\(config.output)")
        #expect(config.output.contains("# \(installed.home.path)/.config/citydash/config.toml:2"), "\(config.output)")

        try installed.home.write(".config/citydash/config.toml", "language = \"kk\"\nlangauge = \"ru\"\n")
        let bad = try installed.run("citydash snapshot")
        #expect(bad.status == 78)
        #expect(bad.output == "citydash: \(installed.home.path)/.config/citydash/config.toml:2:1: unknown setting \"langauge\"; the settings are language, data, snapshot-dir, palette, source\n")
    }

    @Test func uninstallRemovesWhatInstallWroteAndNothingElse() throws {
        let installed = try Installed()
        let mine = try installed.home.write(".local/share/man/man1/other.1", "not citydash's")
        let removed = try installed.run("citydash uninstall")
        #expect(removed.status == 0, "\(removed.output)")
        #expect(removed.output.hasPrefix("removed \(Self.regionFiles.count + 1 + 5) files from \(installed.prefix)"), "\(removed.output)")
        let left = FileManager.default.enumerator(atPath: installed.prefix)?.compactMap { $0 as? String }.sorted() ?? []
        #expect(left == ["share", "share/man", "share/man/man1", "share/man/man1/other.1"])
        #expect(FileManager.default.fileExists(atPath: mine))
        let again = try Command.run("/bin/sh", ["-c", "\"$B\" uninstall --prefix '\(installed.prefix)' 2>&1"],
                                    environment: ["B": TmuxSession.binary])
        #expect(again.status == 66)
    }

    @Test func nothingFoundListsEveryPlace() throws {
        let work = try TemporaryFolder()
        defer { work.remove() }
        let result = try Command.run("/bin/sh", ["-c", "cd '\(work.path)' && \"$B\" snapshot 2>&1"],
                                     environment: ["B": TmuxSession.binary, "HOME": work.path, "XDG_DATA_DIRS": "\(work.path)/none"])
        #expect(result.status == 66)
        #expect(result.output.contains("citydash:   $XDG_DATA_HOME/citydash: \(work.path)/.local/share/citydash\n"), "\(result.output)")
        #expect(result.output.contains("citydash:   $XDG_DATA_DIRS: \(work.path)/none/citydash\n"))
        #expect(result.output.contains("no indicators.json in \(work.path) or any folder above it"))
        let named = try Command.run("/bin/sh", ["-c", "cd '\(work.path)' && \"$B\" snapshot 2>&1"],
                                    environment: ["B": TmuxSession.binary, "CITYDASH_DATA": RepositoryFiles.root])
        #expect(named.status == 0)
        #expect(named.output.contains(" Almaty 1/\(Self.regionFiles.count + 1) "))
    }

    @Test func bashCompletesSubcommandsAndOptions() throws {
        let installed = try Installed()
        let script = "\(installed.prefix)/share/bash-completion/completions/citydash"
        let line = """
            source '\(script)'
            c() { COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$1"; [[ "$1" == *" " ]] && COMP_WORDS+=("")
                  COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=()
                  _citydash citydash "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[*]}"; }
            c "citydash sn"; c "citydash snapshot --fo"; c "citydash snapshot --format "; c "citydash ins"; c "citydash install --pr"
            """
        let result = try Command.run("/bin/bash", ["-c", line], environment: ["PATH": "\(installed.prefix)/bin:/usr/bin:/bin"])
        #expect(result.output == "snapshot\n--format\ntext markdown json csv svg\ninstall\n--prefix\n")
    }

    @Test func theInstalledDashboardInATerminal() throws {
        let installed = try Installed()
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.waitFor(text: "$")
        try tmux.run("cd '\(installed.work.path)' && env -i PATH='\(installed.prefix)/bin:/usr/bin:/bin' HOME='\(installed.home.path)' "
                     + "TERM=xterm LANG=C.UTF-8 citydash; echo \"ended=$?\"")
        try tmux.waitFor(text: " Almaty 1/\(Self.regionFiles.count + 1) ")
        try tmux.send(">")
        try tmux.waitFor(text: " 2/\(Self.regionFiles.count + 1) ")
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }
}
