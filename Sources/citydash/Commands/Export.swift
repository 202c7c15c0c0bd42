import ArgumentParser
import Indicators
import Reports

/// `citydash export`: one indicator's whole series, every region and period
/// asked for, with the source of every figure.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export one indicator's series (every year, every region asked for) with its sources: CSV, Markdown, JSON, an SVG chart or an HTML report.",
        discussion: """
            One row per region and period: the value, its unit, the kind of evidence, preliminary or not, the release date, \
            every other figure given for the same period, and the source with its quote. csv is tidy (one observation per row, \
            ISO dates, plain numbers, change_kind beside every change); svg draws the series as a chart; html is one \
            self-contained page (chart, table, notes and sources) that prints on A4.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv, markdown, json, svg, html
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("The indicator to export, by its id (gdp_share, grp, population, …).", valueName: "id"))
    var indicator: String

    @Option(help: ArgumentHelp("A region to export, by its id; give it once per region (default: the first loaded).", valueName: "id"))
    var city: [String] = []

    @Flag(help: "Export every loaded region.")
    var allCities = false

    @Option(help: ArgumentHelp("The first year to export.", valueName: "year"))
    var from: Int?

    @Option(help: ArgumentHelp("The last year to export.", valueName: "year"))
    var to: Int?

    @Option(help: ArgumentHelp(
        "The values as: level, change, pct-change, cagr, index, per-capita or share-of-national.",
        discussion: "change, pct-change and cagr run from the previous observation; index puts the first observation at 100."))
    var transform: Transform = .level

    @Flag(help: "Give every part-year figure (Q1, Jan–Sep, …) a row of its own; without it a year has a part-year row only when it has no whole-year figure.")
    var partYears = false

    @Option(help: "csv, markdown, json, svg or html.")
    var format: Format = .csv

    @Option(help: ArgumentHelp("Write to this file (atomically; a device or FIFO is written to, never replaced; - is standard output) instead of standard output.",
                               valueName: "file"))
    var output: String?

    func validate() throws {
        if !city.isEmpty && allCities {
            throw ValidationError("--city and --all-cities cannot be used together")
        }
        if let from, let to, from > to {
            throw ValidationError("--from \(from) is after --to \(to); give the earlier year first")
        }
    }

    func run() throws {
        try Self.reportingFailures {
            let files = try data.load()
            if let output, output != "-", let input = files.first(where: { AtomicFile.sameFile($0.path, output) }) {
                throw Failure(message: "--output \(TextSafety.visible(output)) is the data file \(TextSafety.visible(input.path)) itself; write the export elsewhere",
                              exitCode: 64)
            }
            let datasets = files.map(\.dataset)
            let chosen = try chooseCities(datasets)
            guard chosen.contains(where: { $0.indicator(id: indicator) != nil }) else {
                var known: [String] = []
                for dataset in chosen { for item in dataset.indicators where !known.contains(item.id) { known.append(item.id) } }
                let names = chosen.map(\.city.id).joined(separator: ", ")
                throw Failure(message: "--indicator \(indicator): no such indicator in \(names); known: \(known.joined(separator: ", "))",
                              exitCode: 64)
            }
            let series = SeriesExport(indicatorID: indicator, datasets: chosen, loaded: datasets, from: from, to: to,
                                      transform: transform, partYears: partYears)
            guard !series.rows.isEmpty else {
                let years = Set(chosen.compactMap { $0.indicator(id: indicator) }.flatMap(\.measuredYears)).sorted()
                let span = years.isEmpty ? "none" : "\(years[0])–\(years[years.count - 1])"
                throw Failure(message: "--indicator \(indicator): no figure from \(from.map(String.init) ?? "the first year") to \(to.map(String.init) ?? "the last"); years with data: \(span)",
                              exitCode: 64)
            }
            let text = render(series)
            if let output, output != "-" {
                do throws(AtomicFile.WriteError) {
                    try AtomicFile.write(Array(text.utf8), to: output)
                } catch {
                    throw Failure(message: error.description, exitCode: 74)
                }
            } else {
                try StandardStreams.writeOutput(text)
            }
        }
    }

    /// The datasets of the regions asked for, in the order given.
    private func chooseCities(_ datasets: [Dataset]) throws -> [Dataset] {
        if allCities { return datasets }
        guard !city.isEmpty else { return Array(datasets.prefix(1)) }
        var chosen: [Dataset] = []
        for id in city {
            guard let dataset = datasets.first(where: { $0.city.id == id }) else {
                let ids = datasets.map(\.city.id).joined(separator: ", ")
                throw Failure(message: "--city \(id): no such city; loaded: \(ids)", exitCode: 64)
            }
            if !chosen.contains(where: { $0.city.id == id }) { chosen.append(dataset) }
        }
        return chosen
    }

    private func render(_ series: SeriesExport) -> String {
        let language = language.language
        switch format {
        case .csv: return SeriesCSV.render(series, language: language)
        case .markdown: return SeriesMarkdown.render(series, language: language, from: from, to: to)
        case .json: return SeriesJSON.render(series, language: language, from: from, to: to)
        case .svg: return SeriesChart.render(series, language: language, from: from, to: to)
        case .html: return SeriesHTML.render(series, language: language, from: from, to: to)
        }
    }
}
