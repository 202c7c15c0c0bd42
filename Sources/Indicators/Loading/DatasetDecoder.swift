/// Turns a parsed document into a `Dataset`, checking what the format
/// promises (docs/data-format.md) and collecting every problem with its JSON
/// path and position, so one run of `citydash validate` shows them all.
private typealias FileMember = DataFormat.FileMember
private typealias CityMember = DataFormat.CityMember
private typealias SourceMember = DataFormat.SourceMember
private typealias IndicatorMember = DataFormat.IndicatorMember
private typealias ObservationMember = DataFormat.ObservationMember

struct DatasetDecoder {
    let file: String
    let bytes: [UInt8]
    private(set) var problems: [DataProblem] = []
    private(set) var omitted = 0

    init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    mutating func decode(_ root: JSONNode) -> Dataset? {
        guard let top = fields(of: root, at: "") else { return nil }

        let schema = wholeNumber(top, FileMember.schema)
        if let schema, let problem = DataFormat.schemaProblem(schema) {
            report(problem, at: FileMember.schema.rawValue, node: top.values[FileMember.schema.rawValue] ?? root)
        }

        let city = decodeCity(top)
        let sources = decodeSources(top)
        let sourceKinds = Dictionary(sources.map { ($0.id, $0.kind) }) { first, _ in first }
        let indicators = decodeIndicators(top, sourceKinds: sourceKinds)

        // Only on an otherwise clean file: dropped observations would make it a false alarm.
        if problems.isEmpty, let indicators, !DataFormat.hasMeasurement(indicators) {
            report(DataFormat.noMeasurementProblem,
                   at: FileMember.indicators.rawValue, node: top.values[FileMember.indicators.rawValue] ?? root)
        }
        guard problems.isEmpty, omitted == 0, let schema, let city, let indicators else { return nil }
        return Dataset(schema: schema, city: city, sources: sources, indicators: indicators)
    }

    // MARK: - The parts of a dataset

    private mutating func decodeCity(_ top: Fields) -> City? {
        guard let node = required(top, FileMember.city), let city = fields(of: node, at: FileMember.city.rawValue) else { return nil }
        let id = identifier(city, CityMember.id)
        let name = localized(city, CityMember.name)
        let country = optionalString(city, CityMember.country)
        guard let id, let name else { return nil }
        return City(id: id, name: name, country: country)
    }

    private mutating func decodeSources(_ top: Fields) -> [Source] {
        guard let list = array(top, FileMember.sources) else { return [] }
        var sources: [Source] = []
        var firstIndex: [String: Int] = [:]
        for (index, node) in list.enumerated() {
            let path = "sources[\(index)]"
            guard let source = fields(of: node, at: path) else { continue }
            let id = identifier(source, SourceMember.id)
            let title = string(source, SourceMember.title)
            let publisher = string(source, SourceMember.publisher)
            let date = string(source, SourceMember.date)
            let language = optionalString(source, SourceMember.language)
            let document = optionalString(source, SourceMember.document)
            let url = optionalString(source, SourceMember.url)
            let description = optionalString(source, SourceMember.description)
            let kind = source.values[SourceMember.kind.rawValue] == nil ? .user : choice(source, SourceMember.kind, EvidenceKind.self)
            // A source with a bad kind is still known by its id, so its observations are not reported too.
            guard let id, let title, let publisher, let date else { continue }
            if let first = firstIndex[id] {
                report(DataFormat.duplicateProblem(id, in: .sources, first: first),
                       at: "\(path).id", node: source.values[SourceMember.id.rawValue] ?? node)
                continue
            }
            firstIndex[id] = index
            sources.append(Source(id: id, title: title, publisher: publisher, date: date, language: language,
                                  document: document, url: url, description: description, kind: kind ?? .user))
        }
        return sources
    }

