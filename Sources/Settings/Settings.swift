import Indicators
import TOMLKit
import Widgets

/// The settings of `config.toml`: what a person sets once and every run
/// uses, below the command line (which always wins).
///
/// ```toml
/// language = "kk"                       # en, kk or ru
/// data = ["~/citydash/indicators.json"] # a file or a folder, or several
/// snapshot-dir = "~/snapshots"          # where `p` writes
/// palette = "classic"                   # okabe-ito (the default) or classic
/// source = "https://stat.gov.kz"        # where `update` downloads the bureau's tables
/// ```
public struct Settings: Sendable, Equatable {
    public enum Key: String, CaseIterable, Sendable {
        case language
        case data
        case snapshotDir = "snapshot-dir"
        case palette
        case source
    }

    public var language: Language?
    /// Absolute, or relative to the working folder: `~` and paths relative to the file are resolved.
    public var data: [String] = []
    public var snapshotDir: String?
    public var palette: Palette?
    /// Where `citydash update` downloads the bureau's tables (`https://stat.gov.kz`).
    public var source: String?
    /// The file read, nil when there is none.
    public var file: String?
    /// Where each key was set: its line in `file`.
    public var lines: [Key: Int] = [:]

    public init(language: Language? = nil, data: [String] = [], snapshotDir: String? = nil, file: String? = nil,
                lines: [Key: Int] = [:]) {
        self.language = language
        self.data = data
        self.snapshotDir = snapshotDir
        self.file = file
        self.lines = lines
    }

    /// `file:line` for a key that was set, for `citydash config`.
    public func origin(of key: Key) -> String? {
        guard let file, let line = lines[key] else { return nil }
        return "\(file):\(line)"
    }
}

/// A setting that cannot be used: where it is and why. Exit 78 (EX_CONFIG).
public struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public static let exitCode: Int32 = 78

    public var description: String { "\(file):\(line):\(column): \(TextSafety.visible(message))" }
}

