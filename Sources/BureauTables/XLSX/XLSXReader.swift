import Foundation
import SWXMLHash
import ZIPFoundation

/// Reads an .xlsx workbook into `Workbook` values: ZIPFoundation unpacks, SWXMLHash parses.
///
/// Only the parts a table needs are unpacked (workbook, its relationships, shared strings and the
/// worksheets); styles, themes and drawings are never inflated. Every failure is a `BureauError`
/// naming the file; nothing here traps on input.
public enum XLSXReader {
    /// The first eight bytes of an OLE2 compound file: a legacy .xls (Excel 97-2003) workbook.
    static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// A zip archive starts with a local file header, `PK\u{3}\u{4}`.
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    public static func read(path: String, limits: XLSXLimits = .standard) throws -> Workbook {
        let url = URL(fileURLWithPath: path)
        let file = url.lastPathComponent
        let size = try RegularFile.size(path: path, file: file)
        guard size <= limits.maxFileSize else {
            throw BureauError.badData(
                file, nil, "too large: \(size) bytes, the limit for a workbook is \(limits.maxFileSize) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BureauError(.io, file: file, "cannot open the file for reading")
        }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        try? handle.close()
        try checkMagic(head, file: file)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw BureauError.badData(file, nil, "not a readable zip archive (damaged or truncated): \(error)")
        }
        return try read(archive: archive, file: file, limits: limits)
    }

