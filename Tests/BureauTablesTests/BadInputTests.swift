import Foundation
import Testing
import ZIPFoundation

@testable import BureauTables

/// Files the readers must refuse with one located line, never a crash.
@Suite struct BadInputTests {
    func failure(reading path: String, limits: XLSXLimits = .standard) -> BureauError? {
        do {
            _ = try BureauTables.read(path: path, limits: limits)
            return nil
        } catch let error as BureauError {
            #expect(!error.description.contains("\n"), "one line: \(error)")
            return error
        } catch {
            Issue.record("not a BureauError: \(error)")
            return nil
        }
    }

    /// A FIFO named like a table: refused from its kind (looked at with stat), never opened,
    /// so no wait for a writer that never comes. Both readers: the workbook and the CSV table.
    @Test(arguments: ["grp-by-region-1990-2023.xlsx", "macro-dims-long-extract-ala-ast-shm-kz.csv"])
    func aFIFOIsNotOpened(_ name: String) throws {
        let folder = NSTemporaryDirectory() + "citydash-fifo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + name
        #expect(mkfifo(path, 0o644) == 0)
        let error = try #require(failure(reading: path))
        #expect(error.description.contains("\(name): it is not a regular file"), "\(error)")
        #expect(error.exitCode == 74)
    }