public enum SettingsFile {
    /// `$XDG_CONFIG_HOME/citydash/config.toml`, else `$HOME/.config/citydash/config.toml`; nil with neither set.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return join(config, "citydash/config.toml")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return join(home, ".config/citydash/config.toml")
    }

    /// The settings in force: the file's, or none when there is no file.
    public static func load(environment: [String: String]) throws(SettingsError) -> Settings {
        guard let path = path(environment: environment) else { return Settings() }
        let bytes: [UInt8]
        do {
            bytes = try DatasetLoader.readFile(path)
        } catch {
            switch error {
            case .notFound: return Settings()
            case .unreadable(_, let reason): throw SettingsError(file: path, line: 1, column: 1, message: "cannot read: \(reason)")
            case .tooLarge, .invalid: throw SettingsError(file: path, line: 1, column: 1, message: "the file is too large for settings")
            }
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: path, home: environment["HOME"])
    }

    /// Checks every key: an unknown key, a wrong type or a value out of range
    /// is an error at its line and column.
    public static func parse(_ text: String, file: String, home: String?) throws(SettingsError) -> Settings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SettingsError(file: file, line: max(error.source.begin.line, 1), column: max(error.source.begin.column, 1),
                                message: error.description)
        } catch {
            throw SettingsError(file: file, line: 1, column: 1, message: "\(error)")
        }
        let places = KeyPlaces(text)
        var settings = Settings(file: file)
        let folder = parentFolder(of: file)
        for name in table.keys.sorted(by: { places.line(of: $0) < places.line(of: $1) }) {
            guard let value = table[name] else { continue }
            let place = places.place(of: name)
            func fail(_ message: String, atValue: Bool = true) -> SettingsError {
                SettingsError(file: file, line: place.line, column: atValue ? place.valueColumn : place.keyColumn, message: message)
            }
            guard let key = Settings.Key(rawValue: name) else {
                let known = Settings.Key.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown setting \"\(name)\"; the settings are \(known)", atValue: false)
            }
            settings.lines[key] = place.line
            switch key {
            case .language:
                guard let code = value.string else { throw fail("language: expected a string, found \(article(value.type))") }
                guard let language = Language(rawValue: code) else {
                    throw fail("language: \"\(code)\" is not one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                settings.language = language
            case .data:
                let paths: [String]
                if let path = value.string {
                    paths = [path]
                } else if let array = value.array {
                    var strings: [String] = []
                    for element in array {
                        guard let path = element.string else {
                            throw fail("data: expected a path (a string) in the list, found \(article(element.type))")
                        }
                        strings.append(path)
                    }
                    guard !strings.isEmpty else { throw fail("data: the list is empty; name a file or a folder, or leave data out") }
                    paths = strings
                } else {
                    throw fail("data: expected a path or a list of paths, found \(article(value.type))")
                }
                for path in paths where path.isEmpty { throw fail("data: a path is empty") }
                settings.data = paths.map { resolve($0, folder: folder, home: home) }
            case .palette:
                guard let name = value.string else { throw fail("palette: expected a string, found \(article(value.type))") }
                guard let palette = Palette(rawValue: name) else {
                    throw fail("palette: \"\(name)\" is not one of \(Palette.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                settings.palette = palette
            case .snapshotDir:
                guard let path = value.string else { throw fail("snapshot-dir: expected a folder (a string), found \(article(value.type))") }
                guard !path.isEmpty else { throw fail("snapshot-dir: the folder is empty") }
                settings.snapshotDir = resolve(path, folder: folder, home: home)
            case .source:
                guard let address = value.string else { throw fail("source: expected an address (a string), found \(article(value.type))") }
                guard address.hasPrefix("https://") || address.hasPrefix("http://") else {
                    throw fail("source: \"\(address)\" is not an http:// or https:// address")
                }
                settings.source = address
            }
        }
        return settings
    }

    /// `~/x` in the home folder; a relative path beside the settings file.
    static func resolve(_ path: String, folder: String, home: String?) -> String {
        if path == "~" || path.hasPrefix("~/"), let home { return join(home, String(path.dropFirst(2))) }
        if path.hasPrefix("/") { return path }
        return join(folder, path)
    }

    private static func article(_ type: TOMLType) -> String {
        switch type {
        case .int: "an integer"
        case .array: "a list"
        case .table: "a table"
        case .double: "a number with a fraction"
        case .bool: "true or false"
        case .string: "a string"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date and time"
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        if name.isEmpty { return folder }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func parentFolder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        let parent = String(file[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}

/// Where each top-level key is written: TOMLKit parses values but does not
/// say where they were, so the (already valid) text is scanned for
/// `key =` lines and `[table]` headers.
struct KeyPlaces {
    struct Place {
        var line: Int
        var keyColumn: Int
        var valueColumn: Int
    }

    private var places: [String: Place] = [:]

    init(_ text: String) {
        var inTable = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let rest = line.dropFirst(indent)
            guard let first = rest.first, first != "#" else { continue }
            if first == "[" {
                // A table header names a top-level key too: `[colors]`, `[[x]]`, `[a.b]`.
                let name = String(rest.drop { $0 == "[" }.prefix { $0 != "]" && $0 != "." })
                    .trimmingCharacters(in: " \t\"'")
                if places[name] == nil {
                    let column = indent + rest.prefix { $0 == "[" }.count + 1
                    places[name] = Place(line: index + 1, keyColumn: column, valueColumn: column)
                }
                inTable = true
                continue
            }
            guard !inTable else { continue }
            let key: String
            let keyEnd: Int
            if first == "\"" || first == "'" {
                guard let close = rest.dropFirst().firstIndex(of: first) else { continue }
                key = String(rest[rest.index(after: rest.startIndex)..<close])
                keyEnd = close + 1
            } else {
                let bare = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                guard !bare.isEmpty else { continue }
                key = String(bare)
                keyEnd = indent + bare.count
            }
            var cursor = keyEnd
            while cursor < line.count, line[cursor] == " " || line[cursor] == "\t" { cursor += 1 }
            // `a.b = 1` sets the table a.
            guard cursor < line.count, line[cursor] == "=" || line[cursor] == "." else { continue }
            var value = cursor + 1
            while value < line.count, line[value] == " " || line[value] == "\t" { value += 1 }
            if places[key] == nil {
                places[key] = Place(line: index + 1, keyColumn: indent + 1, valueColumn: line[cursor] == "=" ? value + 1 : indent + 1)
            }
        }
    }

    func place(of key: String) -> Place {
        places[key] ?? Place(line: 1, keyColumn: 1, valueColumn: 1)
    }

    func line(of key: String) -> Int {
        places[key]?.line ?? Int.max
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
