import Indicators
import Widgets

/// One headline figure: its value in the selected year, ≈ when approximate,
/// and the change since its previous observation (in compare mode: the base
/// year's value and the change from it), coloured by whether the change is
/// good news. Without a value: "no data" and the nearest one known.
public enum HeadlineTile {
    static func tile(indicator: Indicator?, state: DashboardState, selected: Bool) -> Tile {
        guard let indicator else { return Tile(title: nil, focused: false) }
        var tile = Tile(title: indicator.displayName(in: state.language), focused: selected)
        if let base = state.compareBase {
            comparison(&tile, indicator: indicator, state: state, base: base)
        } else {
            year(&tile, indicator: indicator, state: state)
        }
        return tile
    }

    private static func year(_ tile: inout Tile, indicator: Indicator, state: DashboardState) {
        let text = InterfaceText.for(state.language)
        let language = state.language
        guard let observation = indicator.shown(in: state.year) else {
            tile.first = [Tile.Piece(text.noData, .dim, fit: .shorten)]
            // The nearest value known: the last before this year, else the first after it.
            let earlier = indicator.previous(before: state.year)
            if let near = earlier ?? indicator.measuredYears.first(where: { $0 > state.year }).flatMap(indicator.shown(in:)) {
                let value = ValueFormatter.format(near.value, unit: indicator.unit, language: language)
                let word = earlier == nil ? text.later : text.earlier
                // Shorter wordings drop words, never digits: "last (2019): 25.0 %", "2019: 25.0 %".
                tile.second = ["\(word) (\(near.year)): \(value)", "\(near.year): \(value)"]
            }
            return
        }
        tile.first = value(observation, indicator: indicator, state: state)
        guard let previous = indicator.previous(before: state.year) else {
            tile.second = [text.firstFigure]
            return
        }
        guard let change = Change.between(previous.value, observation.value, unit: indicator.unit) else { return }
        let verdict = Verdict.of(from: previous.value, to: observation.value, better: indicator.better)
        let changeText = VerdictMark.text(ValueFormatter.format(change, language: language), verdict)
        // The longest wording that fits: "+2.6 pp ▲ vs 2018", "+2.6 pp ▲ (2018)", "+2.6 pp ▲".
        tile.second = ["\(changeText) \(text.versus(previous.year))", "\(changeText) (\(previous.year))", changeText]
        tile.secondStyle = Style(role: role(of: verdict))
    }

    /// Compare mode: the selected year's value and the change on the first
    /// line, the base year's value under it.
    private static func comparison(_ tile: inout Tile, indicator: Indicator, state: DashboardState, base: Int) {
        let text = InterfaceText.for(state.language)
        let comparison = YearComparison(indicator: indicator, year: state.year, base: base)
        if let current = comparison.current {
            tile.first = value(current, indicator: indicator, state: state)
            if let change = comparison.change, let verdict = comparison.verdict {
                // The change before the kind of evidence: it is what the comparison is for.
                tile.first.insert(Tile.Piece(" " + VerdictMark.text(ValueFormatter.format(change, language: state.language), verdict),
                                             Style(bold: true, role: role(of: verdict)), fit: .wholeOrNothing),
                                  at: min(2, tile.first.count))
            }
        } else {
            tile.first = [Tile.Piece(text.noData, .dim, fit: .shorten)]
        }
        let baseValue = comparison.base.map { describe($0, indicator: indicator, language: state.language) } ?? text.noData
        tile.second = ["\(base): \(baseValue)"]
    }

    /// The value in bold, then its marks.
    private static func value(_ observation: Observation, indicator: Indicator, state: DashboardState) -> [Tile.Piece] {
        var value = ValueFormatter.format(observation.value, unit: indicator.unit, language: state.language)
        if observation.projection { value = "→" + value }
        var marks = observation.approximate ? " ≈" : ""
        if !observation.projection && indicator.sourcesDisagree(in: observation.year) { marks += " ≠" }
        if !observation.projection && indicator.claimsDiffer(in: observation.year) { marks += " !" }
        // A figure that is not the bureau's says what it is, where there is room: "said", "press".
        let kind = observation.isRecord ? "" : InterfaceText.for(state.language).tileKinds[observation.evidence] ?? ""
        return [Tile.Piece(value, Style(bold: true, role: observation.projection ? .projection : .normal)),
                Tile.Piece(marks, Style(role: .warning), fit: .wholeOrNothing),
                Tile.Piece(kind.isEmpty ? "" : " " + kind, .dim, fit: .wholeOrNothing)]
    }

    /// `20.6 % ≈`, or `→25.0 %` for a projection.
    static func describe(_ observation: Observation, indicator: Indicator, language: Language) -> String {
        let value = ValueFormatter.format(observation.value, unit: indicator.unit, language: language)
        if observation.projection { return "→" + value }
        return value + (observation.approximate ? " ≈" : "")
    }

    static func role(of verdict: Verdict) -> ColorRole {
        switch verdict {
        case .better: .better
        case .worse: .worse
        case .unchanged, .neutral: .normal
        }
    }
}

/// Good and bad news told without colour: ▲ after a change that is better
/// (by the indicator's better direction, whatever the sign of the change),
/// ▼ after one that is worse; nothing when neither. The colour (blue and
/// orange by default) says the same again.
public enum VerdictMark {
    public static func mark(_ verdict: Verdict) -> String {
        switch verdict {
        case .better: "▲"
        case .worse: "▼"
        case .unchanged, .neutral: ""
        }
    }

    /// `change` followed by its mark: "-1.2 pp ▲".
    public static func text(_ change: String, _ verdict: Verdict) -> String {
        let mark = mark(verdict)
        return mark.isEmpty ? change : change + " " + mark
    }
}
