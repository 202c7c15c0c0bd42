import Indicators
import Foundation

/// Converts statistics tables in CSV into data files: the World Bank's wide
/// layouts (one column per year: the bulk download, after a preamble, and
/// the DataBank export, before a footer) and a long ("tidy") layout,
/// `city,indicator,year,value[,unit][,source][,name]` in any column order.
/// Each city becomes a dataset, checked by the format's rules
/// (`DataFormat.problems(in:)`, the loader's own); problems name the CSV line
/// and column. Files as spreadsheet programs write them in Kazakh or Russian
/// settings (Windows-1251 or UTF-16, `;`, decimal commas) are read too
/// (`TextEncoding`, `CSVDialect`).
public enum CSVImporter {
    public enum Layout: String, Sendable, CaseIterable {
        case wide, long
    }

    public struct Options: Sendable {
        /// Nil: a World Bank preamble or a header with "Country Code" means wide, else long.
        public var layout: Layout?
        /// Keep only this city (World Bank: the country code, case-insensitive).
        public var city: String?
        /// Units given by hand, by indicator id (or by the table's code, before `indicatorIDs`).
        public var units: [String: Indicators.Unit]
        /// The dashboard's id for a code of the table (`SL.UEM.TOTL.ZS` →
        /// `unemployment_rate`), so that an imported series lines up with the
        /// one already shown; codes not named keep their own.
        public var indicatorIDs: [String: String]

        public init(layout: Layout? = nil, city: String? = nil, units: [String: Indicators.Unit] = [:],
                    indicatorIDs: [String: String] = [:]) {
            self.layout = layout
            self.city = city
            self.units = units
            self.indicatorIDs = indicatorIDs
        }
    }

    public struct Result: Sendable {
        public var datasets: [Dataset]
        /// What the user should know though it did not stop the import, by kind.
        public var notices: ImportNotices
        /// Every warning (units unknown or guessed, the encoding), one line each.
        public var warnings: [String] { notices.warnings }
    }

    /// Reads the CSV, parking each city's rows in a temporary file; the
    /// result builds and checks one city at a time, so memory holds at most
    /// one city's data. `progress(bytesRead, totalBytes)` is called now and
    /// then while reading.
    public static func convert(
        path: String, options: Options, progress: ((Int, Int) -> Void)? = nil
    ) throws(ImportError) -> Conversion {
        let records = try CSVRecords(path: path)
        var builder = try Builder(path: path, options: options, encoding: records.encoding, dialect: records.dialect)
        for (opened, closedOn) in records.quotes.multiline {
            builder.notices.add(.multiline, "\(path):\(opened.line):\(opened.column): a quoted field runs on to line \(closedOn); "
                                + "if that is not meant, a quote is missing")
        }
        var count = 0
        while let (fields, line) = try records.next() {
            try builder.add(fields, line: line)
            count += 1
            if count % 4096 == 0 { progress?(records.bytesRead, records.totalBytes) }
        }
        progress?(records.totalBytes, records.totalBytes)
        return try builder.finish()
    }

    /// Every city's dataset at once: for tables that fit in memory (and tests).
    public static func run(
        path: String, options: Options, progress: ((Int, Int) -> Void)? = nil
    ) throws(ImportError) -> Result {
        let conversion = try convert(path: path, options: options, progress: progress)
        var datasets: [Dataset] = []
        for index in conversion.cityIDs.indices {
            datasets.append(try conversion.dataset(at: index).dataset)
        }
        return Result(datasets: datasets, notices: conversion.notices)
    }

    /// A read table, city by city.
    public final class Conversion {
        private let builder: Builder
        public let cityIDs: [String]
        /// The reading's notices, and each city's (repeated rows) once it has been built.
        public private(set) var notices: ImportNotices
        public var warnings: [String] { notices.warnings }
        private var told: Set<Int> = []

        init(builder: Builder) {
            self.builder = builder
            cityIDs = builder.cities.map(\.id)
            notices = builder.notices
        }

        /// Where the cities' rows wait; removed when the conversion is released.
        var temporaryFolder: String { builder.spillFolder.path }

