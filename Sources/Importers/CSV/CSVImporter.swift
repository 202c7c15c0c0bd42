import Indicators
import Foundation

/// Converts statistics tables in CSV into data files: the World Bank's wide
/// layout (one column per year, after a preamble) and a long ("tidy")
/// layout, `city,indicator,year,value[,unit][,source][,name]` in any column
/// order. Each city becomes a dataset, checked by the format's rules
/// (`DataFormat.problems(in:)`, the loader's own); problems name the CSV line
/// and column.
public enum CSVImporter {
    public enum Layout: String, Sendable, CaseIterable {
        case wide, long
    }

    public struct Options: Sendable {
        /// Nil: a World Bank preamble or a "Country Name" header means wide, else long.
        public var layout: Layout?
        /// Keep only this city (World Bank: the country code, case-insensitive).
        public var city: String?
        /// Units given by hand, by indicator id.
        public var units: [String: Indicators.Unit]

        public init(layout: Layout? = nil, city: String? = nil, units: [String: Indicators.Unit] = [:]) {
            self.layout = layout
            self.city = city
            self.units = units
        }
    }

    public struct Result: Sendable {
        public var datasets: [Dataset]
        /// Things the user should know but that did not stop the import (units defaulted).
        public var warnings: [String]
    }

    /// Reads the CSV, parking each city's rows in a temporary file; the
    /// result builds and checks one city at a time, so memory holds at most
    /// one city's data. `progress(bytesRead, totalBytes)` is called now and
    /// then while reading.
    public static func convert(
        path: String, options: Options, progress: ((Int, Int) -> Void)? = nil
    ) throws(ImportError) -> Conversion {
        let records = try CSVRecords(path: path)
        var builder = try Builder(path: path, options: options)
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
        return Result(datasets: datasets, warnings: conversion.warnings)
    }

    /// A read table, city by city.
    public final class Conversion {
        private let builder: Builder
        public let cityIDs: [String]
        public let warnings: [String]

        init(builder: Builder, warnings: [String]) {
            self.builder = builder
            cityIDs = builder.cities.map(\.id)
            self.warnings = warnings
        }

        /// Where the cities' rows wait; removed when the conversion is released.
        var temporaryFolder: String { builder.spillFolder.path }

        /// The city's dataset, checked by the format's rules, and its JSON text.
        public func dataset(at index: Int) throws(ImportError) -> (dataset: Dataset, json: [UInt8]) {
            try builder.dataset(city: index)
        }
    }

    /// What the World Bank's indicator names say about their unit.
    static func inferUnit(name: String, country: String?) -> Indicators.Unit? {
        let lower = name.lowercased()
        if lower.contains("(annual %)") { return .percentChange }
        if lower.contains("us$") { return .usd }
        if lower.contains("(% of") || lower.contains("(%)") || lower.contains("% of ") { return .percent }
        if lower.contains("lcu"), country?.uppercased() == "KAZ" { return .tenge }
        if lower.hasPrefix("population, total") || lower.hasPrefix("population ages") && !lower.contains("%") { return .people }
        if lower.contains("rank") { return .rank }
        return nil
    }
}

/// Accumulates records into cities and indicators, remembering for every
/// observation the CSV line and column it came from.
struct Builder {
    struct Place { var line: Int; var column: Int }

    struct IndicatorDraft {
        var id: String
        var name: String
        var unit: Indicators.Unit?
        var unitText: String?
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
    let fileName: String
    var layout: CSVImporter.Layout?
    var cities: [CityDraft] = []
    var cityIndex: [String: Int] = [:]
    var problems: [String] = []
    var omitted = 0

    // World Bank layout
    var preamble: [String: String] = [:]
    var yearColumns: [(column: Int, year: Int)] = []
    var headerSeen = false

    // Long layout
    var columns: [String: Int] = [:]
    var sourceTitles: [String] = []

    /// Each city's rows, in a temporary folder removed with the builder.
    let spillFolder: TemporaryDirectory
    var spills: [CitySpill] = []

    init(path: String, options: CSVImporter.Options) throws(ImportError) {
        self.path = path
        self.options = options
        fileName = path.split(separator: "/").last.map(String.init) ?? path
        layout = options.layout
        spillFolder = try TemporaryDirectory()
    }

    mutating func add(_ fields: [String], line: Int) throws(ImportError) {
        if layout == nil {
            let first = fields.first?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "") ?? ""
            layout = first == "Data Source" || first == "Country Name" ? .wide : .long
        }
        switch layout {
        case .wide: try addWide(fields, line: line)
        default: try addLong(fields, line: line)
        }
    }

    // MARK: World Bank wide layout

