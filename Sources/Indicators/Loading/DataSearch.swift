/// Where the data files come from when the program is run from anywhere.
/// The order, first found wins:
///
/// 1. `--data` (as given: files, or folders of `.json` files);
/// 2. `CITYDASH_DATA`, a file or a folder;
/// 3. the settings file's `data` paths;
/// 4. the nearest `indicators.json` at or above the working folder (the
///    repository), with `regions/` beside it;
/// 5. `$XDG_DATA_HOME/citydash` (default `~/.local/share/citydash`);
/// 6. each `$XDG_DATA_DIRS` folder + `/citydash` (default `/usr/local/share:/usr/share`);
/// 7. `<prefix>/share/citydash` for the program at `<prefix>/bin/citydash`.
///
/// The search is a function of its inputs (the environment, the working
/// folder, the program's path and what the file system holds), so the
/// tests give it a made-up file system.
public enum DataSearch {
    /// What the search reads: nothing comes from the process itself.
    public struct Inputs: Sendable {
        public var explicit: [String]
        public var environment: [String: String]
        /// The settings file's `data` paths (already absolute or relative to the working folder) and the file's name.
        public var configured: [String]
        public var configFile: String?
        public var workingDirectory: String
        /// The running program's path, `<prefix>/bin/citydash` when installed; nil when unknown.
        public var executable: String?

        public init(explicit: [String] = [], environment: [String: String] = [:], configured: [String] = [],
                    configFile: String? = nil, workingDirectory: String, executable: String? = nil) {
            self.explicit = explicit
            self.environment = environment
            self.configured = configured
            self.configFile = configFile
            self.workingDirectory = workingDirectory
            self.executable = executable
        }
    }

    /// Which rule found the data.
    public enum Origin: Sendable, Equatable {
        case option
        case environment
        case settings(file: String)
        case aboveWorkingFolder
        case dataHome
        case dataDirs
        case besideProgram

        /// How `citydash config` and the messages name it.
        public var label: String {
            switch self {
            case .option: "--data"
            case .environment: "CITYDASH_DATA"
            case .settings(let file): file
            case .aboveWorkingFolder: "the nearest indicators.json above the working folder"
            case .dataHome: "$XDG_DATA_HOME/citydash"
            case .dataDirs: "$XDG_DATA_DIRS"
            case .besideProgram: "beside the program"
            }
        }
    }

    public struct Found: Sendable, Equatable {
        /// Every data file, the main one first.
        public var paths: [String]
        public var origin: Origin
        /// The folder or file that was named or found (`~/.local/share/citydash`).
        public var place: String
    }

    /// What the search asks of the file system.
    public struct FileSystem: Sendable {
        public var isFile: @Sendable (String) -> Bool
        public var isFolder: @Sendable (String) -> Bool
        /// The visible `.json` files directly in a folder, by name, sorted.
        public var jsonFiles: @Sendable (String) -> [String]

        public init(isFile: @escaping @Sendable (String) -> Bool, isFolder: @escaping @Sendable (String) -> Bool,
                    jsonFiles: @escaping @Sendable (String) -> [String]) {
            self.isFile = isFile
            self.isFolder = isFolder
            self.jsonFiles = jsonFiles
        }

        public static let system = FileSystem(isFile: DataFileLocator.isFile, isFolder: DataFileLocator.isFolder,
                                              jsonFiles: DataFileLocator.jsonFiles(in:))
    }

    /// The installed folders, in search order after the working folder: each
    /// with the rule that names it; those that cannot be named (HOME unset) are left out.
    public static func installedFolders(environment: [String: String], executable: String?) -> [(origin: Origin, folder: String)] {
        var folders: [(Origin, String)] = []
        if let home = dataHome(environment) { folders.append((.dataHome, join(home, "citydash"))) }
        for folder in dataDirs(environment) { folders.append((.dataDirs, join(folder, "citydash"))) }
        if let prefix = installPrefix(ofExecutable: executable) {
            folders.append((.besideProgram, join(prefix, "share/citydash")))
        }
        return folders
    }

    /// `$XDG_DATA_HOME`, else `$HOME/.local/share`; a relative value is ignored, as the XDG rules say.
    public static func dataHome(_ environment: [String: String]) -> String? {
        if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") { return value }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return join(home, ".local/share")
    }

    /// `$XDG_DATA_DIRS`, else `/usr/local/share:/usr/share`; relative entries are ignored.
    public static func dataDirs(_ environment: [String: String]) -> [String] {
        let value = environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        return value.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
    }