        /// The city's dataset, checked by the format's rules, and its JSON text.
        public func dataset(at index: Int) throws(ImportError) -> (dataset: Dataset, json: [UInt8]) {
            let built = try builder.dataset(city: index)
            if told.insert(index).inserted {
                for warning in built.repeated { notices.add(.duplicate, warning) }
            }
            return (built.dataset, built.json)
        }
    }
}

/// Accumulates records into cities and indicators, remembering for every
/// observation the CSV line and column it came from.
struct Builder {
    struct Place { var line: Int; var column: Int }

    struct IndicatorDraft {
        var id: String
        /// The table's code: the id, unless `--map` gave the indicator another.
        var code: String
        var name: String
        var reading: CSVImporter.UnitReading
        var unit: Indicators.Unit? { reading.unit }
        var observations: [Observation] = []
        var places: [Place] = []
        var firstLine: Int
    }

    struct CityDraft {
        var id: String
        var name: String
        var indicators: [IndicatorDraft] = []
        var indexOf: [String: Int] = [:]
    }

    let path: String
    let options: CSVImporter.Options
    let dialect: CSVDialect
    let fileName: String
    var layout: CSVImporter.Layout?
    var cities: [CityDraft] = []
    var cityIndex: [String: Int] = [:]
    var problems: [String] = []
    var omitted = 0
    var notices = ImportNotices()

    // World Bank layouts
    /// "Data Source" and "Last Updated Date": the bulk download's preamble, or the DataBank footer's.
    var metadata: [String: String] = [:]
    var wideColumns: WideColumns?
    var headerSeen = false
    var sawRows = false
    /// After a blank line that follows the data: DataBank's footer, where a one-cell line is metadata.
    var inFooter = false

    // Long layout
    var columns: [String: Int] = [:]
    var sourceTitles: [String] = []
    /// Each title's position in `sourceTitles`: one look-up a row (a search through every title
    /// seen made an import with 100 000 distinct sources quadratic: 134 s for 50 000).
    var sourceNumbers: [String: Int] = [:]

    /// Each city's rows, in a temporary folder removed with the builder.
    let spillFolder: TemporaryDirectory
    var spills: [CitySpill] = []
    /// Bytes of rows waiting in the spills' buffers, over all cities.
    var spillBuffered = 0

    init(path: String, options: CSVImporter.Options, encoding: TextEncoding, dialect: CSVDialect) throws(ImportError) {
        self.path = path
        self.options = options
        self.dialect = dialect
        fileName = path.split(separator: "/").last.map(String.init) ?? path
        layout = options.layout
        spillFolder = try TemporaryDirectory()
        if encoding == .windows1251 {
            notices.add(.encoding, "\(path): not UTF-8, so read as Windows-1251 (Cyrillic); if a name reads wrong, \(TextEncoding.advice)")
        }
    }

    /// A header or value cell without surrounding spaces or a byte-order mark.
    static func clean(_ field: String) -> String {
        field.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
    }

    mutating func add(_ fields: [String], line: Int) throws(ImportError) {
        if layout == nil {
            let cells = fields.map(Self.clean)
            layout = cells.first == "Data Source" || cells.contains(WideColumns.countryCode) ? .wide : .long
        }
        switch layout {
        case .wide: try addWide(fields, line: line)
        default: try addLong(fields, line: line)
        }
    }

    /// The dashboard's id for a code of the table (`--map`), and the unit given for it by either.
    private func indicatorID(_ code: String) -> String { options.indicatorIDs[code] ?? code }
    private func givenUnit(id: String, code: String) -> Indicators.Unit? { options.units[id] ?? options.units[code] }

    // MARK: World Bank wide layouts