    private mutating func decodeIndicators(_ top: Fields, sourceKinds: [String: EvidenceKind]) -> [Indicator]? {
        guard let list = array(top, FileMember.indicators) else { return nil }
        if list.isEmpty {
            report(DataFormat.noIndicatorsProblem, at: FileMember.indicators.rawValue, node: top.values[FileMember.indicators.rawValue] ?? top.node)
        }
        var indicators: [Indicator] = []
        var firstIndex: [String: Int] = [:]
        for (index, place) in list.enumerated() {
            let path = "indicators[\(index)]"
            guard let node = read(place), let indicator = fields(of: node, at: path) else { continue }
            let id = identifier(indicator, IndicatorMember.id)
            let name = localized(indicator, IndicatorMember.name)
            let unit = choice(indicator, IndicatorMember.unit, Unit.self)
            let better = indicator.values[IndicatorMember.better.rawValue] == nil ? .neutral : choice(indicator, IndicatorMember.better, Better.self)
            let headline = bool(indicator, IndicatorMember.headline)
            let description = indicator.values[IndicatorMember.description.rawValue].flatMap { $0.isNull ? nil : localized(indicator, IndicatorMember.description) }
            let observations = array(indicator, IndicatorMember.observations).map {
                decodeObservations($0, at: path, unit: unit, sourceKinds: sourceKinds)
            }
            if let id {
                if let first = firstIndex[id] {
                    report(DataFormat.duplicateProblem(id, in: .indicators, first: first),
                           at: "\(path).id", node: indicator.values[IndicatorMember.id.rawValue] ?? node)
                    continue
                }
                firstIndex[id] = index
            }
            guard let id, let name, let unit, let better, let headline, let observations else { continue }
            indicators.append(Indicator(id: id, name: name, unit: unit, better: better, headline: headline,
                                        description: description, observations: observations))
        }
        return indicators
    }

    /// A deferred element read now (its syntax was checked with the whole file); any other node as it is.
    private mutating func read(_ node: JSONNode) -> JSONNode? {
        guard case .deferred = node.kind else { return node }
        do {
            return try JSONParser.parse(bytes, range: node.start..<node.end)
        } catch {
            report(error.message, at: "", offset: error.offset)
            return nil
        }
    }

    private mutating func decodeObservations(
        _ list: [JSONNode], at indicatorPath: String, unit: Unit?, sourceKinds: [String: EvidenceKind]
    ) -> [Observation] {
        var observations: [Observation] = []
        // One source gives one value for a period: a second is a mistake, not a disagreement.
        var firstOfPeriod: [DataFormat.PeriodKey: Int] = [:]
        for (index, node) in list.enumerated() {
            let path = "\(indicatorPath).observations[\(index)]"
            guard let observation = fields(of: node, at: path) else { continue }
            let year = self.year(observation)
            let value = self.value(observation, unit: unit)
            let approximate = bool(observation, ObservationMember.approximate)
            let projection = bool(observation, ObservationMember.projection)
            let source = string(observation, ObservationMember.source)
            let quote = string(observation, ObservationMember.quote)
            let note = optionalString(observation, ObservationMember.note)
            let period = self.period(observation, unit: unit)
            let preliminary = bool(observation, ObservationMember.preliminary)
            let released = optionalString(observation, ObservationMember.released)
            if let released, let year, let period, let problem = DataFormat.releaseProblem(released, year: year, period: period) {
                report(problem, at: observation.path(of: ObservationMember.released),
                       node: observation.values[ObservationMember.released.rawValue] ?? node)
                continue
            }
            if let source, sourceKinds[source] == nil {
                report(DataFormat.unknownSourceProblem(source),
                       at: "\(path).source", node: observation.values[ObservationMember.source.rawValue] ?? node)
                continue
            }
            guard let year, let period, let value, let approximate, let projection, let preliminary, let source,
                  let evidence = sourceKinds[source], let quote else { continue }
            let key = DataFormat.PeriodKey(year: year, period: period, source: source, projection: projection)
            if let first = firstOfPeriod[key] {
                report(DataFormat.secondValueProblem(key, first: first), at: path, node: node)
                continue
            }
            firstOfPeriod[key] = index
            observations.append(Observation(year: year, period: period, value: value, approximate: approximate, projection: projection,
                                            preliminary: preliminary, released: released, source: source, evidence: evidence,
                                            quote: quote, note: note))
        }
        return observations
    }

