/// Words of the interface. English for now; every label is here, so the
/// Kazakh and Russian tables can be added in one place.
struct InterfaceText {
    static func `for`(_ language: Language) -> InterfaceText { InterfaceText() }

    let noData = "no data"
    let indicators = "Indicators"
    let allIndicators = "all indicators"
    let trend = "Trend"
    let source = "Source"
    let sourcesDisagree = "sources disagree"
    let approximate = "≈ approximate"
    let projection = "projection"
    let vs = "vs"
    let latest = "last"
    let next = "next"
    let firstFigure = "first figure"
    let minimum = "min"
    let maximum = "max"
    let help = "Keys"
    let details = "Details"
    let tooSmall = "Terminal too small"
    let needs = "citydash needs at least"

    func groupTitle(_ unit: Unit, scale: Double, language: Language) -> String {
        switch unit {
        case .percent: "Shares · 0–100 %"
        case .percentChange: "Growth rates · %"
        case .tenge: "Tenge · 0–" + ValueFormatter.format(scale, unit: .tenge, language: language)
        case .usd: "US dollars · 0–" + ValueFormatter.format(scale, unit: .usd, language: language)
        case .people: "People · 0–" + ValueFormatter.format(scale, unit: .people, language: language)
        case .count: "Counts · 0–" + ValueFormatter.format(scale, unit: .count, language: language)
        case .rank: "Ranks · 1 is first"
        }
    }
}
