/// Collects a reader's observations and applies the rules every table shares, in one place:
/// - notes that say rubles move a value to the `_rubles` series with the note's unit;
/// - notes that say preliminary set `preliminary`;
/// - a Turkistan figure that a note assigns to South Kazakhstan is filed under South Kazakhstan;
/// - figures of a region for years it did not exist are kept (the bureau recalculates some
///   series for present borders) and reported once per region as a warning;
/// - footnote marks without a note are reported once per mark.
struct ObservationSink {
    let file: String
    private(set) var observations: [BureauObservation] = []
    private var warnings: [BureauWarning] = []
    private var outsideExistence: [String: [Int]] = [:]
    private var missingMarks: [String: [String]] = [:]

    init(file: String) {
        self.file = file
    }

    mutating func add(
        region: Region, series: String, unit: String, period: TablePeriod, value: Double, notes: [String],
        location: CellLocation, table: TableInfo
    ) {
        var region = region
        if let predecessor = Regions.successionOverride(for: region, year: period.year, notes: notes + table.notes) {
            region = predecessor
        }
        var series = series
        var unit = unit
        if let rubles = notes.lazy.compactMap(CellText.rublesUnit).first {
            series += SeriesID.rublesSuffix
            unit = rubles
        }
        if !region.existed(in: period.year) {
            outsideExistence[region.id, default: []].append(period.year)
        }
        observations.append(
            BureauObservation(
                region: region.id, series: series, period: period, value: value, unit: unit,
                preliminary: notes.contains(where: CellText.saysPreliminary), notes: notes, location: location,
                table: table))
    }

    mutating func missing(marks: [String], at location: CellLocation) {
        for mark in marks where missingMarks[mark]?.isEmpty ?? true {
            missingMarks[mark, default: []].append(location.address)
        }
    }

    mutating func warn(_ message: String) {
        warnings.append(BureauWarning(file: file, message))
    }

    func result() -> TableReadResult {
        var all = warnings
        for (id, years) in outsideExistence.sorted(by: { $0.key < $1.key }) {
            guard let region = Regions.region(id: id), let first = years.min(), let last = years.max() else { continue }
            let span = region.firstYear.map { "from \($0)" } ?? region.lastYear.map { "until \($0)" } ?? ""
            all.append(
                BureauWarning(
                    file: file,
                    "\(region) has \(years.count) values for \(first)-\(last), outside the years it existed as a region (\(span)); kept as the table prints them"
                ))
        }
        for (mark, places) in missingMarks.sorted(by: { $0.key < $1.key }) {
            all.append(BureauWarning(file: file, "footnote mark \(mark)) at \(places.joined(separator: ", ")) has no note in the workbook"))
        }
        return TableReadResult(observations: observations, warnings: all)
    }
}

extension SeriesID {
    /// The unit of every growth series made from a volume index, so that it reads as real growth.
    public static let realGrowthUnit = "percent, real (volume index - 100)"

    /// Real growth in percent from a volume index in percent of the previous year
    /// (`109.7` → `9.7`), rounded to 10 decimals so that binary noise does not show.
    public static func growth(fromIndex index: Double) -> Double {
        ((index - 100) * 1e10).rounded() / 1e10
    }
}