    private mutating func year(_ observation: Fields) -> Int? {
        guard let node = required(observation, ObservationMember.year) else { return nil }
        if case .number(let value, let isWhole) = node.kind, let year = DataFormat.year(value, isWhole: isWhole) {
            return year
        }
        report(DataFormat.yearProblem(found: describe(node)), at: observation.path(of: ObservationMember.year), node: node)
        return nil
    }

    /// Absent is the whole year.
    private mutating func period(_ observation: Fields, unit: Unit?) -> Period? {
        guard let node = observation.values[ObservationMember.period.rawValue], !node.isNull else { return .year }
        let path = observation.path(of: ObservationMember.period)
        guard case .string(let text) = node.kind else {
            report("expected a period as a string, found \(describe(node))", at: path, node: node)
            return nil
        }
        switch Period.parse(text) {
        case .failure(let problem):
            report("\(problem.message), found \(describe(node))", at: path, node: node)
            return nil
        case .success(let period):
            if let problem = DataFormat.periodProblem(period, unit: unit) {
                report(problem, at: path, node: node)
                return nil
            }
            return period
        }
    }

    private mutating func value(_ observation: Fields, unit: Unit?) -> Double? {
        guard let node = required(observation, ObservationMember.value) else { return nil }
        let path = observation.path(of: ObservationMember.value)
        guard case .number(let value, let isWhole) = node.kind else {
            report("expected a number, found \(describe(node))", at: path, node: node)
            return nil
        }
        if let problem = DataFormat.valueProblem(value, isWhole: isWhole, unit: unit, written: describe(node)) {
            report(problem, at: path, node: node)
            return nil
        }
        return value
    }

    // MARK: - Typed access to members

    struct Fields {
        let path: String
        let node: JSONNode
        var values: [String: JSONNode]

        func path(of key: String) -> String {
            path.isEmpty ? key : "\(path).\(key)"
        }

        func path(of member: some DataFormat.Member) -> String {
            path(of: member.rawValue)
        }
    }

    private mutating func fields(of node: JSONNode, at path: String) -> Fields? {
        guard case .object(let members) = node.kind else {
            report("expected an object, found \(describe(node))", at: path, node: node)
            return nil
        }
        var result = Fields(path: path, node: node, values: [:])
        for member in members {
            if result.values[member.key] != nil {
                report("member \"\(member.key)\" appears twice", at: result.path(of: member.key), offset: member.keyStart)
            } else {
                result.values[member.key] = member.value
            }
        }
        return result
    }

    private mutating func required(_ fields: Fields, _ member: some DataFormat.Member) -> JSONNode? {
        guard let node = fields.values[member.rawValue] else {
            report("missing required member \"\(member.rawValue)\"", at: fields.path(of: member), node: fields.node)
            return nil
        }
        return node
    }

    private mutating func string(_ fields: Fields, _ member: some DataFormat.Member) -> String? {
        guard let node = required(fields, member) else { return nil }
        guard case .string(let text) = node.kind else {
            report("expected a string, found \(describe(node))", at: fields.path(of: member), node: node)
            return nil
        }
        if let problem = DataFormat.textProblem(text) {
            report(problem, at: fields.path(of: member), node: node)
            return nil
        }
        return text
    }

    /// A string or null; absent is null.
    private mutating func optionalString(_ fields: Fields, _ member: some DataFormat.Member) -> String? {
        guard let node = fields.values[member.rawValue], !node.isNull else { return nil }
        guard case .string(let text) = node.kind else {
            report("expected a string or null, found \(describe(node))", at: fields.path(of: member), node: node)
            return nil
        }
        return text
    }

