import Indicators
import Widgets

/// Where the selected value comes from: the source's title, publisher and
/// date, the quoted words, and where to find it. When several sources give
/// the year a value, the title says so and ↑↓ (with this pane focused) steps
/// through them.
public enum SourcePane {
    /// The pane for a state, laid out for `rect`.
    /// `transformed`: the selected indicator as `u` shows it; its line comes first, with its inputs.
    /// `whole` (snapshots): every line, however many; each measurement of the year with its
    /// quote, and addresses wrapped rather than cut. The caller gives the pane the rows it needs.
    static func pane(_ rect: Rect, state: DashboardState, model: DashboardModel, focused: Bool,
                     transformed: TransformedValue? = nil, whole: Bool = false) -> TextPane {
        var pane = plainPane(rect, state: state, model: model, focused: focused, whole: whole)
        guard let transformed, model.indicator(atPosition: state.selection) != nil, rect.inner.height > 0 else { return pane }
        let lines = TransformView.sourceLines(transformed, language: state.language)
        pane.title += " · " + FindText.for(state.language).label(transformed)
        pane.lines = lines + (whole ? pane.lines[...] : pane.lines.prefix(max(0, rect.inner.height - lines.count)))
        return pane
    }

    private static func plainPane(_ rect: Rect, state: DashboardState, model: DashboardModel, focused: Bool,
                                  whole: Bool) -> TextPane {
        let text = InterfaceText.for(state.language)
        guard let indicator = model.indicator(atPosition: state.selection) else {
            return TextPane(title: text.source, focused: focused, lines: [])
        }
        let measurements = indicator.measurements(in: state.year)
        let shown = measurements.isEmpty ? 0 : min(state.sourceIndex, measurements.count - 1)
        let observation = measurements.isEmpty
            ? indicator.partYear(in: state.year).first ?? indicator.projection(in: state.year) : measurements[shown]

        var title = "\(text.source) · \(indicator.displayName(in: state.language)) \(state.year)"
        if whole, measurements.count > 1 {
            // Every measurement is listed below, so no "1/3".
            if indicator.sourcesDisagree(in: state.year) { title += " · ≠ \(text.sourcesDisagree)" }
        } else if measurements.count > 1 {
            title += " · \(shown + 1)/\(measurements.count)"
            if indicator.sourcesDisagree(in: state.year) { title += " · ≠ \(text.sourcesDisagree)" }
        }
        let inner = rect.inner
        guard inner.width > 0, inner.height > 0 else { return TextPane(title: title, focused: focused, lines: []) }

        guard let observation, model.dataset.source(id: observation.source) != nil else {
            var lines: [(text: String, style: Style)] = [(text.noFigure(for: state.year), .dim)]
            if let near = nearest(indicator, to: state.year) {
                let value = ValueFormatter.format(near.value, unit: indicator.unit, language: state.language)
                // A unit that ends in a full stop ("чел.") ends the sentence too.
                lines.append(("\(text.nearest): \(near.year), \(value)\(value.hasSuffix(".") ? "" : ".") \(text.changeYearHint)", .dim))
            }
            return TextPane(title: title, focused: focused, lines: lines)
        }

        // The blocks, each wrapped to the width; every block gets a line, then the room
        // left goes to them in this order (the figure, claims, the quote, the note, the location),
        // so text is not cut while room is left below it.
        let listed = whole ? [observation] + measurements.filter { $0 != observation } : [observation]
        var blocks: [(lines: [String], style: Style)] = []
        for (index, observation) in listed.enumerated() {
            guard let source = model.dataset.source(id: observation.source) else { continue }
            blocks += sourceBlocks(observation, source: source, indicator: indicator, claims: index == 0,
                                   state: state, model: model, width: inner.width, whole: whole)
        }
        if whole {
            return TextPane(title: title, focused: focused, lines: blocks.flatMap { block in block.lines.map { ($0, block.style) } })
        }
        var counts = blocks.map { _ in 0 }
        var room = inner.height
        for index in blocks.indices where room > 0 {
            counts[index] = 1
            room -= 1
        }
        for index in blocks.indices where room > 0 {
            let more = min(room, blocks[index].lines.count - counts[index])
            counts[index] += more
            room -= more
        }
        var lines: [(text: String, style: Style)] = []
        for (block, count) in zip(blocks, counts) where count > 0 {
            var shown = Array(block.lines.prefix(count))
            // A block cut short ends with an ellipsis on its last line.
            if count < block.lines.count, let last = shown.last {
                shown[shown.count - 1] = DisplayWidth.truncate(last + " …", to: inner.width)
            }
            lines += shown.map { ($0, block.style) }
        }
        return TextPane(title: title, focused: focused, lines: lines)
    }

    /// One measurement's blocks: its figure and source, the claims beside it (when `claims`),
    /// the quoted words, the address or file, and the note. On screen the address is cut to the
    /// width; `whole`, it wraps (an address without spaces breaks at the width).
    private static func sourceBlocks(_ observation: Observation, source: Source, indicator: Indicator, claims withClaims: Bool,
                                     state: DashboardState, model: DashboardModel, width: Int,
                                     whole: Bool) -> [(lines: [String], style: Style)] {
        let text = InterfaceText.for(state.language)
        var blocks: [(lines: [String], style: Style)] = []
        let flat = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let value = ValueFormatter.format(observation.value, unit: indicator.unit, language: state.language)
        let prefix = observation.projection ? "→ \(text.projection): " : ""
        var tags = EvidenceText.tags(observation, language: state.language)
        // The figure in force, changed by its latest release: said, so a reader knows to look at the details.
        if observation.isRecord, observation == indicator.record(in: observation.year, period: observation.period),
           indicator.isRevised(in: observation.year, period: observation.period) {
            tags += " · " + text.revised
        }
        blocks.append((WordWrap.lines(flat("\(prefix)\(value)\(observation.approximate ? " ≈" : "") [\(tags)] — \(source.publisher), \(source.date) — \(source.title)"),
                                      width: width), Style(bold: true)))
        // What was said beside the official figure, or the official figure beside what was said.
        if withClaims {
            let claims = indicator.claims(in: state.year).filter { observation.isRecord || $0.claim == observation }
            for claim in whole ? claims[...] : claims.prefix(2) {
                blocks.append((WordWrap.lines(flat("! " + EvidenceText.claim(claim, indicator: indicator, dataset: model.dataset, language: state.language)),
                                              width: width), Style(role: .warning)))
            }
        }
        blocks.append((WordWrap.lines("«" + flat(observation.quote) + "»", width: width), Style(role: .accent)))
        let location = source.url ?? source.document.map { "\(source.kind == .user ? text.file : text.article) \($0)" } ?? ""
        if !location.isEmpty {
            blocks.append((whole ? WordWrap.lines(flat(location), width: width) : [DisplayWidth.truncate(flat(location), to: width)], .dim))
        }
        if let note = observation.note { blocks.append((WordWrap.lines(flat(note), width: width), .dim)) }
        return blocks
    }

    static func nearest(_ indicator: Indicator, to year: Int) -> Observation? {
        indicator.measuredYears.min { abs($0 - year) < abs($1 - year) }.flatMap { indicator.shown(in: $0) }
    }
}
