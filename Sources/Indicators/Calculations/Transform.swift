import Foundation

/// How an indicator's values are shown: FRED's "units" (level, change,
/// percent change, compounded annual rate, index) and two of citydash's own
/// (per person, share of the Republic's). `rawValue` is the command line's word.
public enum Transform: String, CaseIterable, Sendable {
    case level
    /// From the reference value: the previous observation, or the base year in compare mode.
    case change
    case pctChange = "pct-change"
    /// The compound annual rate from the reference year, over the real number of years between them.
    case cagr
    /// The base year (the first observation outside compare mode) = 100.
    case index
    /// Divided by the same region's population for the same year.
    case perCapita = "per-capita"
    /// Divided by the Republic's value of the same indicator for the same year.
    case shareOfNational = "share-of-national"

    /// The next one `u` shows. In compare mode the base-year views come first:
    /// level → CAGR → index → change → percent change → per person → share → level.
    public func next(comparing: Bool) -> Transform {
        let cycle: [Transform] = comparing
            ? [.level, .cagr, .index, .change, .pctChange, .perCapita, .shareOfNational]
            : [.level, .change, .pctChange, .cagr, .index, .perCapita, .shareOfNational]
        let at = cycle.firstIndex(of: self) ?? 0
        return cycle[(at + 1) % cycle.count]
    }
}

/// What a transformed value is measured in, which says how it is written.
public enum TransformedUnit: Sendable, Equatable {
    /// The indicator's own (level).
    case same(Unit)
    /// A difference: points for shares and rates, places for ranks, the unit's own for amounts.
    case difference(Unit)
    /// A relative change in percent.
    case percentChange
    /// A compound annual rate in percent a year.
    case percentPerYear
    /// An index, the base year = 100.
    case index
    /// An amount per person, in the indicator's unit.
    case perPerson(Unit)
    /// A share of the Republic's value, 0–100 %.
    case shareOfWhole
}

/// One observation a transformed value was computed from, and what it was used as.
public struct TransformInput: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        /// The indicator's value in the year.
        case value
        /// The value it is set against: the base year's or the previous observation's.
        case reference
        /// The same region's population.
        case population
        /// The Republic's value of the same indicator.
        case national
    }

    public var role: Role
    public var observation: Observation
    public var unit: Unit
}

/// Why a transformation gives no number for a year.
public indirect enum TransformProblem: Error, Sendable, Equatable {
    /// No whole-year measurement in the year.
    case noValue(year: Int)
    /// Only a figure for part of the year: never set against a whole year.
    case partYearOnly(year: Int, period: Period)
    /// Only a projection or target: never set against a measurement.
    case projectionOnly(year: Int)
    /// Only what someone said (a statement or a press figure): never set against a measurement.
    case statementOnly(year: Int)
    /// Nothing measured before the year: one observation has no change.
    case nothingEarlier(year: Int)
    /// The reference is zero: a ratio to it has no meaning.
    case zeroBase(year: Int)
    /// The reference is negative: a percent or an index of it would mislead.
    case negativeBase(year: Int)
    /// A compound rate needs positive values at both ends.
    case notPositive(year: Int)
    /// The result is beyond what a Double holds (1e308 against 1e-300): said, never shown as ∞ or dropped.
    case tooLarge(year: Int)
    /// A compound rate runs forward: the base year must come before the year.
    case baseNotBefore(base: Int, year: Int)
    /// The transformation has no meaning for the unit (a share per person, an index of ranks).
    case notForUnit(Unit)
    /// The region's data has no population.
    case noPopulation
    /// The population's own problem in the year.
    case population(TransformProblem)
    /// The Republic's data is not loaded.
    case noNational
    /// The region shown is the Republic.
    case isNational
    /// The Republic's data has no such indicator in this unit.
    case nationalLacks
    /// The Republic's value's own problem in the year.
    case national(TransformProblem)
}

/// One year of a transformed indicator: a number with the observations it
/// came from, or the reason there is none.
public struct TransformedValue: Sendable, Equatable {
    public var transform: Transform
    public var year: Int
    public var unit: TransformedUnit
    /// The number, or nil with `problem`.
    public var value: Double?
    public var problem: TransformProblem?
    /// What it was computed from: the year's value first.
    public var inputs: [TransformInput]
    /// Years between the reference and the year (a compound rate's exponent).
    public var years: Int?