    /// Reads a workbook held in memory (tests, or a file already loaded).
    public static func read(data: Data, file: String, limits: XLSXLimits = .standard) throws -> Workbook {
        guard UInt64(data.count) <= limits.maxFileSize else {
            throw BureauError.badData(
                file, nil, "too large: \(data.count) bytes, the limit for a workbook is \(limits.maxFileSize) bytes")
        }
        try checkMagic([UInt8](data.prefix(8)), file: file)
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw BureauError.badData(file, nil, "not a readable zip archive (damaged or truncated): \(error)")
        }
        return try read(archive: archive, file: file, limits: limits)
    }

    static func checkMagic(_ head: [UInt8], file: String) throws {
        if head.starts(with: ole2Magic) {
            throw BureauError.badData(
                file, nil,
                "a legacy Excel 97-2003 .xls workbook, which this reader does not open: "
                    + "save it as .xlsx (Excel Workbook) in a spreadsheet program and import that file")
        }
        guard head.starts(with: zipMagic) else {
            throw BureauError.badData(file, nil, "not an .xlsx workbook: the file is not a zip archive")
        }
    }

    // MARK: - Archive

    static func read(archive: Archive, file: String, limits: XLSXLimits) throws -> Workbook {
        var parts = Parts(archive: archive, file: file, limits: limits)
        try parts.checkDeclaredSizes()

        let workbookPath = try parts.officeDocumentPath()
        guard let workbookData = try parts.data(workbookPath) else {
            throw BureauError.badData(file, nil, "missing \(workbookPath): not an Excel workbook")
        }
        let relsPath = relationshipsPath(of: workbookPath)
        let relationships = try parts.data(relsPath).map { try parseRelationships($0, base: workbookPath, file: file) } ?? [:]
        let sheetList = try parseSheetList(workbookData, file: file)

        var sharedStrings: [String] = []
        let sharedPath = relationships.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? resolve("sharedStrings.xml", base: workbookPath)
        if let data = try parts.data(sharedPath) {
            sharedStrings = try parseSharedStrings(data, file: file)
        }

        var sheets: [Sheet] = []
        for entry in sheetList {
            guard let target = relationships[entry.relationshipID]?.target else {
                throw BureauError.badData(file, entry.name, "the workbook lists this sheet but names no part for it")
            }
            guard let data = try parts.data(target) else {
                throw BureauError.badData(file, entry.name, "missing worksheet part \(target)")
            }
            sheets.append(try parseWorksheet(data, name: entry.name, sharedStrings: sharedStrings, file: file))
        }
        return Workbook(file: file, sheets: sheets)
    }

    /// Access to the archive's entries with the size limits enforced on every extraction.
    struct Parts {
        let archive: Archive
        let file: String
        let limits: XLSXLimits
        var extractedTotal: UInt64 = 0

        init(archive: Archive, file: String, limits: XLSXLimits) {
            self.archive = archive
            self.file = file
            self.limits = limits
        }

        /// Refuses the archive on its declared sizes, before anything is inflated.
        func checkDeclaredSizes() throws {
            var total: UInt64 = 0
            for entry in archive {
                let size = entry.uncompressedSize
                let packed = max(entry.compressedSize, 1)
                guard size <= limits.maxEntryUncompressed else {
                    throw BureauError.badData(
                        file, nil,
                        "too large: entry \(entry.path) declares \(size) bytes unpacked, the limit is \(limits.maxEntryUncompressed)")
                }
                if size > limits.ratioAppliesAbove, size / packed > limits.maxRatio {
                    throw BureauError.badData(
                        file, nil,
                        "refused as a zip bomb: entry \(entry.path) inflates \(size / packed) times (limit \(limits.maxRatio))")
                }
                let (sum, overflow) = total.addingReportingOverflow(size)
                guard !overflow, sum <= limits.maxTotalUncompressed else {
                    throw BureauError.badData(
                        file, nil,
                        "too large: the entries declare more than \(limits.maxTotalUncompressed) bytes unpacked")
                }
                total = sum
            }
        }

        /// The path of the main workbook part from `_rels/.rels`, or the usual `xl/workbook.xml`.
        mutating func officeDocumentPath() throws -> String {
            guard let data = try data("_rels/.rels") else { return "xl/workbook.xml" }
            let rels = try parseRelationships(data, base: "", file: file)
            return rels.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        }

        /// The bytes of one entry, or nil when there is no such entry. Stops inflating (by throwing
        /// from the consumer) as soon as the entry, or all entries together, pass a limit, whatever
        /// the entry declared.
        mutating func data(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            let entryLimit = min(limits.maxEntryUncompressed, entry.uncompressedSize)
            let totalLimit = limits.maxTotalUncompressed
            var produced: UInt64 = 0
            var total = extractedTotal
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    produced += UInt64(chunk.count)
                    total += UInt64(chunk.count)
                    guard produced <= entryLimit, total <= totalLimit else { throw LimitCrossed() }
                    data.append(chunk)
                }
            } catch is LimitCrossed {
                throw BureauError.badData(
                    file, nil,
                    "refused as a zip bomb: entry \(path) inflates past its declared size or the size limit")
            } catch {
                throw BureauError.badData(file, nil, "damaged zip entry \(path): \(error)")
            }
            extractedTotal = total
            return data
        }
    }

    struct LimitCrossed: Error {}

    // MARK: - XML parts

    struct Relationship {
        let type: String
        let target: String
    }

    struct SheetListEntry {
        let name: String
        let relationshipID: String
    }

    static func parseXML(_ data: Data, part: String, root: String, file: String) throws -> XMLElement {
        // Foundation's XML parser traps on bytes that are not UTF-8 in a name or namespace (the
        // fuzzer found a workbook.xml that ended the program with SIGILL). A workbook's parts are
        // UTF-8 text: anything else is refused here, with where it stops being UTF-8.
        if let offset = firstInvalidUTF8(in: data) {
            throw BureauError.badData(file, nil, "malformed \(part): not UTF-8 text at byte \(offset)")
        }
        let indexer = XMLHash.config {
            $0.detectParsingErrors = true
            $0.shouldProcessNamespaces = true
        }.parse(data)
        guard let element = indexer[root].element else {
            throw BureauError.badData(file, nil, "malformed \(part): no <\(root)> element")
        }
        return element
    }

    /// The offset of the first byte that does not belong to valid UTF-8, or nil.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            // Fast path: ASCII throughout.
            if !bytes.contains(where: { $0 >= 0x80 }) { return nil }
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            var offset = 0
            var consumed = 0
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    offset += UTF8.width(scalar)
                    consumed = offset
                case .emptyInput:
                    return nil
                case .error:
                    return consumed
                }
            }
        }
    }

    static func childElements(_ element: XMLElement, named name: String? = nil) -> [XMLElement] {
        element.children.compactMap { $0 as? XMLElement }.filter { name == nil || $0.name == name }
    }

    static func attribute(_ element: XMLElement, _ names: String...) -> String? {
        for name in names {
            if let value = element.attribute(by: name)?.text { return value }
        }
        return nil
    }

    static func relationshipsPath(of part: String) -> String {
        let directory = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        return directory.isEmpty ? "_rels/\(name).rels" : "\(directory)/_rels/\(name).rels"
    }

    /// Resolves a relationship target against the part that owns the relationships.
    static func resolve(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = (base as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                _ = components.popLast()
            } else if piece != "." {
                components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }

    static func parseRelationships(_ data: Data, base: String, file: String) throws -> [String: Relationship] {
        let root = try parseXML(data, part: "relationships", root: "Relationships", file: file)
        var result: [String: Relationship] = [:]
        for rel in childElements(root, named: "Relationship") {
            guard let id = attribute(rel, "Id"), let target = attribute(rel, "Target") else { continue }
            if attribute(rel, "TargetMode") == "External" { continue }
            result[id] = Relationship(type: attribute(rel, "Type") ?? "", target: resolve(target, base: base))
        }
        return result
    }

    static func parseSheetList(_ data: Data, file: String) throws -> [SheetListEntry] {
        let root = try parseXML(data, part: "xl/workbook.xml", root: "workbook", file: file)
        let sheets = childElements(root, named: "sheets").flatMap { childElements($0, named: "sheet") }
        return sheets.compactMap { sheet in
            guard let name = attribute(sheet, "name"), let id = attribute(sheet, "r:id", "id") else { return nil }
            return SheetListEntry(name: name, relationshipID: id)
        }
    }

    /// Shared strings; a rich-text string (`<r><t>..</t></r>` runs) is its runs joined.
    /// Phonetic runs (`<rPh>`) are not part of the text and are skipped.
    static func parseSharedStrings(_ data: Data, file: String) throws -> [String] {
        let root = try parseXML(data, part: "xl/sharedStrings.xml", root: "sst", file: file)
        return childElements(root, named: "si").map(stringItemText)
    }

    /// The text of an `<si>` or `<is>` element.
    static func stringItemText(_ item: XMLElement) -> String {
        var text = ""
        for child in childElements(item) {
            switch child.name {
            case "t": text += child.text
            case "r": text += childElements(child, named: "t").map(\.text).joined()
            default: continue
            }
        }
        return text
    }

    static func parseWorksheet(_ data: Data, name: String, sharedStrings: [String], file: String) throws -> Sheet {
        let root = try parseXML(data, part: "worksheet \(name)", root: "worksheet", file: file)
        var cells: [CellRef: CellValue] = [:]
        for sheetData in childElements(root, named: "sheetData") {
            var rowNumber = 0
            for row in childElements(sheetData, named: "row") {
                if let r = attribute(row, "r") {
                    guard let number = Int(r), (1...CellRef.maxRow).contains(number) else {
                        throw BureauError.badData(file, name, "row number \"\(r.prefix(30))\" is out of range")
                    }
                    rowNumber = number
                } else {
                    rowNumber += 1
                }
                var columnNumber = 0
                for cell in childElements(row, named: "c") {
                    let ref: CellRef
                    if let r = attribute(cell, "r") {
                        guard let parsed = CellRef(r) else {
                            throw BureauError.badData(file, name, "cell address \"\(r.prefix(30))\" is not valid")
                        }
                        ref = parsed
                    } else {
                        ref = CellRef(column: columnNumber + 1, row: rowNumber)
                    }
                    columnNumber = ref.column
                    if let value = try cellValue(cell, sharedStrings: sharedStrings) {
                        cells[ref] = value
                    } else if let bad = invalidSharedIndex(cell, sharedStrings: sharedStrings) {
                        throw BureauError.badData(file, "\(name)!\(ref)", "shared string index \(bad) does not exist")
                    }
                }
            }
        }
        var merged: [CellRange] = []
        for list in childElements(root, named: "mergeCells") {
            for merge in childElements(list, named: "mergeCell") {
                guard let text = attribute(merge, "ref") else { continue }
                guard let range = CellRange(text) else {
                    throw BureauError.badData(file, name, "merged range \"\(text.prefix(30))\" is not valid")
                }
                merged.append(range)
            }
        }
        return Sheet(name: name, cells: cells, merged: merged)
    }

    static func invalidSharedIndex(_ cell: XMLElement, sharedStrings: [String]) -> String? {
        guard attribute(cell, "t") == "s", let v = childElements(cell, named: "v").first?.text else { return nil }
        return String(v.prefix(20))
    }

    /// A cell's value by its type attribute; nil for an empty (formatting only) cell.
    static func cellValue(_ cell: XMLElement, sharedStrings: [String]) throws -> CellValue? {
        let type = attribute(cell, "t") ?? "n"
        let cached = childElements(cell, named: "v").first?.text
        let formula = childElements(cell, named: "f").first
        switch type {
        case "s":
            guard let cached, let index = Int(cached.trimmingCharacters(in: .whitespaces)),
                sharedStrings.indices.contains(index)
            else { return nil }
            return .text(sharedStrings[index])
        case "inlineStr":
            guard let item = childElements(cell, named: "is").first else { return nil }
            return .text(stringItemText(item))
        case "b":
            guard let cached else { return formula.map { .uncachedFormula($0.text) } }
            return .bool(cached.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(cached ?? "#ERROR")
        case "str", "d":
            guard let cached else { return formula.map { .uncachedFormula($0.text) } }
            return .text(cached)
        default:
            guard let cached, !cached.isEmpty else { return formula.map { .uncachedFormula($0.text) } }
            let written = cached.trimmingCharacters(in: .whitespaces)
            // A number cell holds a decimal: never "0x10" (16 to Double) or "inf".
            guard CellText.isDecimal(written), let number = Double(written) else { return .text(cached) }
            return .number(number)
        }
    }
}