    /// Ids end up in file names, CSV and JSON output: keep them plain.
    private mutating func identifier(_ fields: Fields, _ member: some DataFormat.Member) -> String? {
        guard let text = string(fields, member) else { return nil }
        if let problem = DataFormat.identifierProblem(text, found: describe(fields.values[member.rawValue])) {
            report(problem, at: fields.path(of: member), node: fields.values[member.rawValue] ?? fields.node)
            return nil
        }
        return text
    }

    /// Absent is false.
    private mutating func bool(_ fields: Fields, _ member: some DataFormat.Member) -> Bool? {
        guard let node = fields.values[member.rawValue] else { return false }
        guard case .bool(let flag) = node.kind else {
            report("expected true or false, found \(describe(node))", at: fields.path(of: member), node: node)
            return nil
        }
        return flag
    }

    private mutating func wholeNumber(_ fields: Fields, _ member: some DataFormat.Member) -> Int? {
        guard let node = required(fields, member) else { return nil }
        guard case .number(let value, true) = node.kind, abs(value) < 1_000_000 else {
            report("expected a whole number, found \(describe(node))", at: fields.path(of: member), node: node)
            return nil
        }
        return Int(value)
    }

    private mutating func array(_ fields: Fields, _ member: some DataFormat.Member) -> [JSONNode]? {
        guard let node = required(fields, member) else { return nil }
        guard case .array(let items) = node.kind else {
            report("expected an array, found \(describe(node))", at: fields.path(of: member), node: node)
            return nil
        }
        return items
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ member: some DataFormat.Member, _ type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let node = required(fields, member) else { return nil }
        if case .string(let text) = node.kind, let chosen = Choice(rawValue: text) {
            return chosen
        }
        let names = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        report("expected one of \(names), found \(describe(node))", at: fields.path(of: member), node: node)
        return nil
    }

    /// `{"en": …, "kk": …, "ru": …}` with at least one language; a plain string is English.
    private mutating func localized(_ fields: Fields, _ member: some DataFormat.Member) -> LocalizedText? {
        guard let node = required(fields, member) else { return nil }
        let path = fields.path(of: member)
        if case .string(let text) = node.kind, DataFormat.isText(text) {
            return LocalizedText(en: text)
        }
        guard let languages = self.fields(of: node, at: path) else { return nil }
        var text = LocalizedText()
        for language in Language.allCases {
            guard let entry = languages.values[language.rawValue], !entry.isNull else { continue }
            guard case .string(let value) = entry.kind, DataFormat.isText(value) else {
                report(DataFormat.languageProblem(found: describe(entry)), at: "\(path).\(language.rawValue)", node: entry)
                continue
            }
            switch language {
            case .en: text.en = value
            case .kk: text.kk = value
            case .ru: text.ru = value
            }
        }
        if text.en == nil && text.kk == nil && text.ru == nil {
            report(DataFormat.noLanguageProblem, at: path, node: node)
            return nil
        }
        return text
    }

    // MARK: - Reporting

    private mutating func report(_ message: String, at path: String, node: JSONNode) {
        report(message, at: path, offset: node.start)
    }

    private mutating func report(_ message: String, at path: String, offset: Int) {
        guard problems.count < DataFormat.maximumListed else {
            omitted += 1
            return
        }
        problems.append(DataProblem(file: file, position: TextPosition(offset: offset, in: bytes), path: path, message: message))
    }

    /// The value as written in the file, shortened: `"2018a"`, `120`, `an object`.
    private func describe(_ node: JSONNode?) -> String {
        guard let node else { return "nothing" }
        switch node.kind {
        case .array: return "an array"
        case .object: return "an object"
        default:
            let end = min(node.end, bytes.count)
            let start = min(node.start, end)
            return DataFormat.shown(String(decoding: bytes[start..<end], as: UTF8.self))
        }
    }
}

extension JSONNode {
    var isNull: Bool {
        if case .null = kind { return true }
        return false
    }
}