    /// An input is rounded or verbal.
    public var approximate: Bool { inputs.contains { $0.observation.approximate } }
    /// The reference year (base, previous observation, or index base), when one was used.
    public var referenceYear: Int? { inputs.first { $0.role == .reference }?.observation.year }
}

/// What a transformation needs besides the indicator: the region's
/// population and the Republic's same indicator, when loaded.
public struct TransformContext: Sendable {
    /// The same region's population indicator, when its data has one.
    public var population: Indicator?
    /// The Republic's indicator with the same id, when the Republic's data is loaded and has it.
    public var national: Indicator?
    /// The Republic's data is loaded.
    public var nationalLoaded: Bool
    /// The region shown is the Republic itself.
    public var isNational: Bool

    public init(population: Indicator? = nil, national: Indicator? = nil, nationalLoaded: Bool = false, isNational: Bool = false) {
        self.population = population
        self.national = national
        self.nationalLoaded = nationalLoaded
        self.isNational = isNational
    }

    /// The context for `indicator` of `dataset`, with every loaded dataset to find the Republic in.
    public init(indicator: Indicator, dataset: Dataset, loaded: [Dataset]) {
        population = dataset.indicator(id: "population").flatMap { $0.unit == .people ? $0 : nil }
        let republic = loaded.first { $0.city.isCountry }
        nationalLoaded = republic != nil
        isNational = dataset.city.isCountry
        national = republic?.indicator(id: indicator.id)
    }
}

/// The transformations' arithmetic: pure, and each refusal explained.
public enum Transformation {
    /// `transform` of `indicator` in `year`. `base` is the compare mode's base
    /// year: the reference of a change, a percent change and a compound rate
    /// (else the previous observation), and the index's 100 (else the first observation).
    public static func value(
        _ transform: Transform, of indicator: Indicator, year: Int, base: Int? = nil, context: TransformContext = TransformContext()
    ) -> TransformedValue {
        let unit = unit(of: transform, for: indicator.unit)
        var result = TransformedValue(transform: transform, year: year, unit: unit, value: nil, problem: nil, inputs: [], years: nil)
        if let problem = unsupported(transform, unit: indicator.unit, indicator: indicator, context: context) {
            result.problem = problem
            return result
        }
        let current: Observation
        switch measurement(of: indicator, in: year) {
        case .success(let observation): current = observation
        case .failure(let problem):
            result.problem = problem
            return result
        }
        result.inputs = [TransformInput(role: .value, observation: current, unit: indicator.unit)]
        switch transform {
        case .level:
            result.value = current.value
        case .change, .pctChange, .cagr, .index:
            let referenceYear: Int?
            if let base {
                referenceYear = base
            } else if transform == .index {
                referenceYear = measuredYears(of: indicator).first
            } else {
                referenceYear = measuredYears(of: indicator).last { $0 < year }
            }
            guard let referenceYear else {
                result.problem = .nothingEarlier(year: year)
                return result
            }
            let reference: Observation
            switch measurement(of: indicator, in: referenceYear) {
            case .success(let observation): reference = observation
            case .failure(let problem):
                result.problem = problem
                return result
            }
            result.inputs.append(TransformInput(role: .reference, observation: reference, unit: indicator.unit))
            let (value, problem) = relative(transform, current.value, to: reference.value, from: referenceYear, to: year)
            result.value = value
            result.problem = problem
            if transform == .cagr, problem == nil { result.years = year - referenceYear }
            if transform == .change, indicator.unit == .rank, let value { result.value = value.rounded() }
        case .perCapita:
            guard let population = context.population else {
                result.problem = .noPopulation
                return result
            }
            switch measurement(of: population, in: year) {
            case .success(let people):
                result.inputs.append(TransformInput(role: .population, observation: people, unit: .people))
                guard people.value > 0 else {
                    result.problem = .population(.notPositive(year: year))
                    return result
                }
                result.value = current.value / people.value
            case .failure(let problem):
                result.problem = .population(problem)
            }
        case .shareOfNational:
            guard let national = context.national, national.unit == indicator.unit else {
                result.problem = .nationalLacks
                return result
            }
            switch measurement(of: national, in: year) {
            case .success(let whole):
                result.inputs.append(TransformInput(role: .national, observation: whole, unit: national.unit))
                guard whole.value > 0 else {
                    result.problem = .national(whole.value == 0 ? .zeroBase(year: year) : .negativeBase(year: year))
                    return result
                }
                result.value = current.value / whole.value * 100
            case .failure(let problem):
                result.problem = .national(problem)
            }
        }
        if let value = result.value, !value.isFinite {
            result.value = nil
            result.problem = .tooLarge(year: year)
        }
        return result
    }

