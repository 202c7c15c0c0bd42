import Synchronization

/// A measured quantity, with every observation of it.
public struct Indicator: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    public var unit: Unit
    public var better: Better
    /// One of the headline figures shown as tiles.
    public var headline: Bool
    public var description: LocalizedText?
    /// In file order: within a year, the first listed is the one shown.
    public var observations: [Observation] {
        didSet { byYear = YearIndexBox() }
    }
    /// Where each year's observations are, built on first use and dropped when they change,
    /// so that a key press looks a year up instead of scanning every observation.
    private var byYear = YearIndexBox()

    public init(
        id: String, name: LocalizedText, unit: Unit, better: Better = .neutral, headline: Bool = false,
        description: LocalizedText? = nil, observations: [Observation]
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.better = better
        self.headline = headline
        self.description = description
        self.observations = observations
    }

    /// The positions of each year's observations, and the years in order.
    var yearIndex: YearIndex {
        byYear.index(of: observations)
    }

    /// Equal when everything but the index (which follows from the observations) is equal.
    public static func == (left: Indicator, right: Indicator) -> Bool {
        left.id == right.id && left.name == right.name && left.unit == right.unit && left.better == right.better
            && left.headline == right.headline && left.description == right.description && left.observations == right.observations
    }

    /// The display name in `language`, falling back to English, then to the id.
    public func displayName(in language: Language) -> String {
        name.text(in: language) ?? id
    }
}

/// The observations of an indicator by year.
struct YearIndex: Sendable {
    /// Positions in `observations`, in file order, for each year.
    var positions: [Int: [Int]] = [:]
    /// Every year with an observation, ascending.
    var years: [Int] = []
    /// Years with a whole-year (or point-in-time) measurement, ascending.
    var measuredYears: [Int] = []

    init(_ observations: [Observation]) {
        var measured: Set<Int> = []
        for (position, observation) in observations.enumerated() {
            positions[observation.year, default: []].append(position)
            if !observation.projection && observation.period.isAnnual { measured.insert(observation.year) }
        }
        years = positions.keys.sorted()
        measuredYears = measured.sorted()
    }
}

/// Holds an indicator's year index once it is built. A reference, so that a
/// read-only query can fill it; a mutex, so that copies shared across threads can too.
final class YearIndexBox: Sendable {
    private let storage = Mutex<YearIndex?>(nil)

    func index(of observations: [Observation]) -> YearIndex {
        storage.withLock { cached in
            if let cached { return cached }
            let built = YearIndex(observations)
            cached = built
            return built
        }
    }
}
