import Foundation

/// Deterministic datasets in the documented format, for measuring: the same
/// size always gives the same bytes. Indicators have fifty years each
/// (1974–2023), names in Kazakh and English, several sources and units, and
/// every seventh value approximate: about 75 bytes an observation, as in the
/// issue's reference file (1 million observations, 73 MB).
enum SyntheticData {
    static let years = 1974...2023
    static let kazakhWords = ["Өңірлік", "өнім", "үлесі", "инвестиция", "салық", "түсімі", "халық", "саны", "шағын", "бизнес", "жұмыссыздық", "деңгейі"]
    static let englishWords = ["Regional", "product", "share", "investment", "tax", "revenue", "population", "count", "small", "business", "unemployment", "rate"]
    static let units = ["percent", "tenge", "people", "count", "percent_change", "usd"]

    /// A file with about `observations` observations.
    static func write(observations: Int, to path: String) throws {
        var random = SplitMix(seed: UInt64(observations))
        let indicatorCount = max(4, observations / years.count)
        var text = #"{"schema": 1, "city": {"id": "bench", "name": {"en": "Benchmark City", "kk": "Сынақ қаласы", "ru": "Тестовый город"}, "country": "KZ"},"#
        text += "\n\"sources\": ["
        text += (1...5).map { #"{"id": "src-\#($0)", "title": "Synthetic source \#($0)", "publisher": "citydash-bench", "date": "2024", "language": "kk", "document": null, "url": "https://example.invalid/\#($0)"}"# }
            .joined(separator: ",\n")
        text += "],\n\"indicators\": [\n"
        var first = true
        for index in 0..<indicatorCount {
            let unit = units[index % units.count]
            let en = "\(englishWords[index % 12]) \(englishWords[(index / 12) % 12]) \(index)"
            let kk = "\(kazakhWords[index % 12]) \(kazakhWords[(index / 12) % 12]) \(index)"
            text += first ? "" : ",\n"
            first = false
            text += #"{"id": "ind_\#(index)", "name": {"en": "\#(en)", "kk": "\#(kk)"}, "unit": "\#(unit)", "better": "higher", "headline": \#(index < 4), "observations": ["#
            for (offset, year) in years.enumerated() {
                let value: String = switch unit {
                case "percent": String(Double(random.next() % 1000) / 10)
                case "percent_change": String(Double(random.next() % 600) / 10 - 20)
                default: String(random.next() % 10_000_000_000)
                }
                let approximate = (index + offset) % 7 == 0 ? #", "approximate": true"# : ""
                text += offset == 0 ? "" : ", "
                text += #"{"year": \#(year), "value": \#(value)\#(approximate), "source": "src-\#(1 + (index + offset) % 5)", "quote": "\#(kazakhWords[(index + offset) % 12]) \#(year)"}"#
            }
            text += "]}"
        }
        text += "\n]}\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }
}

/// A small, fast, seedable generator (SplitMix64): no platform randomness, so runs repeat.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
