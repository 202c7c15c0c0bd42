import ArgumentParser
import Indicators

#if canImport(Glibc)
import Glibc
#endif

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the dashboard for a year as text, Markdown, JSON or CSV, without a terminal.",
        discussion: "text is the dashboard's own screen; markdown, json and csv list every indicator with its value, change and sources.")

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, markdown, json, csv
    }

    enum ColorMode: String, CaseIterable, ExpressibleByArgument {
        case auto, always, never
    }

    enum LanguageOption: String, CaseIterable, ExpressibleByArgument {
        case en, kk, ru
        var language: Language { Language(rawValue: rawValue) ?? .en }
    }

    @OptionGroup var data: DataOptions

    @Option(help: "The year (default: the latest with data; projections do not count).")
    var year: Int?

    @Option(help: "text, markdown, json or csv.")
    var format: Format = .text

    @Option(help: "Width of a text snapshot in columns (default: the terminal's, else 100).")
    var width: Int?

    @Option(help: "Height of a text snapshot in rows (default: the terminal's, else 30).")
    var height: Int?

    @Option(help: "Colour in a text snapshot: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorMode = .auto

    @Option(help: "Language of names and numbers: en, kk or ru.")
    var lang: LanguageOption = .en

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        for (name, value) in [("width", width), ("height", height)] {
            if let value, !(1...1000).contains(value) {
                throw ValidationError("--\(name) must be between 1 and 1000, not \(value)")
            }
        }
    }

    func run() throws {
        try Self.reportingFailures {
            let (_, dataset) = try data.load()
            let model = DashboardModel(dataset: dataset)
            let chosen = try chooseYear(model: model)
            let text = render(model: model, year: chosen)
            if let output {
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

    private func chooseYear(model: DashboardModel) throws -> Int {
        let listed = model.years.map(String.init).joined(separator: ", ")
        guard let chosen = year ?? model.latestYear else {
            throw Failure(message: "the data has no year with a measurement", exitCode: 65)
        }
        guard model.years.contains(chosen) else {
            throw Failure(message: "no data for \(chosen); years with data: \(listed)", exitCode: 64)
        }
        return chosen
    }

    private func render(model: DashboardModel, year: Int) -> String {
        let language = lang.language
        switch format {
        case .text:
            var state = DashboardState.initial(for: model, language: language)
            state.year = year
            let size = Size(width: width ?? TerminalSize.current?.width ?? 100, height: height ?? TerminalSize.current?.height ?? 30)
            state = DashboardUpdate.update(state, .resize, model: model, size: size).0
            let grid = DashboardView.draw(state, model: model, size: size)
            return useColor ? ANSIText.render(grid) : grid.text
        case .markdown:
            return MarkdownSnapshot.render(SnapshotTable(dataset: model.dataset, year: year, language: language))
        case .json:
            return JSONSnapshot.render(SnapshotTable(dataset: model.dataset, year: year, language: language))
        case .csv:
            return CSVSnapshot.render(SnapshotTable(dataset: model.dataset, year: year, language: language))
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

/// The size of the terminal on standard output, when it is one.
enum TerminalSize {
    static var current: Size? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return Size(width: Int(size.ws_col), height: Int(size.ws_row))
    }
}