    /// Found by the xlsx fuzzer: bytes that are not UTF-8 in a namespace of xl/workbook.xml made
    /// Foundation's XML parser trap (SIGILL, the program gone). Every part is checked first.
    @Test func aPartThatIsNotUTF8IsRefusedNotParsed() throws {
        var workbook = Data(#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/"#.utf8)
        workbook += Data([0x81, 0x9B, 0x3C, 0xD0])
        workbook += Data(#"/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)
        let rels = Data(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"xl/workbook.xml\"/></Relationships>").utf8)
        let data = try TinyXLSX.zip([("_rels/.rels", rels), ("xl/workbook.xml", workbook)])
        let path = try TinyXLSX.write(data, name: "grp-by-region-1990-2023.xlsx")
        let error = try #require(failure(reading: path))
        #expect(error.description == "grp-by-region-1990-2023.xlsx: malformed xl/workbook.xml: not UTF-8 text at byte 89", "\(error)")
        #expect(error.exitCode == 65)
        #expect(XLSXReader.firstInvalidUTF8(in: Data("Алматы".utf8)) == nil)
        #expect(XLSXReader.firstInvalidUTF8(in: Data([0x41, 0xD0, 0x90, 0xFF])) == 3)
    }

    @Test func notAZip() throws {
        let path = try TinyXLSX.write(Data("Year,Value\n2020,1\n".utf8), name: "grp-by-region-1990-2023.xlsx")
        let error = try #require(failure(reading: path))
        #expect(error.description == "grp-by-region-1990-2023.xlsx: not an .xlsx workbook: the file is not a zip archive")
        #expect(error.exitCode == 65)
    }

    @Test(arguments: ["almaty-city-industrial-output-by-district-2002-2023.xls", "astana-city-investment-bulletin-2024.xls"])
    func legacyXLS(_ name: String) throws {
        let error = try #require(failure(reading: Fixtures.path(name)))
        #expect(error.description.hasPrefix("\(name): a legacy Excel 97-2003 .xls workbook"))
        #expect(error.description.contains("save it as .xlsx"))
        #expect(error.category == .badData)
    }

    @Test func missingFile() throws {
        let error = try #require(failure(reading: Fixtures.path("no-such-table.xlsx")))
        #expect(error.exitCode == 74)
    }

    @Test(arguments: [0.5, 0.99])
    func truncated(_ fraction: Double) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("grp-by-region-1990-2023.xlsx")))
        let path = try TinyXLSX.write(data.prefix(Int(Double(data.count) * fraction)), name: "grp-by-region-1990-2023.xlsx")
        let error = try #require(failure(reading: path))
        #expect(error.description.hasPrefix("grp-by-region-1990-2023.xlsx: not a readable zip archive (damaged or truncated)"))
    }

    @Test func missingWorkbookPart() throws {
        let data = try TinyXLSX.zip([("hello.txt", Data("hello".utf8))])
        let path = try TinyXLSX.write(data, name: "grp-by-region-test.xlsx")
        let error = try #require(failure(reading: path))
        #expect(error.description == "grp-by-region-test.xlsx: missing xl/workbook.xml: not an Excel workbook")
    }

    /// 2 MiB of one letter deflates to a few kilobytes: refused on the declared sizes, before
    /// anything is inflated.
    @Test func zipBombByRatio() throws {
        let bomb = Data(repeating: UInt8(ascii: "a"), count: 2 << 20)
        let data = try TinyXLSX.zip([("xl/worksheets/sheet1.xml", bomb)])
        let path = try TinyXLSX.write(data, name: "grp-by-region-test.xlsx")
        let error = try #require(failure(reading: path))
        #expect(error.description.hasPrefix("grp-by-region-test.xlsx: refused as a zip bomb: entry xl/worksheets/sheet1.xml inflates"))
    }

    @Test func tooLargeForTheLimits() throws {
        let data = try TinyXLSX.workbook([("Sheet1", TinyXLSX.grpSheet())])
        let path = try TinyXLSX.write(data, name: "grp-by-region-test.xlsx")
        let small = XLSXLimits(maxTotalUncompressed: 200)
        #expect(failure(reading: path, limits: small)?.description.contains("too large") == true)
        let tinyFile = XLSXLimits(maxFileSize: 100)
        #expect(failure(reading: path, limits: tinyFile)?.description.contains("too large") == true)
        let tinyEntry = XLSXLimits(maxEntryUncompressed: 100)
        #expect(failure(reading: path, limits: tinyEntry)?.description.contains("too large") == true)
    }

    /// An entry that declares 100 bytes but inflates to 300 KB: extraction stops at the limit.
    @Test func zipBombThatLiesAboutItsSize() throws {
        let name = "xl/worksheets/sheet1.xml"
        let payload = Data(String(repeating: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", count: 8000).utf8)
        var data = try TinyXLSX.workbook([("Sheet1", TinyXLSX.grpSheet())])
        // Replace the worksheet by the payload and patch its declared size in both headers.
        data = try TinyXLSX.zip([(name, payload)] + entries(of: data).filter { $0.0 != name })
        data = patchUncompressedSize(data, entry: name, to: 100)
        let path = try TinyXLSX.write(data, name: "grp-by-region-test.xlsx")
        let error = try #require(failure(reading: path))
        #expect(error.description.contains("refused as a zip bomb: entry \(name) inflates past"), "\(error)")
        #expect(error.description.contains(name))
    }

    func entries(of data: Data) throws -> [(String, Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            return (entry.path, content)
        }
    }

    /// Sets the uncompressed size field of an entry in its local header (offset 22) and its
    /// central directory header (offset 24).
    func patchUncompressedSize(_ data: Data, entry: String, to size: UInt32) -> Data {
        var bytes = [UInt8](data)
        let name = [UInt8](entry.utf8)
        let little = withUnsafeBytes(of: size.littleEndian) { [UInt8]($0) }
        for index in 0..<(bytes.count - 46) {
            let local = bytes[index..<index + 4] == [0x50, 0x4B, 0x03, 0x04][...]
            let central = bytes[index..<index + 4] == [0x50, 0x4B, 0x01, 0x02][...]
            let nameOffset = local ? 30 : 46
            guard local || central, index + nameOffset + name.count <= bytes.count,
                Array(bytes[(index + nameOffset)..<(index + nameOffset + name.count)]) == name
            else { continue }
            let field = index + (local ? 22 : 24)
            bytes.replaceSubrange(field..<field + 4, with: little)
        }
        return Data(bytes)
    }

    // MARK: Tables the readers refuse

    func readTiny(_ sheet: String, sheetName: String = "Sheet1", file: String = "grp-by-region-test.xlsx") throws
        -> Result<TableReadResult, BureauError>
    {
        let path = try TinyXLSX.write(try TinyXLSX.workbook([(sheetName, sheet)]), name: file)
        do {
            return .success(try BureauTables.read(path: path))
        } catch let error as BureauError {
            return .failure(error)
        }
    }

    @Test func tinyTableReads() throws {
        let result = try readTiny(TinyXLSX.grpSheet()).get()
        #expect(result.observations.count == 6)
        let astana = result.observations.first { $0.region == "KZ-71" && $0.period == .year(2022) }
        #expect(astana?.value == 6000.5)
        #expect(astana?.preliminary == true)
        #expect(astana?.location.address == "Sheet1!D5")
    }

    /// One more title row above the header: the header is found by content.
    @Test func extraTitleRowIsFine() throws {
        let result = try readTiny(TinyXLSX.grpSheet(headerRow: 5)).get()
        #expect(result.observations.count == 6)
        #expect(result.observations.contains { $0.location.address == "Sheet1!D7" && $0.value == 6000.5 })
    }

    /// The example of the brief, exactly.
    @Test func notANumberIsLocated() throws {
        var rows: [[String]] = Array(repeating: [], count: 12)
        rows[0] = [TinyXLSX.text("A1", "Gross regional product")]
        rows[2] = [TinyXLSX.number("B3", 2020), TinyXLSX.number("C3", 2021), TinyXLSX.number("AB3", 2022)]
        rows[11] = [TinyXLSX.text("A12", "Almaty city"), TinyXLSX.number("B12", 1), TinyXLSX.number("C12", 2),
                    TinyXLSX.text("AB12", "n/a")]
        let result = try readTiny(TinyXLSX.sheet(rows), sheetName: "2008-2023", file: "grp-by-region-1990-2023.xlsx")
        guard case .failure(let error) = result else { Issue.record("read"); return }
        #expect(error.description == "grp-by-region-1990-2023.xlsx: 2008-2023!AB12: expected a number, found \"n/a\"")
        #expect(error.exitCode == 65)
    }

    @Test func formulaWithoutCachedValue() throws {
        let sheet = TinyXLSX.grpSheet(cells: [
            4: [TinyXLSX.text("A4", "Almaty city"), TinyXLSX.number("B4", 1), TinyXLSX.formula("C4", "SUM(B4:B4)"),
                TinyXLSX.number("D4", 3)]
        ])
        guard case .failure(let error) = try readTiny(sheet) else { Issue.record("read"); return }
        #expect(error.description.hasPrefix("grp-by-region-test.xlsx: Sheet1!C4: formula =SUM(B4:B4) has no cached value"))
    }

    @Test func mergedCellInData() throws {
        guard case .failure(let error) = try readTiny(TinyXLSX.grpSheet(merged: ["B4:C4"])) else {
            Issue.record("read")
            return
        }
        #expect(error.description.hasPrefix("grp-by-region-test.xlsx: Sheet1!B4:C4: a merged cell inside the data area"))
    }

    /// Merged cells in the title, header or notes are fine.
    @Test func mergedCellOutsideData() throws {
        #expect(throws: Never.self) { try readTiny(TinyXLSX.grpSheet(merged: ["A1:D1", "A6:D6"])).get() }
    }

    @Test func twoHeaderRows() throws {
        let sheet = TinyXLSX.grpSheet(cells: [
            4: [TinyXLSX.number("B4", 2020), TinyXLSX.number("C4", 2021), TinyXLSX.number("D4", 2022)]
        ])
        guard case .failure(let error) = try readTiny(sheet) else { Issue.record("read"); return }
        #expect(error.description.hasPrefix("grp-by-region-test.xlsx: Sheet1!B4: two header rows of periods"))
    }

    @Test func noHeader() throws {
        let sheet = TinyXLSX.sheet([[TinyXLSX.text("A1", "Gross regional product")],
                                    [TinyXLSX.text("A2", "Almaty city"), TinyXLSX.number("B2", 5)]])
        guard case .failure(let error) = try readTiny(sheet) else { Issue.record("read"); return }
        #expect(error.description == "grp-by-region-test.xlsx: Sheet1: no header row of years or periods was found")
    }

    @Test func unknownRegionRow() throws {
        let sheet = TinyXLSX.grpSheet(cells: [
            5: [TinyXLSX.text("A5", "Astana citty"), TinyXLSX.number("B5", 1)]
        ])
        guard case .failure(let error) = try readTiny(sheet) else { Issue.record("read"); return }
        #expect(error.description
            == "grp-by-region-test.xlsx: Sheet1!A5: unknown region \"Astana citty\"; the closest known spelling is \"Astana city\"")
    }

    // MARK: The workbook reader on its own

    @Test func sharedStringsAndCellTypes() throws {
        let sheet = TinyXLSX.sheet([[
            "<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"B1\" t=\"b\"><v>1</v></c>", "<c r=\"C1\" t=\"e\"><v>#DIV/0!</v></c>",
            "<c r=\"D1\" t=\"str\"><f>A1</f><v>cached</v></c>", "<c r=\"E1\"><f>1+1</f><v>2</v></c>",
            "<c r=\"F1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>",
        ]], merged: ["A3:B3"])
        let data = try TinyXLSX.workbook(
            [("Second", TinyXLSX.sheet([])), ("First", sheet)],
            sharedStrings: ["<r><t xml:space=\"preserve\">Almaty </t></r><r><rPr><b/></rPr><t>city</t></r><rPh><t>x</t></rPh>"])
        let workbook = try XLSXReader.read(data: data, file: "t.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Second", "First"])
        let first = try #require(workbook.sheet(named: "First"))
        #expect(first[1, 1] == .text("Almaty city"))
        #expect(first[2, 1] == .bool(true))
        #expect(first[3, 1] == .error("#DIV/0!"))
        #expect(first[4, 1] == .text("cached"))
        #expect(first[5, 1] == .number(2))
        #expect(first[6, 1] == .text("inline"))
        #expect(first.merged == [CellRange("A3:B3")].compactMap { $0 })
    }

    @Test func hugeCellAddressIsRefused() throws {
        let sheet = TinyXLSX.sheet([["<c r=\"XFD99999999999999999\"><v>1</v></c>"]])
        let data = try TinyXLSX.workbook([("Sheet1", sheet)])
        #expect(throws: BureauError.self) { try XLSXReader.read(data: data, file: "t.xlsx") }
        let badRow = "<worksheet xmlns=\"x\"><sheetData><row r=\"99999999999999999999\"/></sheetData></worksheet>"
        #expect(throws: BureauError.self) {
            try XLSXReader.read(data: try TinyXLSX.workbook([("Sheet1", badRow)]), file: "t.xlsx")
        }
    }

    @Test func malformedXML() throws {
        let data = try TinyXLSX.workbook([("Sheet1", "<worksheet><sheetData><row>")])
        #expect(throws: BureauError.self) { try XLSXReader.read(data: data, file: "t.xlsx") }
    }
}
