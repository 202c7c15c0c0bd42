import Indicators
import Widgets

/// What the help (`?`) and the details (Enter) boxes hold, as lines for a
/// `TextBox`. The update counts them once, when a box opens or the screen
/// resizes; the view draws them.
enum OverlayContent {
    /// Every key of the key table, then the legend of the marks.
    static func help(language: Language) -> [TextBox.Line] {
        (KeyTable.helpLines(language: language) + InterfaceText.for(language).helpNotes).map { .pair($0.0, $0.1) }
    }

    /// Everything about the selected indicator: its names in the other
    /// languages, its unit, its description, then every observation
    /// (projections too) with its source and quoted words.
    static func details(state: DashboardState, model: DashboardModel, width: Int) -> [TextBox.Line] {
        guard let indicator = model.indicator(atPosition: state.selection), width > 0 else { return [] }
        let language = state.language
        var lines: [TextBox.Line] = []
        func wrapped(_ text: String, _ style: Style) {
            lines += WordWrap.lines(text, width: width).map { .text($0, style) }
        }
        for name in Language.allCases.compactMap({ indicator.name[$0] }) where name != indicator.displayName(in: language) {
            lines.append(.text(name, .dim))
        }
        let text = InterfaceText.for(language)
        let better = text.betterWords[indicator.better] ?? indicator.better.rawValue
        lines.append(.text("id \(indicator.id) · \(text.unitLabel): \(text.unitName(indicator.unit)) · \(text.betterLabel): \(better)", .dim))
        if let description = indicator.description?.text(in: language) { wrapped(description, .plain) }
        // An amount that reaches zero or below: its changes from such a year are differences, and this says why.
        if [.tenge, .usd, .people, .count].contains(indicator.unit), indicator.observations.contains(where: { $0.value <= 0 }) {
            wrapped(text.differenceNote, .dim)
        }
        // What each figure's lines look up, found once (a year's record, its claims, a source by id)
        // rather than per figure: with thousands of figures a year, the per-figure searches made
        // opening the details quadratic (100 000 figures: 12 s).
        let sources = Dictionary(model.dataset.sources.map { ($0.id, $0) }) { first, _ in first }
        struct PeriodKey: Hashable { var year: Int; var period: Period }
        var records: [PeriodKey: (latest: Observation?, revised: Bool)] = [:]
        var claimsOfYear: [Int: [Claim]] = [:]
        // Year by year; within a year the record first, then what was said beside it.
        for observation in indicator.observations.sorted(by: { ($0.year, $0.isRecord ? 0 : 1) < ($1.year, $1.isRecord ? 0 : 1) }) {
            lines.append(.text("", .plain))
            let value = ValueFormatter.formatFull(observation.value, unit: indicator.unit, language: language)
            var marks: [String] = [EvidenceText.tags(observation, language: language)]
            if observation.approximate { marks.append("≈ \(text.approximate)") }
            if observation.projection { marks.append("→ \(text.projection)") }
            if observation.isRecord {
                let key = PeriodKey(year: observation.year, period: observation.period)
                let found = records[key] ?? {
                    let made = (latest: indicator.record(in: key.year, period: key.period),
                                revised: indicator.isRevised(in: key.year, period: key.period))
                    records[key] = made
                    return made
                }()
                if let latest = found.latest {
                    if latest != observation {
                        marks.append(text.earlierRelease)
                    } else if found.revised {
                        marks.append(text.revised)
                    }
                }
            }
            let head = "\(observation.year)  \(value)  (" + marks.joined(separator: ", ") + ")"
            lines.append(.text(head, Style(bold: true, role: observation.year == state.year ? .accent : .normal)))
            let claims = claimsOfYear[observation.year] ?? {
                let made = indicator.claims(in: observation.year)
                claimsOfYear[observation.year] = made
                return made
            }()
            if let claim = claims.first(where: { $0.claim == observation }) {
                wrapped("! " + EvidenceText.claim(claim, indicator: indicator, dataset: model.dataset, language: language),
                        Style(role: .warning))
            }
            if let source = sources[observation.source] {
                wrapped("\(source.title) — \(source.publisher), \(source.date)", .plain)
                if let location = source.url ?? source.document.map({ "\(source.kind == .user ? text.file : text.article) \($0)" }) {
                    wrapped(location, .dim)
                }
            }
            wrapped("«" + observation.quote + "»", Style(role: .accent))
            if let note = observation.note { wrapped(note, .dim) }
        }
        return lines
    }

    /// Every statement or press figure that has an official figure beside it,
    /// in the shown city, largest gap first.
    static func claims(state: DashboardState, model: DashboardModel, width: Int) -> [TextBox.Line] {
        let language = state.language
        let all = model.dataset.claims
        guard !all.isEmpty, width > 0 else { return [.text(InterfaceText.for(language).noClaims, .dim)] }
        var lines: [TextBox.Line] = []
        for (indicator, claim) in all {
            let head = "\(claim.claim.year)  \(indicator.displayName(in: language))"
            lines.append(.text(head, Style(bold: true, role: claim.claim.year == state.year ? .accent : .normal)))
            lines += WordWrap.lines(EvidenceText.claim(claim, indicator: indicator, dataset: model.dataset, language: language),
                                    width: width).map { .text($0, .plain) }
        }
        return lines
    }

    /// What the open box's lines depend on (the scroll is not among them).
    static func cacheKey(_ overlay: DashboardState.Overlay, state: DashboardState, width: Int) -> OverlayLineCache.Key {
        OverlayLineCache.Key(overlay: overlay, selection: state.selection, year: state.year, language: state.language, width: width)
    }

    /// The open box for `state`, if any.
    static func box(state: DashboardState, model: DashboardModel, size: Size) -> TextBox? {
        let text = InterfaceText.for(state.language)
        switch state.overlay {
        case .help:
            return TextBox(title: text.help, lines: help(language: state.language), first: state.overlayScroll)
        case .details:
            guard let indicator = model.indicator(atPosition: state.selection) else { return nil }
            let width = TextBox.textWidth(in: DashboardLayout.overlayRect(size: size))
            let lines = model.overlayLineCache.lines(cacheKey(.details, state: state, width: width)) {
                details(state: state, model: model, width: width)
            }
            return TextBox(title: "\(text.details) · \(indicator.displayName(in: state.language))", lines: lines, first: state.overlayScroll)
        case .claims:
            let width = TextBox.textWidth(in: DashboardLayout.overlayRect(size: size))
            let lines = model.overlayLineCache.lines(cacheKey(.claims, state: state, width: width)) {
                claims(state: state, model: model, width: width)
            }
            return TextBox(title: text.claims, lines: lines, first: state.overlayScroll)
        case nil:
            return nil
        }
    }

    /// Where the details of `year` begin: its first figure's heading, a line
    /// before it (the blank between figures) when there is one.
    static func firstLine(of year: Int, in box: TextBox) -> Int? {
        guard let heading = box.lines.firstIndex(where: { line in
            if case .text(let text, let style) = line { return style.bold && text.hasPrefix("\(year)  ") }
            return false
        }) else { return nil }
        return max(0, heading - 1)
    }
}
