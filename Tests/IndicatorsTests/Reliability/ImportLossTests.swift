import Foundation
import Testing
@testable import Indicators
@testable import Importers

/// Issue 18, class 5: an import never loses or cuts data without a word. Each
/// case is the tester's example, through the real binary where the exit
/// status, the descriptors or a signal matter.
@Suite(.serialized) struct ImportLossTests {
    private func importing(_ text: String, name: String = "table.csv") throws -> (CSVImporter.Result?, ImportError?) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(name, text)
        do {
            return (try CSVImporter.run(path: path, options: .init(units: ["gdp": .tenge])), nil)
        } catch {
            return (nil, error)
        }
    }

    @Test func aNULInsideANumberIsALocatedError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/nul.csv"
        let bytes = Array("city,indicator,year,value\nalmaty,gdp,2020,20".utf8) + [0] + Array("abc\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let result = try Command.shell(#""$B" import "$F" 2>&1"#, environment: ["F": path])
        #expect(result.status == 65)
        #expect(result.output.hasPrefix("citydash: \(path):2:19: a NUL byte"), "\(result.output)")
        // The number reader itself, for text that reaches it another way (UTF-16 converted): only decimals.
        for text in ["20\u{0}abc", "0x10", "inf", "nan", "1e", "+", ".", "1.5.2", "20 abc"] {
            #expect(CSVDialect.comma.value(text) == .notANumber(hint: nil), "\(text)")
        }
        for (text, value) in [("20", 20.0), ("-1.5", -1.5), (".5", 0.5), ("5.", 5), ("1e3", 1000), ("+2E-1", 0.2)] {
            #expect(CSVDialect.comma.value(text) == .number(value), "\(text)")
        }
    }

    @Test func anUnclosedQuoteStopsTheImportWhereItOpened() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("quote.csv", "city,indicator,year,value,source\nalmaty,gdp,2020,5,\"Bureau\nalmaty,gdp,2021,6,Bureau\n")
        let result = try Command.shell(#""$B" import "$F" 2>&1"#, environment: ["F": path])
        #expect(result.status == 65)
        #expect(result.output == "citydash: \(path):2:19: this quote is never closed, so lines 2–3 would be read as one field; close it or remove it\n")
        // Text after a closing quote, which the reader would drop.
        let (_, error) = try importing("city,indicator,year,value,source\nalmaty,gdp,2020,5,\"Bureau\" x\n")
        #expect(error?.description.hasSuffix("table.csv:2:27: text right after a closing quote; a quote inside a quoted field is written twice (\"\")") == true)
        // A quote closed a line later is legal CSV, but told.
        let (result2, _) = try importing("city,indicator,year,value,source\nalmaty,gdp,2020,5,\"Bureau\nalmaty,gdp,2021,6,Bureau\"\n")
        #expect(result2?.datasets.first?.indicators.first?.observations.count == 1)
        #expect(result2?.warnings.contains { $0.hasSuffix("table.csv:2:19: a quoted field runs on to line 3; if that is not meant, a quote is missing") } == true)
    }

    @Test func aRepeatedRowIsKeptOnceWithAWarningNamingBothLines() throws {
        let (result, error) = try importing("""
            city,indicator,year,value,source
            almaty,gdp,2020,5,Bureau
            almaty,gdp,2020,5,Bureau
            almaty,gdp,2021,6,Bureau
            almaty,gdp,2021,7,Kazinform

            """)
        #expect(error == nil)
        let observations = try #require(result?.datasets.first?.indicators.first?.observations)
        #expect(observations.map(\.year) == [2020, 2021, 2021])  // the repeat once; two sources' disagreement both
        #expect(result?.notices.count(of: .duplicate) == 1)
        #expect(result?.warnings.contains { $0.hasSuffix("table.csv:3: repeats line 2 (almaty, gdp, 2020: 5 from \"Bureau\"); kept once") } == true)
    }

    @Test func oneSourcesTwoValuesForAPeriodAreRefusedNamingBothLines() throws {
        let (_, error) = try importing("city,indicator,year,value,source\nalmaty,gdp,2020,5,Bureau\nalmaty,gdp,2020,5.5,Bureau\n")
        #expect(error?.description.hasSuffix("table.csv:3:4: almaty, gdp, 2020: 5.5 from \"Bureau\", but line 2 gives 5 from the same source; "
                                             + "one source gives one value for a period (remove one row, or give each its own source)") == true)
    }

    @Test func aWholeNumberTooLongForADoubleIsReadRoundedWithAWarning() throws {
        let (result, _) = try importing("city,indicator,year,value\nalmaty,gdp,2020,9007199254740993\nalmaty,gdp,2021,9007199254740992\n")
        #expect(result?.datasets.first?.indicators.first?.observations.first?.value == 9_007_199_254_740_992)
        #expect(result?.warnings.filter { $0.contains("cannot be held exactly") }
                == [result?.warnings.first { $0.hasSuffix("table.csv:2:4: 9007199254740993 cannot be held exactly; read as 9007199254740992") } ?? "missing"])
        #expect(CSVDialect.roundedWhole("123456789012345678901234567890", value: Double("123456789012345678901234567890")!) == "123456789012345677877719597056")
        #expect(CSVDialect.roundedWhole("9007199254740994", value: 9007199254740994) == nil)
    }

    /// Rows of `cities` cities, `years` each, interleaved as a long table lists them.
    private static func manyCities(_ cities: Int, years: ClosedRange<Int>) -> String {
        var text = "city,indicator,year,value,unit\n"
        for year in years {
            for city in 0..<cities { text += "c\(city),gdp,\(year),\(city + year),tenge\n" }
        }
        return text
    }

    @Test func twoThousandCitiesImportUnderADescriptorLimitOf256() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("cities.csv", Self.manyCities(2_000, years: 2020...2021))
        let result = try Command.shell(#"ulimit -n 256; exec "$B" import "$F" --output "$O" 2>&1"#,
                                       environment: ["F": path, "O": folder.path + "/out"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("wrote 2000 files to \(folder.path)/out\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").count == 2_000)
    }

    @Test func sigtermMidImportLeavesNoTemporaryAndNoOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("big.csv", Self.manyCities(4_000, years: 1990...2024))
        let temporary = folder.path + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        // Waits until the import has made its temporary folder, then sends SIGTERM.
        let script = #"""
            "$B" import "$F" --output "$O" 2>/dev/null &
            pid=$!
            tries=0
            while [ -z "$(ls -A "$TMPDIR")" ] && [ $tries -lt 2000 ]; do sleep 0.01; tries=$((tries + 1)); done
            seen=$(ls -A "$TMPDIR")
            kill -TERM $pid
            wait $pid
            echo "status $?"
            echo "seen ${seen%%-*}"
            echo "left $(ls -A "$TMPDIR")"
            ls -A "$O" 2>/dev/null
            """#
        let result = try Command.shell(script, environment: ["F": path, "O": folder.path + "/out", "TMPDIR": temporary])
        #expect(result.output == "status 143\nseen citydash\nleft \n", "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }
}
