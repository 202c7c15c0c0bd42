import ArgumentParser
import Indicators
import Widgets
import DashboardUI
import Importers

#if canImport(Glibc)
import Glibc
#endif

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the dashboard for a year as text, Markdown, JSON, CSV or SVG, without a terminal.",
        discussion: "text is the dashboard's own screen without the key hints, the source in full; svg draws the same grid as a picture; markdown lists the indicators with a value, each figure with its note (source, quoted words, address); json and csv list every indicator for scripts.")

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, markdown, json, csv, svg
    }

    enum ColorMode: String, CaseIterable, ExpressibleByArgument {
        case auto, always, never
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: "The year (default: the latest with data; projections do not count).")
    var year: Int?

    @Option(help: ArgumentHelp("Compare the year with this base year: both values and the change between them.", valueName: "base"))
    var compare: Int?

    @Option(help: ArgumentHelp("The city to print, by its id, when several are loaded (default: the first).", valueName: "id"))
    var city: String?

    @Option(help: ArgumentHelp("The selected indicator, by its id (default: the first headline).", valueName: "id"))
    var indicator: String?

    @Option(help: ArgumentHelp(
        "How the selected indicator and its trend are shown (text format): level, change, pct-change, cagr, index, per-capita or share-of-national.",
        discussion: "change, pct-change and cagr run from the previous observation, or from --compare's year; index puts --compare's year (else the first) at 100."))
    var transform: Transform = .level

    @Flag(help: "Print every loaded city, one after another (CSV and JSON: in one table or document).")
    var allCities = false

    @Option(help: "text, markdown, json, csv or svg.")
    var format: Format = .text

    @Flag(help: "List every indicator in the Markdown, also those without a value in the year (by default only those with one).")
    var includeEmpty = false

    @Option(help: "Width of a text or SVG snapshot in columns (default: the terminal's, else 100).")
    var width: Int?

    @Option(help: "Height of a text or SVG snapshot's screen in rows (default: the terminal's, else 30); the source below grows to hold its whole text.")
    var height: Int?

    @Option(help: "Colour in a text snapshot: auto (on a terminal, unless NO_COLOR is set), always or never; an SVG is in colour unless never.")
    var color: ColorMode = .auto

    @OptionGroup var colors: PaletteOptions

    @Option(help: ArgumentHelp("Write to this file (atomically; a device or FIFO is written to, never replaced; - is standard output) instead of standard output.",
                               valueName: "file"))
    var output: String?

    func validate() throws {
        for (name, value) in [("width", width), ("height", height)] {
            if let value, !(1...1000).contains(value) {
                throw ValidationError("--\(name) must be between 1 and 1000, not \(value)")
            }
        }
        if includeEmpty && format != .markdown {
            throw ValidationError("--include-empty is for the markdown format; json and csv always list every indicator")
        }
        if city != nil && allCities {
            throw ValidationError("--city and --all-cities cannot be used together")
        }
        if transform != .level && format != .text && format != .svg {
            throw ValidationError("--transform is drawn in the text and svg formats only; markdown, json and csv list the levels and their changes")
        }
    }

    func run() throws {
        Interruption.removeTemporaryFiles()
        try Self.reportingFailures {
            let files = try data.load()
            if let output, output != "-", let input = files.first(where: { AtomicFile.sameFile($0.path, output) }) {
                throw Failure(message: "--output \(TextSafety.visible(output)) is the data file \(TextSafety.visible(input.path)) itself; write the snapshot elsewhere",
                              exitCode: 64)
            }
            let cities = DashboardData(cities: files.map { DashboardModel(dataset: $0.dataset) })
            let shown = try chooseCities(cities)
            let chosen = try chooseYear(cities.cities[shown[0]], all: shown.map { cities.cities[$0] })
            if let compare {
                guard compare != chosen else {
                    throw Failure(message: "--compare \(compare) is the year itself; choose another base year", exitCode: 64)
                }
                try requireYear(compare, in: shown.map { cities.cities[$0] }, option: "--compare ")
            }
            if let indicator, !shown.contains(where: { cities.cities[$0].position(ofIndicator: indicator) != nil }) {
                let ids = cities.cities[shown[0]].dataset.indicators.map(\.id).prefix(12).joined(separator: ", ")
                throw Failure(message: "--indicator \(indicator): no such indicator; for example: \(ids), …", exitCode: 64)
            }
            // Written as it is made, a city at a time: every loaded city is never one string in memory.
            if let output, output != "-" {
                do throws(AtomicFile.WriteError) {
                    let file = try AtomicFile.Writer(path: output)
                    try render(cities, shown: shown, year: chosen) { (part: String) throws(AtomicFile.WriteError) in try file.write(part) }
                    try file.commit()
                } catch {
                    throw Failure(message: error.description, exitCode: 74)
                }
            } else {
                try render(cities, shown: shown, year: chosen) { part in try StandardStreams.writeOutput(part) }
            }
        }
    }

    /// The indices of the cities to print.
    private func chooseCities(_ cities: DashboardData) throws -> [Int] {
        if allCities { return Array(cities.cities.indices) }
        guard let city else { return [0] }
        guard let index = cities.cities.firstIndex(where: { $0.dataset.city.id == city }) else {
            let ids = cities.cities.map(\.dataset.city.id).joined(separator: ", ")
            throw Failure(message: "--city \(city): no such city; loaded: \(ids)", exitCode: 64)
        }
        return [index]
    }

    /// `--year`, else the first printed city's latest year with data.
    private func chooseYear(_ first: DashboardModel, all: [DashboardModel]) throws -> Int {
        guard let chosen = year ?? first.latestYear ?? all.compactMap(\.latestYear).max() else {
            throw Failure(message: "the data has no year with a measurement", exitCode: 65)
        }
        try requireYear(chosen, in: all, option: year == nil ? "" : "--year ")
        return chosen
    }

    private func requireYear(_ year: Int, in models: [DashboardModel], option: String) throws {
        guard !models.contains(where: { $0.years.contains(year) }) else { return }
        let listed = Set(models.flatMap(\.years)).sorted().map(String.init).joined(separator: ", ")
        throw Failure(message: "\(option)\(year): no data in that year; years with data: \(listed)", exitCode: 64)
    }

    /// The snapshot, part by part (a city at a time when there are several), handed to `emit`.
    private func render<Failure: Error>(_ cities: DashboardData, shown: [Int], year: Int,
                                        emit: (String) throws(Failure) -> Void) throws(Failure) {
        let language = language.language
        // The table formats' rows, a city at a time; the text format draws the screen instead.
        let table = { (position: Int) in
            SnapshotTable(dataset: cities.cities[shown[position]].dataset, year: year, base: compare, language: language)
        }
        switch format {
        case .text, .svg:
            let size = Size(width: width ?? TerminalSize.current?.width ?? 100, height: height ?? TerminalSize.current?.height ?? 30)
            let grid = { (index: Int) -> Grid in
                let state = DashboardUpdate.start(data: cities, language: language, size: size,
                                                  view: .init(city: index, year: year, compareBase: compare,
                                                              indicator: indicator, transform: transform))
                return TextSnapshot.grid(state, data: cities, size: size)
            }
            if format == .svg {
                // A picture: in colour unless --color never. Several cities stand one under another.
                try emit(SVGSnapshot.render(Grid(stacking: shown.map(grid)), palette: color == .never ? nil : colors.palette))
                return
            }
            for (position, index) in shown.enumerated() {
                let drawn = grid(index)
                try emit((position > 0 ? "\n" : "") + (useColor ? ANSIText.render(drawn, palette: colors.palette) : drawn.text))
            }
        case .markdown:
            for position in shown.indices {
                try emit((position > 0 ? "\n" : "") + MarkdownSnapshot.render(table(position), includeEmpty: includeEmpty))
            }
        case .json:
            if allCities {
                try SnapshotStream.json(cities: shown.count, table: table, emit: emit)
            } else {
                try emit(JSONSnapshot.render(table(0)))
            }
        case .csv:
            if allCities {
                try SnapshotStream.csv(cities: shown.count, table: table, emit: emit)
            } else {
                try emit(CSVSnapshot.render(table(0)))
            }
        }
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
            return output == nil && isatty(1) == 1 && !noColor
        }
    }
}

extension Transform: ExpressibleByArgument {}

/// The size of the terminal on standard output, when it is one.
enum TerminalSize {
    static var current: Size? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return Size(width: Int(size.ws_col), height: Int(size.ws_row))
    }
}
