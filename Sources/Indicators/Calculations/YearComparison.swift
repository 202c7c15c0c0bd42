/// One indicator in the selected year against a base year: both values and
/// the change between them, in the unit's terms, with its verdict. The
/// change needs two measurements: a projection is shown but not compared.
public struct YearComparison: Sendable, Equatable {
    public var base: Observation?
    public var current: Observation?
    /// From the base year's value to the selected year's.
    public var change: Change?
    public var verdict: Verdict?

    public init(indicator: Indicator, year: Int, base: Int) {
        let baseMeasured = indicator.shown(in: base)
        let currentMeasured = indicator.shown(in: year)
        self.base = baseMeasured ?? indicator.projection(in: base)
        current = currentMeasured ?? indicator.projection(in: year)
        if let before = baseMeasured, let after = currentMeasured {
            change = Change.between(before.value, after.value, unit: indicator.unit)
            verdict = Verdict.of(from: before.value, to: after.value, better: indicator.better)
        }
    }
}
