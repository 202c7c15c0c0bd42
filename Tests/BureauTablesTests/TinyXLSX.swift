import Foundation
import ZIPFoundation

/// Builds small .xlsx files in a test, part by part, to feed the readers exactly the case a test
/// needs (a formula without a cached value, a merged cell in the data, "n/a" in a number cell).
enum TinyXLSX {
    /// A cell written as XML: `<c r="B4"><v>1</v></c>` and friends.
    static func number(_ ref: String, _ value: Double) -> String { "<c r=\"\(ref)\"><v>\(value)</v></c>" }
    static func text(_ ref: String, _ value: String) -> String {
        "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(value))</t></is></c>"
    }
    static func formula(_ ref: String, _ formula: String) -> String { "<c r=\"\(ref)\"><f>\(formula)</f></c>" }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A worksheet from rows of cell XML.
    static func sheet(_ rows: [[String]], merged: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (index, cells) in rows.enumerated() where !cells.isEmpty {
            xml += "<row r=\"\(index + 1)\">" + cells.joined() + "</row>"
        }
        xml += "</sheetData>"
        if !merged.isEmpty {
            xml += "<mergeCells count=\"\(merged.count)\">" + merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined()
                + "</mergeCells>"
        }
        return xml + "</worksheet>"
    }

    /// A workbook of named sheets, with shared strings if given.
    static func workbook(_ sheets: [(name: String, xml: String)], sharedStrings: [String]? = nil) throws -> Data {
        var parts: [(String, String)] = []
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        parts.append((
            "_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        ))
        var workbook = "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>"
        var rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (index, sheet) in sheets.enumerated() {
            workbook += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml))
        }
        if let sharedStrings {
            rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            parts.append((
                "xl/sharedStrings.xml",
                "<sst xmlns=\"\(main)\">" + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>"
            ))
        }
        parts.append(("xl/workbook.xml", workbook + "</sheets></workbook>"))
        parts.append(("xl/_rels/workbook.xml.rels", rels + "</Relationships>"))
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A zip archive of the given entries, deflated.
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Writes data to a new temporary directory under the given file name.
    static func write(_ data: Data, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("bureau-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// A small GRP-like table: title, unit, header of years in row `headerRow`, two regions.
    static func grpSheet(headerRow: Int = 3, cells extra: [Int: [String]] = [:], merged: [String] = []) -> String {
        var rows: [[String]] = Array(repeating: [], count: headerRow + 3)
        rows[0] = [text("A1", "Gross regional product")]
        rows[1] = [text("D2", "mln.tenge")]
        let h = headerRow
        rows[h - 1] = [number("B\(h)", 2020), number("C\(h)", 2021), text("D\(h)", "20222)")]
        rows[h] = [text("A\(h + 1)", "Almaty city"), number("B\(h + 1)", 1), number("C\(h + 1)", 2), number("D\(h + 1)", 3)]
        rows[h + 1] = [text("A\(h + 2)", "Astana city"), number("B\(h + 2)", 4), number("C\(h + 2)", 5), text("D\(h + 2)", "6 000,5")]
        rows[h + 2] = [text("A\(h + 3)", "2) preliminary data")]
        for (row, cells) in extra { rows[row - 1] = cells }
        return sheet(rows, merged: merged)
    }
}