    /// `<prefix>` for a program at `<prefix>/bin/citydash`; nil for a program elsewhere (a build folder).
    public static func installPrefix(ofExecutable executable: String?) -> String? {
        guard let executable, executable.hasPrefix("/"),
              let bin = DataFileLocator.parentFolder(of: executable),
              bin.split(separator: "/").last == "bin",
              let prefix = DataFileLocator.parentFolder(of: bin) else { return nil }
        return prefix
    }

    /// The data files, by the first rule that names or finds any; a path that
    /// was named but is not there is an error, never a reason to look further.
    public static func find(_ inputs: Inputs, in fileSystem: FileSystem = .system) throws(DataFileError) -> Found {
        if !inputs.explicit.isEmpty {
            let paths = try DataFileLocator.expand(inputs.explicit, in: fileSystem)
            return Found(paths: paths, origin: .option, place: inputs.explicit.joined(separator: ", "))
        }
        if let named = inputs.environment["CITYDASH_DATA"], !named.isEmpty {
            return Found(paths: try dataIn(named, namedBy: "CITYDASH_DATA=\(named)", fileSystem),
                         origin: .environment, place: named)
        }
        if !inputs.configured.isEmpty {
            let file = inputs.configFile ?? "config.toml"
            var paths: [String] = []
            for path in inputs.configured {
                paths += try dataIn(path, namedBy: "\(file): data: \(path)", fileSystem)
            }
            return Found(paths: paths, origin: .settings(file: file), place: inputs.configured.joined(separator: ", "))
        }
        if let main = upward(from: inputs.workingDirectory, fileSystem) {
            let folder = String(main.dropLast(DataFileLocator.defaultName.count)) + DataFileLocator.regionsFolder
            let absolute = join(inputs.workingDirectory, folder)
            let regions = fileSystem.isFolder(absolute) ? fileSystem.jsonFiles(absolute).map { folder + "/" + $0 } : []
            return Found(paths: [main] + regions, origin: .aboveWorkingFolder, place: main)
        }
        let installed = installedFolders(environment: inputs.environment, executable: inputs.executable)
        for (origin, folder) in installed where fileSystem.isFile(join(folder, DataFileLocator.defaultName)) {
            return Found(paths: dataFolder(folder, fileSystem), origin: origin, place: folder)
        }
        var lines = ["no data files found; looked for \(DataFileLocator.defaultName) in:",
                     "  CITYDASH_DATA: not set",
                     "  no \(DataFileLocator.defaultName) in \(inputs.workingDirectory) or any folder above it"]
        if dataHome(inputs.environment) == nil { lines.append("  $XDG_DATA_HOME/citydash: neither XDG_DATA_HOME nor HOME is set") }
        if installPrefix(ofExecutable: inputs.executable) == nil {
            lines.append("  beside the program: \(inputs.executable ?? "its path is unknown") is not in a <prefix>/bin folder")
        }
        for (origin, folder) in installed { lines.append("  \(origin.label): \(folder)") }
        lines.append("name data with --data PATH or CITYDASH_DATA, or install it with `citydash install`")
        throw .notFound(message: lines.joined(separator: "\n"))
    }

    /// A file as it is; a folder holding `indicators.json`, that file and its
    /// `regions/`; any other folder, its `.json` files.
    static func dataIn(_ path: String, namedBy name: String, _ fileSystem: FileSystem) throws(DataFileError) -> [String] {
        if fileSystem.isFolder(path) {
            if fileSystem.isFile(join(path, DataFileLocator.defaultName)) { return dataFolder(path, fileSystem) }
            let files = fileSystem.jsonFiles(path)
            guard !files.isEmpty else { throw .notFound(message: "\(name): the folder has no .json data files") }
            return files.map { join(path, $0) }
        }
        guard fileSystem.isFile(path) else { throw .notFound(message: "\(name): no such file or folder") }
        return [path]
    }

    /// `indicators.json` in `folder`, then the files of `regions/` beside it.
    public static func dataFolder(_ folder: String, _ fileSystem: FileSystem = .system) -> [String] {
        let regions = join(folder, DataFileLocator.regionsFolder)
        let files = fileSystem.isFolder(regions) ? fileSystem.jsonFiles(regions).map { join(regions, $0) } : []
        return [join(folder, DataFileLocator.defaultName)] + files
    }

    /// The nearest `indicators.json` at or above `directory`, relative to it (`../indicators.json`).
    static func upward(from directory: String, _ fileSystem: FileSystem) -> String? {
        var folder = directory
        var prefix = ""
        while true {
            if fileSystem.isFile(join(folder, DataFileLocator.defaultName)) { return prefix + DataFileLocator.defaultName }
            guard let parent = DataFileLocator.parentFolder(of: folder) else { return nil }
            folder = parent
            prefix += "../"
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        if name.hasPrefix("/") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