    private mutating func addWide(_ fields: [String], line: Int) throws(ImportError) {
        let cells = fields.map(Self.clean)
        guard let columns = wideColumns else {
            if cells.contains(WideColumns.countryCode) || cells.contains(WideColumns.countryName) {
                headerSeen = true
                switch WideColumns.read(header: cells) {
                case .success(let found): wideColumns = found
                case .failure(let missing): problem(line, 1, missing.message)
                }
            } else if cells.count >= 2, !cells[0].isEmpty {
                metadata[cells[0]] = cells[1]
            }
            return
        }
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else {
            inFooter = sawRows
            return
        }
        if inFooter, filled.count == 1 { return readFooter(filled[0]) }
        inFooter = false
        guard cells.count >= columns.width else {
            problem(line, 1, "expected \(columns.names) and values, found \(cells.count) fields")
            return
        }
        sawRows = true
        let country = cells[columns.countryCode]
        if let only = options.city, only.lowercased() != country.lowercased() { return }
        let countryName = cells[columns.countryName]
        let indicatorName = cells[columns.indicatorName]
        let code = cells[columns.indicatorCode]
        let id = indicatorID(code)
        let city = try self.city(id: country.lowercased(), name: countryName)
        let given = givenUnit(id: id, code: code)
        let indicator = self.indicator(in: city, id: id, code: code, name: indicatorName, line: line,
                                       reading: given.map { .given($0) } ?? CSVImporter.unitReading(name: indicatorName, country: country))
        for (column, year) in columns.years where column < cells.count {
            switch dialect.value(cells[column]) {
            case .empty:
                continue
            case .noData:
                notices.add(.noData, "\(path):\(line):\(column + 1)")
            case .notANumber(let hint):
                problem(line, column + 1, "expected a number for \(year), found \"\(cells[column])\"" + (hint.map { "; \($0)" } ?? ""))
            case .number(let value):
                noteRounding(cells[column], value, line: line, column: column + 1)
                let quote = "\(indicatorName), \(countryName), \(year): \(cells[column]) (\(fileName) line \(line), column \(column + 1))"
                try append(Observation(year: year, value: value, source: "wide-source", quote: quote), city: city, indicator: indicator,
                           place: Builder.Place(line: line, column: column + 1))
            }
        }
    }

    /// A line of DataBank's footer: `Data from database: World Development
    /// Indicators` names the source, `Last Updated: 07/01/2025` (month first)
    /// dates it; other lines are notes, never problems.
    private mutating func readFooter(_ text: String) {
        if let name = text.suffix(afterPrefix: "Data from database:") {
            metadata["Data Source"] = name
        } else if let date = text.suffix(afterPrefix: "Last Updated:") {
            let parts = date.split(separator: "/")
            if parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
               (1...12).contains(month), (1...31).contains(day), parts[2].count == 4 {
                metadata["Last Updated Date"] = String(format: "%04d-%02d-%02d", year, month, day)
            } else {
                metadata["Last Updated Date"] = date
            }
        }
    }

    // MARK: Long layout

    static let requiredColumns = ["city", "indicator", "year", "value"]