    /// The transformed value of every year the indicator measures, ascending.
    public static func series(
        _ transform: Transform, of indicator: Indicator, base: Int? = nil, context: TransformContext = TransformContext()
    ) -> [TransformedValue] {
        measuredYears(of: indicator).map { value(transform, of: indicator, year: $0, base: base, context: context) }
    }

    /// The unit a transformation's values are in.
    public static func unit(of transform: Transform, for unit: Unit) -> TransformedUnit {
        switch transform {
        case .level: .same(unit)
        case .change: .difference(unit)
        case .pctChange: .percentChange
        case .cagr: .percentPerYear
        case .index: .index
        case .perCapita: .perPerson(unit)
        case .shareOfNational: .shareOfWhole
        }
    }

    /// The value a transformation may use for `year`: the record, else a
    /// whole-year measurement that is not somebody's claim. Part-year figures,
    /// projections and statements are refused, each with its reason.
    public static func measurement(of indicator: Indicator, in year: Int) -> Result<Observation, TransformProblem> {
        if let record = indicator.record(in: year) { return .success(record) }
        let annual = indicator.annual(in: year)
        if let measured = annual.first(where: { !$0.isClaim }) { return .success(measured) }
        if !annual.isEmpty { return .failure(.statementOnly(year: year)) }
        if let part = indicator.partYear(in: year).first { return .failure(.partYearOnly(year: year, period: part.period)) }
        if indicator.projection(in: year) != nil { return .failure(.projectionOnly(year: year)) }
        return .failure(.noValue(year: year))
    }

    /// Years with a value a transformation may use, ascending.
    public static func measuredYears(of indicator: Indicator) -> [Int] {
        indicator.measuredYears.filter {
            if case .success = measurement(of: indicator, in: $0) { return true }
            return false
        }
    }

    /// A change, a percent change, a compound rate or an index of `value`
    /// against `reference`, or why it has none.
    static func relative(
        _ transform: Transform, _ value: Double, to reference: Double, from referenceYear: Int, to year: Int
    ) -> (Double?, TransformProblem?) {
        switch transform {
        case .change:
            return (value - reference, nil)
        case .pctChange, .index:
            if reference == 0 { return (nil, .zeroBase(year: referenceYear)) }
            if reference < 0 { return (nil, .negativeBase(year: referenceYear)) }
            return transform == .index ? (value / reference * 100, nil) : ((value / reference - 1) * 100, nil)
        case .cagr:
            guard referenceYear < year else { return (nil, .baseNotBefore(base: referenceYear, year: year)) }
            if reference == 0 { return (nil, .zeroBase(year: referenceYear)) }
            guard reference > 0, value > 0 else { return (nil, .notPositive(year: reference > 0 ? year : referenceYear)) }
            let years = Double(year - referenceYear)
            return ((pow(value / reference, 1 / years) - 1) * 100, nil)
        case .level, .perCapita, .shareOfNational:
            return (value, nil)
        }
    }

    /// A transformation that has no meaning for the unit or the region at all.
    static func unsupported(_ transform: Transform, unit: Unit, indicator: Indicator, context: TransformContext) -> TransformProblem? {
        switch transform {
        case .level, .change:
            return nil
        case .pctChange, .cagr, .index:
            return unit == .rank ? .notForUnit(unit) : nil
        case .perCapita:
            return unit == .tenge || unit == .usd ? nil : .notForUnit(unit)
        case .shareOfNational:
            guard [.tenge, .usd, .people, .count].contains(unit) else { return .notForUnit(unit) }
            if !context.nationalLoaded { return .noNational }
            if context.isNational { return .isNational }
            return nil
        }
    }
}
