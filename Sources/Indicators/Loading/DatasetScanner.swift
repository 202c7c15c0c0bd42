#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fast path for well-formed files: one pass over the bytes, straight
/// into the model, with no tree of nodes in between.
///
/// It enforces the same rules as `DatasetDecoder` but gives no reasons: on
/// anything it does not accept (a syntax error, a broken rule, a duplicate
/// key, a construct it does not handle) it returns nil, and the loader runs
/// the positioned parser, which finds and explains the problem. So error
/// messages are the slow path's, and the fuzz target checks that whenever
/// the slow path accepts a file, the fast path either agrees exactly or
/// declines.
private typealias FileMember = DataFormat.FileMember
private typealias CityMember = DataFormat.CityMember
private typealias SourceMember = DataFormat.SourceMember
private typealias IndicatorMember = DataFormat.IndicatorMember
private typealias ObservationMember = DataFormat.ObservationMember

struct DatasetScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Open containers. The format needs five levels; deeper input (in members
    /// the format does not define) is left to the iterative slow path.
    private var depth = 0
    private static let maximumDepth = 32

    static func scan(_ data: [UInt8]) -> Dataset? {
        data.withUnsafeBufferPointer { buffer in
            var scanner = DatasetScanner(bytes: buffer)
            return scanner.document()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: - The format

    private mutating func document() -> Dataset? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var schema: Int?
        var city: City?
        var sources: [Source]?
        var indicators: [Indicator]?
        let ok = object { scanner, key in
            switch key.member(FileMember.self) {
            case .schema:
                guard schema == nil, let (value, whole) = scanner.number(), whole, value == Double(DataFormat.supportedSchema) else { return .failed }
                schema = DataFormat.supportedSchema
            case .city:
                return scanner.once(&city) { $0.city() }
            case .sources:
                return scanner.once(&sources) { $0.sources() }
            case .indicators:
                return scanner.once(&indicators) { $0.indicators() }
            default:
                return .unknown
            }
            return .read
        }
        skipWhitespace()
        guard ok, index == bytes.count, let schema, let city, let sources, var indicators, !indicators.isEmpty else { return nil }
        // Every cited source must exist, and gives its kind of evidence; some observation must be a measurement.
        let kinds = Dictionary(sources.map { ($0.id, $0.kind) }) { first, _ in first }
        for index in indicators.indices {
            // One new array per indicator: each change of `observations` drops its year index.
            var observations = indicators[index].observations
            for position in observations.indices {
                guard let kind = kinds[observations[position].source] else { return nil }
                observations[position].evidence = kind
            }
            indicators[index].observations = observations
        }
        guard DataFormat.hasMeasurement(indicators) else { return nil }
        return Dataset(schema: schema, city: city, sources: sources, indicators: indicators)
    }

    private mutating func city() -> City? {
        var id: String?
        var name: LocalizedText?
        var country: String??
        let ok = object { scanner, key in
            switch key.member(CityMember.self) {
            case .id:
                return scanner.once(&id) { $0.identifier() }
            case .name:
                return scanner.once(&name) { $0.localized() }
            case .country:
                return scanner.once(&country) { $0.optionalString() }
            default:
                return .unknown
            }
        }
        guard ok, let id, let name else { return nil }
        return City(id: id, name: name, country: country ?? nil)
    }

    private mutating func sources() -> [Source]? {
        var sources: [Source] = []
        var seen: Set<String> = []
        let ok = array { scanner in
            var id: String?
            var title: String?
            var publisher: String?
            var date: String?
            var optional: [String: String?] = [:]
            var kind: EvidenceKind?
            let ok = scanner.object { scanner, key in
                switch key.member(SourceMember.self) {
                case .id:
                    return scanner.once(&id) { $0.identifier() }
                case .title:
                    return scanner.once(&title) { $0.text() }
                case .publisher:
                    return scanner.once(&publisher) { $0.text() }
                case .date:
                    return scanner.once(&date) { $0.text() }
                case .kind:
                    return scanner.once(&kind) { $0.text().flatMap(EvidenceKind.init(rawValue:)) }
                case .language, .document, .url, .description:
                    let name = String(decoding: key.bytes, as: UTF8.self)
                    guard optional[name] == nil, let value = scanner.optionalString() else { return .failed }
                    optional[name] = value
                default:
                    return .unknown
                }
                return .read
            }
            guard ok, let id, let title, let publisher, let date, seen.insert(id).inserted else { return false }
            sources.append(Source(id: id, title: title, publisher: publisher, date: date,
                                  language: optional["language"] ?? nil, document: optional["document"] ?? nil,
                                  url: optional["url"] ?? nil, description: optional["description"] ?? nil, kind: kind ?? .user))
            return true
        }
        return ok ? sources : nil
    }

    private mutating func indicators() -> [Indicator]? {
        var indicators: [Indicator] = []
        var seen: Set<String> = []
        let ok = array { scanner in
            guard let indicator = scanner.indicator(), seen.insert(indicator.id).inserted else { return false }
            indicators.append(indicator)
            return true
        }
        return ok ? indicators : nil
    }

    private mutating func indicator() -> Indicator? {
        var id: String?
        var name: LocalizedText?
        var unit: Unit?
        var better: Better?
        var headline: Bool?
        var description: LocalizedText??
        var observations: [(Observation, isWhole: Bool)]?
        let ok = object { scanner, key in
            switch key.member(IndicatorMember.self) {
            case .id:
                return scanner.once(&id) { $0.identifier() }
            case .name:
                return scanner.once(&name) { $0.localized() }
            case .unit:
                return scanner.once(&unit) { $0.text().flatMap(Unit.init(rawValue:)) }
            case .better:
                return scanner.once(&better) { $0.text().flatMap(Better.init(rawValue:)) }
            case .headline:
                return scanner.once(&headline) { $0.bool() }
            case .description:
                guard description == nil else { return .failed }
                if scanner.null() {
                    description = .some(nil)
                } else {
                    guard let value = scanner.localized() else { return .failed }
                    description = value
                }
            case .observations:
                return scanner.once(&observations) { $0.observations() }
            default:
                return .unknown
            }
            return .read
        }
        guard ok, let id, let name, let unit, let observations else { return nil }
        // Values and periods are checked once the unit is known: it may come after them.
        var periods: Set<DataFormat.PeriodKey> = []
        for (observation, isWhole) in observations {
            guard DataFormat.brokenRule(observation.value, isWhole: isWhole, unit: unit) == nil,
                  DataFormat.periodProblem(observation.period, unit: unit) == nil,
                  periods.insert(DataFormat.PeriodKey(year: observation.year, period: observation.period, source: observation.source,
                                                      projection: observation.projection)).inserted
            else { return nil }
        }
        return Indicator(id: id, name: name, unit: unit, better: better ?? .neutral, headline: headline ?? false,
                         description: description ?? nil, observations: observations.map(\.0))
    }

    private mutating func observations() -> [(Observation, isWhole: Bool)]? {
        var result: [(Observation, isWhole: Bool)] = []
        let ok = array { scanner in
            var year: Int?
            var value: (Double, Bool)?
            var approximate: Bool?
            var projection: Bool?
            var source: String?
            var quote: String?
            var note: String??
            var period: Period?
            var preliminary: Bool?
            var released: String??
            let ok = scanner.object { scanner, key in
                switch key.member(ObservationMember.self) {
                case .period:
                    return scanner.once(&period) { scanner in
                        scanner.null() ? .year : scanner.string().flatMap { try? Period.parse($0).get() }
                    }
                case .preliminary:
                    return scanner.once(&preliminary) { $0.bool() }
                case .released:
                    return scanner.once(&released) { $0.optionalString() }
                case .year:
                    guard year == nil, let (number, whole) = scanner.number(),
                          let value = DataFormat.year(number, isWhole: whole) else { return .failed }
                    year = value
                case .value:
                    return scanner.once(&value) { $0.number() }
                case .approximate:
                    return scanner.once(&approximate) { $0.bool() }
                case .projection:
                    return scanner.once(&projection) { $0.bool() }
                case .source:
                    return scanner.once(&source) { $0.text() }
                case .quote:
                    return scanner.once(&quote) { $0.text() }
                case .note:
                    return scanner.once(&note) { $0.optionalString() }
                default:
                    return .unknown
                }
                return .read
            }
            guard ok, let year, let value, let source, let quote else { return false }
            let releaseDate = released ?? nil
            if let releaseDate, DataFormat.releaseProblem(releaseDate, year: year, period: period ?? .year) != nil { return false }
            result.append((Observation(year: year, period: period ?? .year, value: value.0, approximate: approximate ?? false,
                                       projection: projection ?? false, preliminary: preliminary ?? false, released: releaseDate,
                                       source: source, quote: quote, note: note ?? nil), value.1))
            return true
        }
        return ok ? result : nil
    }

    /// Reads a member into `slot`; a second occurrence of the member, or a
    /// value `read` refuses, fails.
    private mutating func once<Value>(_ slot: inout Value?, _ read: (inout DatasetScanner) -> Value?) -> Member {
        guard slot == nil, let value = read(&self) else { return .failed }
        slot = value
        return .read
    }

    // MARK: - Values with rules

    /// A non-empty, not all-white string.
    private mutating func text() -> String? {
        guard let value = string(), DataFormat.isText(value) else { return nil }
        return value
    }

    /// A string or null (absent is handled by the caller).
    private mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        guard let value = string() else { return nil }
        return .some(value)
    }

    private mutating func identifier() -> String? {
        guard let value = text(), DataFormat.isIdentifier(value.utf8) else { return nil }
        return value
    }

    private mutating func localized() -> LocalizedText? {
        skipWhitespace()
        if peek() == UInt8(ascii: "\"") { return text().map { LocalizedText(en: $0) } }
        var result = LocalizedText()
        var seen: Set<Language> = []
        let ok = object { scanner, key in
            let language: Language
            switch key {
            case "en": language = .en
            case "kk": language = .kk
            case "ru": language = .ru
            default: return .unknown
            }
            guard seen.insert(language).inserted else { return .failed }
            if scanner.null() { return .read }
            guard let value = scanner.text() else { return .failed }
            switch language {
            case .en: result.en = value
            case .kk: result.kk = value
            case .ru: result.ru = value
            }
            return .read
        }
        guard ok, result.en != nil || result.kk != nil || result.ru != nil else { return nil }
        return result
    }

    // MARK: - JSON pieces

    /// What a member reader made of a key: read it, does not know it (the
    /// value is skipped), or found it wrong.
    private enum Member { case read, unknown, failed }

    /// `{ "key": value, … }`; `member` reads each value. A duplicate key
    /// declines: readers refuse a known key seen twice, and unknown keys are
    /// tracked here (rare, so the set is only made when one appears).
    private mutating func object(_ member: (inout DatasetScanner, Key) -> Member) -> Bool {
        skipWhitespace()
        guard depth < Self.maximumDepth, take(UInt8(ascii: "{")) else { return false }
        depth += 1
        defer { depth -= 1 }
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return true }
        var unknownKeys: Set<String> = []
        while true {
            skipWhitespace()
            guard let key = key() else { return false }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return false }
            switch member(&self, key) {
            case .read: break
            case .failed: return false
            case .unknown:
                let name = String(decoding: key.bytes, as: UTF8.self)
                guard unknownKeys.insert(name).inserted, skipValue() else { return false }
            }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// A member name as bytes, matched against the format's names without
    /// making a String. Names with escapes or non-ASCII bytes decline (the
    /// format's own names have neither; the slow path reads such files).
    private struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        /// The member of the format (`DataFormat`) this key names, if any.
        func member<Member: DataFormat.Member>(_: Member.Type) -> Member? {
            Member.allCases.first { member in
                var name = member.rawValue
                return name.withUTF8 { name in
                    guard name.count == bytes.count else { return false }
                    guard let base = bytes.baseAddress, let expected = name.baseAddress else { return true }  // both empty
                    return memcmp(expected, base, bytes.count) == 0
                }
            }
        }

        static func ~= (pattern: StaticString, key: Key) -> Bool {
            guard pattern.utf8CodeUnitCount == key.bytes.count else { return false }
            guard let base = key.bytes.baseAddress else { return true }  // both empty
            return memcmp(pattern.utf8Start, base, key.bytes.count) == 0
        }
    }

    private mutating func key() -> Key? {
        skipWhitespace()
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }

    private mutating func array(_ element: (inout DatasetScanner) -> Bool) -> Bool {
        skipWhitespace()
        guard depth < Self.maximumDepth, take(UInt8(ascii: "[")) else { return false }
        depth += 1
        defer { depth -= 1 }
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return true }
        while true {
            guard element(&self) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]"))
        }
    }

    /// A JSON string, escapes decoded; nil for anything irregular (invalid UTF-8, control characters, lone surrogates).
    private mutating func string() -> String? {
        skipWhitespace()
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        var plain = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                plain = false
                index += 2
                continue
            }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let end = index
        index += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if plain { return String(validating: raw, as: UTF8.self) }
        return unescape(raw)
    }

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var position = 0
        while position < raw.count {
            let byte = raw[position]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                position += 1
                continue
            }
            guard position + 1 < raw.count else { return nil }
            let code = raw[position + 1]
            position += 2
            if let plain = JSONParser.simpleEscape(code) {
                out.append(plain)
                continue
            }
            switch code {
            case UInt8(ascii: "u"):
                // Surrogate pairs are left to the slow path.
                guard let value = JSONParser.hex4(in: raw, at: position), !(0xD800...0xDFFF).contains(value),
                      let scalar = Unicode.Scalar(value) else { return nil }
                out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
                position += 4
            default:
                return nil
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// A number and whether it was written whole; nil for anything the slow path would reject.
    private mutating func number() -> (Double, Bool)? {
        skipWhitespace()
        guard case .number(let value, let isWhole, let end) = JSONNumber.lex(bytes, from: index) else { return nil }
        index = end
        return (value, isWhole)
    }

    private mutating func bool() -> Bool? {
        skipWhitespace()
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func null() -> Bool {
        skipWhitespace()
        return literal("null")
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        if index + count < bytes.count, JSONByte.isWordByte(bytes[index + count]) { return false }
        index += count
        return true
    }

    /// Skips a value of a member the format does not define (valid JSON only; nesting within the parser's limit).
    private mutating func skipValue() -> Bool {
        skipWhitespace()
        guard let byte = peek() else { return false }
        switch byte {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"): return object { scanner, _ in scanner.skipValue() ? .read : .failed }
        case UInt8(ascii: "["): return array { scanner in scanner.skipValue() }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
        case UInt8(ascii: "n"): return null()
        default: return number() != nil
        }
    }

    private mutating func skipWhitespace() {
        index = JSONParser.skipWhitespace(in: bytes, from: index)
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
