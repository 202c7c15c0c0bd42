/// Where a figure was read: the file, and the sheet and cell (or the CSV line).
public struct CellLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// Nil for CSV files.
    public let sheet: String?
    /// `AB12`, or `line 12` in a CSV file.
    public let cell: String

    public init(file: String, sheet: String?, cell: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }

    /// `2008-2023!AB12`, or `line 12`.
    public var address: String { sheet.map { "\($0)!\(cell)" } ?? cell }

    public var description: String { "\(file): \(address)" }
}

/// The public repository a file was copied from (see `../shared/data/bns/README.md`).
public struct RepositoryCopy: Hashable, Sendable {
    public let repo: String
    public let path: String
    public let commit: String

    public init(repo: String, path: String, commit: String) {
        self.repo = repo
        self.path = path
        self.commit = commit
    }
}

/// The table a figure comes from, so that it can be cited: title, publisher, the bureau's
/// address or element id, the repository copy and the release date where known.
public struct TableInfo: Hashable, Sendable {
    /// A stable id: the file's catalog id, with the sheet or the CSV variable when a file holds
    /// several tables (`grp-by-region:2008-2023`).
    public let id: String
    /// The title as the file writes it, footnote marks removed.
    public let title: String
    public let publisher: String
    /// The bureau's address of the original, or its element id, where known.
    public let source: String?
    public let repository: RepositoryCopy
    /// ISO date `2025-01-17`, where the file or the README gives one.
    public let releaseDate: String?
    /// Notes that apply to the whole table: those marked on its title, and notes whose mark
    /// appears nowhere in the table.
    public let notes: [String]

    public init(
        id: String, title: String, publisher: String, source: String?, repository: RepositoryCopy,
        releaseDate: String?, notes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.source = source
        self.repository = repository
        self.releaseDate = releaseDate
        self.notes = notes
    }
}

/// One figure of one region for one period, as a table prints it. Plain values: the app converts
/// them into its own model. A revised figure in another table is another observation.
public struct BureauObservation: Hashable, Sendable {
    /// `Region.id`: the ISO 3166-2 code, `KZ` for the Republic.
    public let region: String
    /// The series id (see `SeriesID`).
    public let series: String
    public let period: TablePeriod
    public let value: Double
    public let unit: String
    /// A note on the row, the column or the cell says the figure is preliminary.
    public let preliminary: Bool
    /// The texts of the footnotes marked on the value's row header, column header and cell.
    public let notes: [String]
    public let location: CellLocation
    public let table: TableInfo

    public init(
        region: String, series: String, period: TablePeriod, value: Double, unit: String, preliminary: Bool,
        notes: [String], location: CellLocation, table: TableInfo
    ) {
        self.region = region
        self.series = series
        self.period = period
        self.value = value
        self.unit = unit
        self.preliminary = preliminary
        self.notes = notes
        self.location = location
        self.table = table
    }
}

/// Something a reader accepted but a person should know about (dropped zeros, figures of a
/// region before it existed, a footnote mark with no note).
public struct BureauWarning: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let message: String

    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

public struct TableReadResult: Sendable {
    public var observations: [BureauObservation]
    public var warnings: [BureauWarning]

    public init(observations: [BureauObservation] = [], warnings: [BureauWarning] = []) {
        self.observations = observations
        self.warnings = warnings
    }
}