    private mutating func addLong(_ fields: [String], line: Int) throws(ImportError) {
        if columns.isEmpty {
            for (index, name) in fields.enumerated() {
                let key = Self.clean(name).lowercased()
                if columns[key] == nil { columns[key] = index }
            }
            let missing = Self.requiredColumns.filter { columns[$0] == nil }
            if !missing.isEmpty {
                throw .invalid(["\(path):\(line): the header lacks \(missing.map { "\"\($0)\"" }.joined(separator: ", ")); "
                                + "a long CSV needs city, indicator, year and value (unit, source and name are optional), found: "
                                + fields.joined(separator: ", ")])
            }
            return
        }
        guard fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return }
        func field(_ name: String) -> String? {
            guard let index = columns[name], index < fields.count else { return nil }
            let value = fields[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        func column(_ name: String) -> Int { (columns[name] ?? 0) + 1 }
        guard let cityID = field("city") else { return problem(line, column("city"), "the city is empty") }
        if let only = options.city, only.lowercased() != cityID.lowercased() { return }
        guard let code = field("indicator") else { return problem(line, column("indicator"), "the indicator is empty") }
        let indicatorID = indicatorID(code)
        guard let yearText = field("year"), let year = Int(yearText), DataFormat.yearRange.contains(year) else {
            return problem(line, column("year"), DataFormat.yearProblem(found: "\"\(field("year") ?? "")\""))
        }
        guard let valueText = field("value") else { return }  // an empty cell is a missing value
        let value: Double
        switch dialect.value(valueText) {
        case .number(let number):
            value = number
            noteRounding(valueText, number, line: line, column: column("value"))
        case .empty: return
        case .noData: return notices.add(.noData, "\(path):\(line):\(column("value"))")
        case .notANumber(let hint):
            return problem(line, column("value"), "expected a number, found \"\(valueText)\"" + (hint.map { "; \($0)" } ?? ""))
        }
        let unitText = field("unit")
        let given = givenUnit(id: indicatorID, code: code)
        var unit = given
        if unit == nil, let unitText {
            guard let parsed = Self.unit(unitText) else {
                let names = Indicators.Unit.allCases.map(\.rawValue).joined(separator: ", ")
                return problem(line, column("unit"), "unknown unit \"\(unitText)\"; expected one of \(names)")
            }
            unit = parsed
        }
        let city = try self.city(id: cityID, name: cityID)
        let indicator = self.indicator(in: city, id: indicatorID, code: code, name: field("name") ?? indicatorID, line: line,
                                       reading: unit.map { .given($0) } ?? .unknown(why: nil))
        if let unit, let known = cities[city].indicators[indicator].unit, known != unit, given == nil {
            return problem(line, column("unit"), "unit \"\(unit.rawValue)\" differs from \"\(known.rawValue)\" given earlier for \(indicatorID)")
        }
        if let unit, cities[city].indicators[indicator].unit == nil { cities[city].indicators[indicator].reading = .given(unit) }
        let sourceTitle = field("source") ?? fileName
        let number: Int
        if let known = sourceNumbers[sourceTitle] {
            number = known
        } else {
            sourceTitles.append(sourceTitle)
            number = sourceTitles.count
            sourceNumbers[sourceTitle] = number
        }
        let sourceID = "source-\(number)"
        let quote = fields.joined(separator: String(dialect.separator)) + " (\(fileName) line \(line))"
        try append(Observation(year: year, value: value, source: sourceID, quote: quote), city: city, indicator: indicator,
                   place: Builder.Place(line: line, column: column("value")))
    }

    static func unit(_ text: String) -> Indicators.Unit? {
        let key = text.lowercased()
        if let unit = Indicators.Unit(rawValue: key) { return unit }
        switch key {
        case "%", "share": return .percent
        case "kzt", "₸", "tenge": return .tenge
        case "us$", "$", "usd": return .usd
        case "persons", "person": return .people
        default: return nil
        }
    }

    // MARK: Shared

    private mutating func city(id: String, name: String) throws(ImportError) -> Int {
        if let index = cityIndex[id] { return index }
        spills.append(CitySpill(path: spillFolder.path + "/city-\(cities.count)"))
        cities.append(CityDraft(id: id, name: name))
        cityIndex[id] = cities.count - 1
        return cities.count - 1
    }

    /// The indicator's index in the city, drafted on its first row; `reading` is taken only then.
    private mutating func indicator(in city: Int, id: String, code: String, name: String, line: Int,
                                    reading: @autoclosure () -> CSVImporter.UnitReading) -> Int {
        if let index = cities[city].indexOf[id] { return index }
        cities[city].indicators.append(IndicatorDraft(id: id, code: code, name: name, reading: reading(), firstLine: line))
        cities[city].indexOf[id] = cities[city].indicators.count - 1
        return cities[city].indicators.count - 1
    }

    /// Rows wait in memory up to this many bytes over all cities; then every city's are appended to its file.
    static let spillBudget = 16 << 20
    /// One city's rows go to its file once they reach this many bytes.
    static let spillChunk = 1 << 20

    private mutating func append(_ observation: Observation, city: Int, indicator: Int, place: Place) throws(ImportError) {
        let spill = spills[city]
        spillBuffered += try spill.append(CitySpill.Record(indicator: indicator, observation: observation, line: place.line, column: place.column))
        if spill.buffered >= Self.spillChunk {
            spillBuffered -= spill.buffered
            try spill.flush()
        }
        if spillBuffered >= Self.spillBudget {
            for spill in spills where spill.buffered > 0 { try spill.flush() }
            spillBuffered = 0
        }
    }

    /// A whole number a Double cannot hold is read as the nearest it can, and the user is told so.
    private mutating func noteRounding(_ text: String, _ value: Double, line: Int, column: Int) {
        guard let held = CSVDialect.roundedWhole(text, value: value) else { return }
        notices.add(.rounded, "\(path):\(line):\(column): \(text) cannot be held exactly; read as \(held)")
    }

    private mutating func problem(_ line: Int, _ column: Int, _ message: String) {
        guard problems.count < DataFormat.maximumListed else {
            omitted += 1
            return
        }
        problems.append("\(path):\(line):\(column): \(message)")
    }

    // MARK: Finishing

    mutating func finish() throws(ImportError) -> CSVImporter.Conversion {
        if layout == .wide && !headerSeen {
            problem(1, 1, "no header row with \"Country Code\": not a World Bank table (use --layout long for a long table)")
        }
        if problems.isEmpty && cities.isEmpty {
            problem(1, 1, options.city.map { "no rows for city \"\($0)\"" } ?? "no data rows")
        }
        try throwProblems()
        // One warning per indicator, at its first row: --unit applies to every city.
        var warned: [ImportNotices.Kind: Set<String>] = [:]
        for draft in cities.flatMap(\.indicators) {
            guard let (kind, message) = unitNotice(draft), warned[kind, default: []].insert(draft.id).inserted else { continue }
            notices.add(kind, message)
        }
        return CSVImporter.Conversion(builder: self)
    }

    /// What the user is told about an indicator's unit: nothing when it was given or stated.
    private func unitNotice(_ draft: IndicatorDraft) -> (ImportNotices.Kind, String)? {
        let named = draft.code == draft.id ? draft.id : "\(draft.id) (\(draft.code) in the table)"
        switch draft.reading {
        case .given, .stated:
            return nil
        case .guessed(let unit):
            return (.unitGuessed, "\(path):\(draft.firstLine): the unit of \(named) is guessed from its name \"\(draft.name)\": "
                        + "\(unit.rawValue) (give --unit \(draft.id)=UNIT if it is not)")
        case .unknown(let why):
            return (.unitUnknown, "\(path):\(draft.firstLine): the unit of \(named) is unknown\(why.map { " (\($0))" } ?? ""); "
                        + "using count (give --unit \(draft.id)=UNIT)")
        }
    }

    /// One city from its parked rows: its dataset, checked by the format's rules, its JSON,
    /// and a warning for each row that repeats an earlier one (kept once).
    func dataset(city index: Int) throws(ImportError) -> (dataset: Dataset, json: [UInt8], repeated: [String]) {
        var city = cities[index]
        let (records, repeated) = try distinctRecords(city: index)
        for record in records {
            city.indicators[record.indicator].observations.append(record.observation)
            city.indicators[record.indicator].places.append(Place(line: record.line, column: record.column))
        }
        let indicators = city.indicators.map {
            Indicator(id: $0.id, name: LocalizedText(en: $0.name), unit: $0.unit ?? .count, observations: $0.observations)
        }
        let cited = Set(indicators.flatMap { $0.observations.map(\.source) })
        let dataset = Dataset(city: City(id: city.id, name: LocalizedText(en: city.name)),
                              sources: sources().filter { cited.contains($0.id) }, indicators: indicators)
        try check(dataset, city: city)
        return (dataset, DatasetJSON.encode(dataset), repeated)
    }

    /// The city's rows without repeats. Rows of one indicator and year:
    /// from different sources, a disagreement, kept; from one source with one
    /// value, a repeat, kept once with a warning naming both lines; from one
    /// source with different values, a contradiction the format refuses (one
    /// source gives one value for a period), stopped here with both lines.
    private func distinctRecords(city index: Int) throws(ImportError) -> ([CitySpill.Record], [String]) {
        struct Key: Hashable { var indicator: Int; var year: Int; var source: String }
        var first: [Key: CitySpill.Record] = [:]
        var kept: [CitySpill.Record] = []
        var repeated: [String] = []
        var conflicts: [String] = []
        let city = cities[index]
        for record in try spills[index].records() {
            let key = Key(indicator: record.indicator, year: record.observation.year, source: record.observation.source)
            guard let earlier = first[key] else {
                first[key] = record
                kept.append(record)
                continue
            }
            let what = "\(city.id), \(city.indicators[record.indicator].id), \(record.observation.year)"
            let source = sourceTitle(record.observation.source)
            if earlier.observation.value == record.observation.value {
                repeated.append("\(path):\(record.line): repeats line \(earlier.line) (\(what): \(Self.shown(record.observation.value)) "
                                + "from \"\(source)\"); kept once")
            } else if conflicts.count < DataFormat.maximumListed {
                conflicts.append("\(path):\(record.line):\(record.column): \(what): \(Self.shown(record.observation.value)) from \"\(source)\", "
                                 + "but line \(earlier.line) gives \(Self.shown(earlier.observation.value)) from the same source; one source "
                                 + "gives one value for a period (remove one row, or give each its own source)")
            }
        }
        if !conflicts.isEmpty { throw .invalid(conflicts) }
        return (kept, repeated)
    }

    /// A source's title, as the table names it, from its id.
    private func sourceTitle(_ id: String) -> String {
        if layout == .wide { return metadata["Data Source"] ?? fileName }
        guard id.hasPrefix("source-"), let number = Int(id.dropFirst(7)), sourceTitles.indices.contains(number - 1) else { return id }
        return sourceTitles[number - 1]
    }

    /// A value as a message shows it: `20`, `5.25`.
    static func shown(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private func sources() -> [Source] {
        let fileDate = modificationDate()
        if layout == .wide {
            let title = metadata["Data Source"] ?? fileName
            return [Source(id: "wide-source", title: title, publisher: title.contains("World Development") ? "World Bank" : "as named in \(fileName)",
                           date: metadata["Last Updated Date"] ?? fileDate, document: fileName,
                           description: "Imported from \(fileName) by citydash import.")]
        }
        return sourceTitles.enumerated().map { index, title in
            Source(id: "source-\(index + 1)", title: title, publisher: "as named in \(fileName)", date: fileDate, document: fileName,
                   description: "Imported from \(fileName) by citydash import; the date is the file's.")
        }
    }

    private func modificationDate() -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "unknown" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec)))
    }

    private func throwProblems() throws(ImportError) {
        guard !problems.isEmpty else { return }
        throw .invalid(problems + (omitted > 0 ? ["… and \(omitted) more problem\(omitted == 1 ? "" : "s")"] : []))
    }

    /// The format's rules on the dataset, each broken one traced back to the CSV cell or line it came from.
    private func check(_ dataset: Dataset, city: CityDraft) throws(ImportError) {
        let found = DataFormat.problems(in: dataset)
        guard !found.isEmpty else { return }
        var lines = found.prefix(DataFormat.maximumListed).map { problem in
            "\(place(of: problem.location, in: city)): \(problem.message)"
        }
        let more = found.count - lines.count
        if more > 0 { lines.append("… and \(more) more problem\(more == 1 ? "" : "s")") }
        throw .invalid(lines)
    }

    /// Where a place in the city's dataset came from: an observation's cell,
    /// an indicator's first line, else the file and the JSON path.
    private func place(of location: DataFormat.Location, in city: CityDraft) -> String {
        switch location {
        case .observation(let indicator, let observation, _):
            let draft = city.indicators[indicator]
            let cell = draft.places[observation]
            return "\(path):\(cell.line):\(cell.column): \(draft.id)"
        case .indicator(let indicator, _), .language(_, of: .indicator(let indicator, _)):
            let draft = city.indicators[indicator]
            return "\(path):\(draft.firstLine): \(draft.id)"
        default:
            return "\(path): \(location.path)"
        }
    }
}

private extension String {
    /// The rest after `prefix`, trimmed; nil when the text does not start with it.
    func suffix(afterPrefix prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) : nil
    }
}
