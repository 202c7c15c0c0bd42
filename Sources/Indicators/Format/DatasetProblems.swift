extension DataFormat {
    /// Where in a dataset a rule is broken, by the model's own coordinates, so
    /// that a producer of datasets (an importer) can point at its own input.
    public indirect enum Location: Hashable, Sendable {
        case file(FileMember)
        case city(CityMember)
        case source(Int, SourceMember)
        case indicator(Int, IndicatorMember)
        case observation(indicator: Int, observation: Int, ObservationMember)
        /// One language of the localized text at `text`.
        case language(Language, of: Location)

        /// The JSON path of the same place in the dataset's file: `indicators[3].observations[2].year`.
        public var path: String {
            switch self {
            case .file(let member): member.rawValue
            case .city(let member): "\(FileMember.city.rawValue).\(member.rawValue)"
            case .source(let index, let member): "\(FileMember.sources.rawValue)[\(index)].\(member.rawValue)"
            case .indicator(let index, let member): "\(FileMember.indicators.rawValue)[\(index)].\(member.rawValue)"
            case .observation(let indicator, let observation, let member):
                "\(FileMember.indicators.rawValue)[\(indicator)].\(IndicatorMember.observations.rawValue)[\(observation)].\(member.rawValue)"
            case .language(let language, let text): "\(text.path).\(language.rawValue)"
            }
        }
    }

    /// A broken rule in a dataset: where, and the message the decoder gives for the same rule in a file.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var location: Location
        public var message: String

        public init(location: Location, message: String) {
            self.location = location
            self.message = message
        }

        public var description: String { "\(location.path): \(message)" }
    }

    /// Every rule `dataset` breaks, in the order the decoder reports them for
    /// the dataset's file. The model's types already keep the rules on kinds
    /// (a unit is a `Unit`, a year an `Int`); these are the rules on values.
    /// As when a file is read, a source that breaks a rule is not one that
    /// observations can cite, and "no measurement" is only reported when
    /// nothing else is wrong.
    public static func problems(in dataset: Dataset) -> [Problem] {
        var check = ModelCheck()
        check.dataset(dataset)
        return check.problems
    }
}

/// The walk behind `DataFormat.problems(in:)`.
private struct ModelCheck {
    typealias Location = DataFormat.Location

    var problems: [DataFormat.Problem] = []

    mutating func dataset(_ dataset: Dataset) {
        report(DataFormat.schemaProblem(dataset.schema), at: .file(.schema))
        identifier(dataset.city.id, at: .city(.id))
        localized(dataset.city.name, at: .city(.name))

        var firstSource: [String: Int] = [:]
        for (index, source) in dataset.sources.enumerated() {
            let valid = [
                identifier(source.id, at: .source(index, .id)),
                text(source.title, at: .source(index, .title)),
                text(source.publisher, at: .source(index, .publisher)),
                text(source.date, at: .source(index, .date)),
            ].allSatisfy { $0 }
            guard valid else { continue }
            if let first = firstSource[source.id] {
                report(DataFormat.duplicateProblem(source.id, in: .sources, first: first), at: .source(index, .id))
            } else {
                firstSource[source.id] = index
            }
        }

        if dataset.indicators.isEmpty { report(DataFormat.noIndicatorsProblem, at: .file(.indicators)) }
        var firstIndicator: [String: Int] = [:]
        for (index, indicator) in dataset.indicators.enumerated() {
            let validID = identifier(indicator.id, at: .indicator(index, .id))
            localized(indicator.name, at: .indicator(index, .name))
            if let description = indicator.description { localized(description, at: .indicator(index, .description)) }
            var firstOfPeriod: [DataFormat.PeriodKey: Int] = [:]
            for (position, observation) in indicator.observations.enumerated() {
                func at(_ member: DataFormat.ObservationMember) -> Location {
                    .observation(indicator: index, observation: position, member)
                }
                report(DataFormat.periodProblem(observation.period, unit: indicator.unit), at: at(.period))
                if let released = observation.released {
                    report(DataFormat.releaseProblem(released, year: observation.year, period: observation.period), at: at(.released))
                }
                let key = DataFormat.PeriodKey(year: observation.year, period: observation.period, source: observation.source,
                                               projection: observation.projection)
                if let first = firstOfPeriod[key] {
                    report(DataFormat.secondValueProblem(key, first: first), at: at(.source))
                } else {
                    firstOfPeriod[key] = position
                }
                if DataFormat.year(Double(observation.year), isWhole: true) == nil {
                    report(DataFormat.yearProblem(found: "\(observation.year)"), at: at(.year))
                }
                report(DataFormat.valueProblem(observation.value, isWhole: DataFormat.isWhole(observation.value), unit: indicator.unit,
                                               written: DataFormat.shown(DatasetJSON.literal(observation.value))),
                       at: at(.value))
                let citable = text(observation.source, at: at(.source))
                text(observation.quote, at: at(.quote))
                if citable, firstSource[observation.source] == nil {
                    report(DataFormat.unknownSourceProblem(observation.source), at: at(.source))
                }
            }
            guard validID else { continue }
            if let first = firstIndicator[indicator.id] {
                report(DataFormat.duplicateProblem(indicator.id, in: .indicators, first: first), at: .indicator(index, .id))
            } else {
                firstIndicator[indicator.id] = index
            }
        }

        if problems.isEmpty, !DataFormat.hasMeasurement(dataset.indicators) {
            report(DataFormat.noMeasurementProblem, at: .file(.indicators))
        }
    }

    // MARK: - Rules on members; each says whether the member passed

    @discardableResult
    private mutating func text(_ value: String, at location: Location) -> Bool {
        report(DataFormat.textProblem(value), at: location)
    }

    @discardableResult
    private mutating func identifier(_ value: String, at location: Location) -> Bool {
        text(value, at: location)
            && report(DataFormat.identifierProblem(value, found: DataFormat.shown(DatasetJSON.literal(value))), at: location)
    }

    private mutating func localized(_ value: LocalizedText, at location: Location) {
        var given = false
        for language in Language.allCases {
            guard let text = value[language] else { continue }
            if DataFormat.isText(text) {
                given = true
            } else {
                report(DataFormat.languageProblem(found: DataFormat.shown(DatasetJSON.literal(text))),
                       at: .language(language, of: location))
            }
        }
        if !given { report(DataFormat.noLanguageProblem, at: location) }
    }

    /// Records `problem` if there is one; true when there is none.
    @discardableResult
    private mutating func report(_ problem: String?, at location: Location) -> Bool {
        guard let problem else { return true }
        problems.append(DataFormat.Problem(location: location, message: problem))
        return false
    }
}
