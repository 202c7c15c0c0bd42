import Indicators

/// How the dashboard and the reports word where a figure comes from: its
/// kind of evidence and period, and a claim set against the record.
enum EvidenceText {
    /// "official · Jan–Sep · preliminary · released 2025-05-20": what sets a figure apart, nothing for a plain one.
    static func tags(_ observation: Observation, language: Language) -> String {
        let words = InterfaceText.for(language)
        var tags = [words.kindNames[observation.evidence] ?? observation.evidence.rawValue]
        if !observation.period.isAnnual || observation.period.isPointInTime {
            tags.append(observation.period.shortLabel(language: language))
        }
        if observation.preliminary { tags.append(words.preliminary) }
        if let released = observation.released { tags.append("\(words.released) \(released)") }
        return tags.joined(separator: " · ")
    }

    /// `said 20.0 % (Kazinform, 2016-01-26), bureau 22.3 %: −2.3 pp`; the
    /// periods are named where the claim covers part of the year.
    static func claim(_ claim: Claim, indicator: Indicator, dataset: Dataset, language: Language) -> String {
        let words = InterfaceText.for(language)
        let said = ValueFormatter.format(claim.claim.value, unit: indicator.unit, language: language)
            + (claim.claim.approximate ? " ≈" : "")
        let record = ValueFormatter.format(claim.record.value, unit: indicator.unit, language: language)
        let source = dataset.source(id: claim.claim.source)
        let who = [source?.publisher, source?.date].compactMap { $0 }.joined(separator: ", ")
        var text = "\(words.said) \(said)"
        if !claim.claim.period.isAnnual { text += " (\(claim.claim.period.label(year: claim.claim.year, language: language)))" }
        text += " — \(who); \(words.record) \(record)"
        if claim.periodsDiffer { text += " (\(claim.record.year))" }
        if let gap = claim.gap { text += ": " + ValueFormatter.format(gap, language: language) }
        if claim.periodsDiffer { text += ", \(words.differentPeriods)" }
        return text
    }
}
