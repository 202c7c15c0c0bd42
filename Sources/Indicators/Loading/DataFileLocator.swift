#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the data file when none is named: `indicators.json` in the working
/// directory or the nearest folder above it, so `swift run citydash` works
/// from anywhere inside the repository. `DataSearch` adds the places an
/// installed program looks (the environment, the settings, the XDG folders).
public enum DataFileLocator {
    public static let defaultName = "indicators.json"

    /// `explicit` as given, else the nearest `indicators.json` at or above
    /// `directory`, as a path relative to it (`../indicators.json`).
    public static func locate(explicit: String?, from directory: String) throws(DataFileError) -> String {
        if let explicit { return explicit }
        var folder = directory
        var prefix = ""
        while true {
            let candidate = folder.hasSuffix("/") ? folder + defaultName : folder + "/" + defaultName
            if isFile(candidate) {
                return prefix + defaultName
            }
            guard let parent = parentFolder(of: folder) else { break }
            folder = parent
            prefix += "../"
        }
        throw .notFound(message: "no \(defaultName) in \(directory) or any folder above it; name a data file with --data PATH")
    }

    /// The folder of other regions' data files shipped beside `indicators.json`.
    public static let regionsFolder = "regions"

    /// Every file named: a folder stands for the `.json` files in it (not
    /// below it), in name order. With nothing named, the one `locate` finds,
    /// then the files of the `regions` folder beside it, if there is one.
    public static func locateAll(explicit: [String], from directory: String) throws(DataFileError) -> [String] {
        guard !explicit.isEmpty else {
            let main = try locate(explicit: nil, from: directory)
            let folder = String(main.dropLast(defaultName.count)) + regionsFolder
            let regions = isFolder(directory + "/" + folder) ? jsonFiles(in: directory + "/" + folder).map { folder + "/" + $0 } : []
            return [main] + regions
        }
        return try expand(explicit, in: .system)
    }

    /// Paths as `--data` names them: a file as it is, a folder as its `.json` files.
    static func expand(_ explicit: [String], in fileSystem: DataSearch.FileSystem) throws(DataFileError) -> [String] {
        var paths: [String] = []
        for path in explicit {
            guard fileSystem.isFolder(path) else {
                paths.append(path)
                continue
            }
            let files = fileSystem.jsonFiles(path)
            guard !files.isEmpty else {
                throw .notFound(message: "\(path): the folder has no .json data files")
            }
            paths += files.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        }
        return paths
    }

    public static func isFolder(_ path: String) -> Bool {
        fileType(path) == S_IFDIR
    }

    /// Names of the visible `.json` files directly in `folder`, sorted.
    static func jsonFiles(in folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if name.hasSuffix(".json"), !name.hasPrefix("."), isFile(path) { names.append(name) }
        }
        return names.sorted()
    }

    public static func isFile(_ path: String) -> Bool {
        fileType(path).map { $0 != S_IFDIR } ?? false
    }

    /// The type bits of `path`'s mode (`S_IFDIR`, `S_IFREG`…), nil when it cannot be read.
    private static func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    static func parentFolder(of folder: String) -> String? {
        var trimmed = folder
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard trimmed != "/", let slash = trimmed.lastIndex(of: "/") else { return nil }
        let parent = String(trimmed[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// The process's working directory.
    public static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
