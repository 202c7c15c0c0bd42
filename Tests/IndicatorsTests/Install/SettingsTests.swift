import Testing
@testable import Indicators
@testable import Settings

/// config.toml: what each setting becomes, and every bad setting as a located error.
@Suite struct SettingsTests {
    static let file = "/home/u/.config/citydash/config.toml"

    @Test func theSettings() throws {
        let settings = try SettingsFile.parse("""
            # citydash
            language = "kk"
            data = ["~/cities", "regions/KZ.json", "/abs/x.json"]
            "snapshot-dir" = "~/snapshots"
            palette = "classic"
            """, file: Self.file, home: "/home/u")
        #expect(settings.palette == .classic)
        #expect(settings.origin(of: .palette) == "\(Self.file):5")
        #expect(settings.language == .kk)
        #expect(settings.data == ["/home/u/cities", "/home/u/.config/citydash/regions/KZ.json", "/abs/x.json"])
        #expect(settings.snapshotDir == "/home/u/snapshots")
        #expect(settings.origin(of: .language) == "\(Self.file):2")
        #expect(settings.origin(of: .data) == "\(Self.file):3")
        #expect(settings.origin(of: .snapshotDir) == "\(Self.file):4")
    }

    @Test func theBureausAddressForUpdate() throws {
        let settings = try SettingsFile.parse("source = \"http://127.0.0.1:8080\"\n", file: Self.file, home: nil)
        #expect(settings.source == "http://127.0.0.1:8080")
        #expect(settings.origin(of: .source) == "\(Self.file):1")
    }

    @Test func oneDataPathAndAnEmptyFile() throws {
        #expect(try SettingsFile.parse("data = \"/d\"\n", file: Self.file, home: nil).data == ["/d"])
        #expect(try SettingsFile.parse("", file: Self.file, home: nil) == Settings(file: Self.file))
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var text: String
        var error: String
        var testDescription: String { error }
    }

    static let bad: [Bad] = [
        Bad(text: "language = \"kk\"\n\ncolour = \"red\"\n", error: "3:1: unknown setting \"colour\"; the settings are language, data, snapshot-dir, palette, source"),
        Bad(text: "language = \"kk\"\n[colours]\nname = \"x\"\n", error: "2:2: unknown setting \"colours\"; the settings are language, data, snapshot-dir, palette, source"),
        Bad(text: "palette = \"rainbow\"\n", error: "1:11: palette: \"rainbow\" is not one of okabe-ito, classic"),
        Bad(text: "palette = 3\n", error: "1:11: palette: expected a string, found an integer"),
        Bad(text: "display.width = 3\n", error: "1:1: unknown setting \"display\"; the settings are language, data, snapshot-dir, palette, source"),
        Bad(text: "language = 1\n", error: "1:12: language: expected a string, found an integer"),
        Bad(text: "# two\n# lines\n  language = \"fr\"\n", error: "3:14: language: \"fr\" is not one of en, kk, ru"),
        Bad(text: "data = true\n", error: "1:8: data: expected a path or a list of paths, found true or false"),
        Bad(text: "data = [\"a\", 3]\n", error: "1:8: data: expected a path (a string) in the list, found an integer"),
        Bad(text: "data = []\n", error: "1:8: data: the list is empty; name a file or a folder, or leave data out"),
        Bad(text: "data = \"\"\n", error: "1:8: data: a path is empty"),
        Bad(text: "snapshot-dir = 5\n", error: "1:16: snapshot-dir: expected a folder (a string), found an integer"),
        Bad(text: "snapshot-dir = 1979-05-27\n", error: "1:16: snapshot-dir: expected a folder (a string), found a date"),
        Bad(text: "source = \"ftp://stat.gov.kz\"\n", error: "1:10: source: \"ftp://stat.gov.kz\" is not an http:// or https:// address"),
        Bad(text: "source = 80\n", error: "1:10: source: expected an address (a string), found an integer"),
    ]

    @Test(arguments: bad)
    func badSettingsAreLocated(_ row: Bad) {
        #expect(throws: SettingsError.self) { try SettingsFile.parse(row.text, file: Self.file, home: "/home/u") }
        do {
            _ = try SettingsFile.parse(row.text, file: Self.file, home: "/home/u")
        } catch {
            #expect(error.description == "\(Self.file):\(row.error)")
        }
    }

    @Test func brokenTOMLIsLocatedToo() {
        do {
            _ = try SettingsFile.parse("language = \"kk\"\nlanguage = \"ru\"\n", file: "config.toml", home: nil)
            Issue.record("a key given twice was accepted")
        } catch {
            #expect(error.description.hasPrefix("config.toml:2:"), "\(error)")
        }
        do {
            _ = try SettingsFile.parse("data = [\n", file: "config.toml", home: nil)
            Issue.record("an unclosed list was accepted")
        } catch {
            #expect(error.description.hasPrefix("config.toml:"), "\(error)")
        }
        #expect(SettingsError.exitCode == 78)
    }

    @Test func whereTheFileIs() throws {
        #expect(SettingsFile.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/citydash/config.toml")
        #expect(SettingsFile.path(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg"]) == "/cfg/citydash/config.toml")
        #expect(SettingsFile.path(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "relative"]) == "/home/u/.config/citydash/config.toml")
        #expect(SettingsFile.path(environment: [:]) == nil)
        #expect(try SettingsFile.load(environment: ["HOME": "/nonexistent-\(UInt32.random(in: 0...UInt32.max))"]) == Settings())
    }
}
