import Testing
@testable import Indicators

/// The search order, on a made-up file system: each row is the files that
/// exist, the environment, the working folder and the program's path, and
/// what the search must answer.
@Suite struct DataSearchTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String]
        var explicit: [String] = []
        var environment: [String: String] = ["HOME": "/home/u"]
        var configured: [String] = []
        var cwd = "/work/project/sub"
        var executable: String? = "/opt/citydash/bin/citydash"
        var paths: [String]
        var origin: DataSearch.Origin
        var testDescription: String { name }
    }

    static let installed = ["indicators.json", "regions/KZ.json", "regions/KZ-71.json"]
    static func under(_ folder: String, _ names: [String] = installed) -> [String] { names.map { folder + "/" + $0 } }

    static let cases: [Case] = [
        Case(name: "--data wins over everything", files: under("/home/u/.local/share/citydash") + ["/d/a.json"],
             explicit: ["/d/a.json"], environment: ["HOME": "/home/u", "CITYDASH_DATA": "/nope"],
             paths: ["/d/a.json"], origin: .option),
        Case(name: "CITYDASH_DATA, a file", files: ["/d/a.json", "/work/project/indicators.json"],
             environment: ["CITYDASH_DATA": "/d/a.json"], paths: ["/d/a.json"], origin: .environment),
        Case(name: "CITYDASH_DATA, an installed folder: indicators.json and its regions", files: under("/d"),
             environment: ["CITYDASH_DATA": "/d"], paths: ["/d/indicators.json", "/d/regions/KZ-71.json", "/d/regions/KZ.json"],
             origin: .environment),
        Case(name: "CITYDASH_DATA, a folder of cities", files: ["/d/b.json", "/d/a.json"],
             environment: ["CITYDASH_DATA": "/d"], paths: ["/d/a.json", "/d/b.json"], origin: .environment),
        Case(name: "the settings' data before the working folder", files: ["/s/x.json", "/work/project/indicators.json"],
             configured: ["/s/x.json"], paths: ["/s/x.json"], origin: .settings(file: "config.toml")),
        Case(name: "the nearest indicators.json above, with regions beside it, relative",
             files: under("/work/project") + under("/home/u/.local/share/citydash"),
             paths: ["../indicators.json", "../regions/KZ-71.json", "../regions/KZ.json"], origin: .aboveWorkingFolder),
        Case(name: "XDG_DATA_HOME", files: under("/xdg/home/citydash") + under("/usr/share/citydash"),
             environment: ["HOME": "/home/u", "XDG_DATA_HOME": "/xdg/home"],
             paths: under("/xdg/home/citydash", ["indicators.json", "regions/KZ-71.json", "regions/KZ.json"]), origin: .dataHome),
        Case(name: "XDG_DATA_HOME defaults to ~/.local/share", files: under("/home/u/.local/share/citydash"),
             paths: under("/home/u/.local/share/citydash", ["indicators.json", "regions/KZ-71.json", "regions/KZ.json"]),
             origin: .dataHome),
        Case(name: "a relative XDG_DATA_HOME is ignored", files: under("/home/u/.local/share/citydash") + ["rel/citydash/indicators.json"],
             environment: ["HOME": "/home/u", "XDG_DATA_HOME": "rel"],
             paths: under("/home/u/.local/share/citydash", ["indicators.json", "regions/KZ-71.json", "regions/KZ.json"]),
             origin: .dataHome),
        Case(name: "XDG_DATA_DIRS in order", files: ["/b/citydash/indicators.json", "/c/citydash/indicators.json"],
             environment: ["HOME": "/home/u", "XDG_DATA_DIRS": "/a:/b:/c"], paths: ["/b/citydash/indicators.json"], origin: .dataDirs),
        Case(name: "XDG_DATA_DIRS defaults to /usr/local/share:/usr/share", files: ["/usr/share/citydash/indicators.json"],
             paths: ["/usr/share/citydash/indicators.json"], origin: .dataDirs),
        Case(name: "<prefix>/share/citydash beside <prefix>/bin/citydash, with no HOME",
             files: under("/opt/citydash/share/citydash"), environment: [:],
             paths: under("/opt/citydash/share/citydash", ["indicators.json", "regions/KZ-71.json", "regions/KZ.json"]),
             origin: .besideProgram),
    ]

    @Test(arguments: cases)
    func findsByTheOrder(_ row: Case) throws {
        let found = try DataSearch.find(.init(explicit: row.explicit, environment: row.environment, configured: row.configured,
                                              configFile: "config.toml", workingDirectory: row.cwd, executable: row.executable),
                                        in: Self.fileSystem(row.files))
        #expect(found.paths == row.paths)
        #expect(found.origin == row.origin)
    }

    struct Failing: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String] = []
        var environment: [String: String]
        var configured: [String] = []
        var executable: String? = "/opt/citydash/bin/citydash"
        var lines: [String]
        var testDescription: String { name }
    }

    static let failing: [Failing] = [
        Failing(name: "a CITYDASH_DATA that is not there is an error, not a reason to look further",
                files: under("/home/u/.local/share/citydash"), environment: ["HOME": "/home/u", "CITYDASH_DATA": "/gone"],
                lines: ["CITYDASH_DATA=/gone: no such file or folder"]),
        Failing(name: "a settings path that is not there", files: ["/work/project/indicators.json"],
                environment: ["HOME": "/home/u"], configured: ["/gone.json"],
                lines: ["config.toml: data: /gone.json: no such file or folder"]),
        Failing(name: "nothing anywhere: every place is listed",
                environment: ["HOME": "/home/u", "XDG_DATA_DIRS": "/a:/b"],
                lines: ["no data files found; looked for indicators.json in:",
                        "  CITYDASH_DATA: not set",
                        "  no indicators.json in /work/project/sub or any folder above it",
                        "  $XDG_DATA_HOME/citydash: /home/u/.local/share/citydash",
                        "  $XDG_DATA_DIRS: /a/citydash",
                        "  $XDG_DATA_DIRS: /b/citydash",
                        "  beside the program: /opt/citydash/share/citydash",
                        "name data with --data PATH or CITYDASH_DATA, or install it with `citydash install`"]),
        Failing(name: "no HOME and a program outside a bin folder", environment: [:], executable: "/build/debug/citydash",
                lines: ["no data files found; looked for indicators.json in:",
                        "  CITYDASH_DATA: not set",
                        "  no indicators.json in /work/project/sub or any folder above it",
                        "  $XDG_DATA_HOME/citydash: neither XDG_DATA_HOME nor HOME is set",
                        "  beside the program: /build/debug/citydash is not in a <prefix>/bin folder",
                        "  $XDG_DATA_DIRS: /usr/local/share/citydash",
                        "  $XDG_DATA_DIRS: /usr/share/citydash",
                        "name data with --data PATH or CITYDASH_DATA, or install it with `citydash install`"]),
    ]

    @Test(arguments: failing)
    func saysWhereItLooked(_ row: Failing) {
        #expect(throws: DataFileError.notFound(message: row.lines.joined(separator: "\n"))) {
            try DataSearch.find(.init(environment: row.environment, configured: row.configured, configFile: "config.toml",
                                      workingDirectory: "/work/project/sub", executable: row.executable),
                                in: Self.fileSystem(row.files))
        }
        #expect(DataFileError.notFound(message: "").exitCode == 66)
    }

    @Test func installPrefix() throws {
        #expect(DataSearch.installPrefix(ofExecutable: "/usr/local/bin/citydash") == "/usr/local")
        #expect(DataSearch.installPrefix(ofExecutable: "/bin/citydash") == "/")
        #expect(DataSearch.installPrefix(ofExecutable: "/repo/.build/debug/citydash") == nil)
        #expect(DataSearch.installPrefix(ofExecutable: "bin/citydash") == nil)
        #expect(DataSearch.installPrefix(ofExecutable: nil) == nil)
    }

    /// A file system that holds `files` (absolute, or relative to /work/project/sub) and their folders.
    static func fileSystem(_ files: [String]) -> DataSearch.FileSystem {
        let absolute = Set(files.map { normalize($0.hasPrefix("/") ? $0 : "/work/project/sub/" + $0) })
        var folders = Set<String>()
        for file in absolute {
            var folder = file
            while let parent = DataFileLocator.parentFolder(of: folder) {
                folders.insert(parent)
                folder = parent
            }
        }
        let known = folders
        return DataSearch.FileSystem(
            isFile: { absolute.contains(normalize($0.hasPrefix("/") ? $0 : "/work/project/sub/" + $0)) },
            isFolder: { known.contains(normalize($0.hasPrefix("/") ? $0 : "/work/project/sub/" + $0)) },
            jsonFiles: { folder in
                let prefix = normalize(folder.hasPrefix("/") ? folder : "/work/project/sub/" + folder) + "/"
                return absolute.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") && $0.hasSuffix(".json") }
                    .map { String($0.dropFirst(prefix.count)) }.sorted()
            })
    }

    /// `/a/b/../c` → `/a/c`.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }
}