    private mutating func addWide(_ fields: [String], line: Int) throws(ImportError) {
        let cells = fields.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "") }
        guard headerSeen else {
            if cells.first == "Country Name" {
                headerSeen = true
                for (column, cell) in cells.enumerated() {
                    if let year = Int(cell), DataFormat.yearRange.contains(year) { yearColumns.append((column, year)) }
                }
                if cells.count < 5 || yearColumns.isEmpty {
                    problem(line, 1, "a World Bank header needs Country Name, Country Code, Indicator Name, Indicator Code and year columns")
                }
            } else if cells.count >= 2, !cells[0].isEmpty {
                preamble[cells[0]] = cells[1]
            }
            return
        }
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        guard cells.count >= 4 else {
            problem(line, 1, "expected Country Name, Country Code, Indicator Name, Indicator Code and values, found \(cells.count) fields")
            return
        }
        let country = cells[1]
        if let only = options.city, only.lowercased() != country.lowercased() { return }
        let indicatorName = cells[2]
        let indicatorID = cells[3]
        let cityID = country.lowercased()
        let city = try self.city(id: cityID, name: cells[0])
        let indicator = self.indicator(in: city, id: indicatorID, name: indicatorName, line: line,
                                       unit: options.units[indicatorID] ?? CSVImporter.inferUnit(name: indicatorName, country: country))
        for (column, year) in yearColumns where column < cells.count && !cells[column].isEmpty {
            guard let value = Double(cells[column]), value.isFinite else {
                problem(line, column + 1, "expected a number for \(year), found \"\(cells[column])\"")
                continue
            }
            let quote = "\(indicatorName), \(cells[0]), \(year): \(cells[column]) (\(fileName) line \(line), column \(column + 1))"
            try append(Observation(year: year, value: value, source: "wide-source", quote: quote), city: city, indicator: indicator,
                       place: Builder.Place(line: line, column: column + 1))
        }
    }

    // MARK: Long layout

    static let requiredColumns = ["city", "indicator", "year", "value"]

    private mutating func addLong(_ fields: [String], line: Int) throws(ImportError) {
        if columns.isEmpty {
            for (index, name) in fields.enumerated() {
                let key = name.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "").lowercased()
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
        guard let indicatorID = field("indicator") else { return problem(line, column("indicator"), "the indicator is empty") }
        guard let yearText = field("year"), let year = Int(yearText), DataFormat.yearRange.contains(year) else {
            return problem(line, column("year"), DataFormat.yearProblem(found: "\"\(field("year") ?? "")\""))
        }
        guard let valueText = field("value") else { return }  // an empty cell is a missing value
        guard let value = Double(valueText), value.isFinite else {
            return problem(line, column("value"), "expected a number, found \"\(valueText)\"")
        }
        let unitText = field("unit")
        var unit = options.units[indicatorID]
        if unit == nil, let unitText {
            guard let parsed = Self.unit(unitText) else {
                let names = Indicators.Unit.allCases.map(\.rawValue).joined(separator: ", ")
                return problem(line, column("unit"), "unknown unit \"\(unitText)\"; expected one of \(names)")
            }
            unit = parsed
        }
        let city = try self.city(id: cityID, name: cityID)
        let indicator = self.indicator(in: city, id: indicatorID, name: field("name") ?? indicatorID, line: line, unit: unit)
        if let unit, let known = cities[city].indicators[indicator].unit, known != unit, options.units[indicatorID] == nil {
            return problem(line, column("unit"), "unit \"\(unit.rawValue)\" differs from \"\(known.rawValue)\" given earlier for \(indicatorID)")
        }
        if cities[city].indicators[indicator].unit == nil { cities[city].indicators[indicator].unit = unit }
        let sourceTitle = field("source") ?? fileName
        if !sourceTitles.contains(sourceTitle) { sourceTitles.append(sourceTitle) }
        let sourceID = "source-\((sourceTitles.firstIndex(of: sourceTitle) ?? 0) + 1)"
        let quote = fields.joined(separator: ",") + " (\(fileName) line \(line))"
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
        spills.append(try CitySpill(path: spillFolder.path + "/city-\(cities.count)"))
        cities.append(CityDraft(id: id, name: name))
        cityIndex[id] = cities.count - 1
        return cities.count - 1
    }

    private mutating func indicator(in city: Int, id: String, name: String, line: Int, unit: Indicators.Unit?) -> Int {
        if let index = cities[city].indexOf[id] { return index }
        cities[city].indicators.append(IndicatorDraft(id: id, name: name, unit: unit, firstLine: line))
        cities[city].indexOf[id] = cities[city].indicators.count - 1
        return cities[city].indicators.count - 1
    }

    private mutating func append(_ observation: Observation, city: Int, indicator: Int, place: Place) throws(ImportError) {
        try spills[city].append(CitySpill.Record(indicator: indicator, observation: observation, line: place.line, column: place.column))
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
            problem(1, 1, "no \"Country Name\" header row: not a World Bank table (use --layout long for a long table)")
        }
        if problems.isEmpty && cities.isEmpty {
            problem(1, 1, options.city.map { "no rows for city \"\($0)\"" } ?? "no data rows")
        }
        try throwProblems()
        let warnings = cities.flatMap { city in
            city.indicators.filter { $0.unit == nil }.map {
                "\(path):\($0.firstLine): the unit of \($0.id) is unknown; using count (give --unit \($0.id)=UNIT)"
            }
        }
        return CSVImporter.Conversion(builder: self, warnings: warnings)
    }

    /// One city from its parked rows: its dataset, checked by the format's rules, and its JSON.
    func dataset(city index: Int) throws(ImportError) -> (dataset: Dataset, json: [UInt8]) {
        var city = cities[index]
        for record in try spills[index].records() {
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
        return (dataset, DatasetJSON.encode(dataset))
    }

    private func sources() -> [Source] {
        let fileDate = modificationDate()
        if layout == .wide {
            let title = preamble["Data Source"] ?? fileName
            return [Source(id: "wide-source", title: title, publisher: title.contains("World Development") ? "World Bank" : "as named in \(fileName)",
                           date: preamble["Last Updated Date"] ?? fileDate, document: fileName,
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
