import Foundation

/// A region of Kazakhstan as the bureau's tables name it: the Republic, its 17 oblasts and 3
/// cities of republican significance, and the historical South Kazakhstan region.
///
/// The id is the current ISO 3166-2 code, checked against the ISO 3166-2:KZ list as given by
/// en.wikipedia.org/wiki/ISO_3166-2:KZ and it.wikipedia.org/wiki/ISO_3166-2:KZ (codes since the
/// November 2022 newsletter are two digits, the region's KATO prefix): KZ-10 Abai, KZ-11 Akmola,
/// KZ-15 Aktobe, KZ-19 Almaty region, KZ-23 Atyrau, KZ-27 West Kazakhstan, KZ-31 Zhambyl,
/// KZ-33 Zhetisu, KZ-35 Karaganda, KZ-39 Kostanay, KZ-43 Kyzylorda, KZ-47 Mangystau,
/// KZ-55 Pavlodar, KZ-59 North Kazakhstan, KZ-61 Turkistan, KZ-62 Ulytau, KZ-63 East Kazakhstan,
/// KZ-71 Astana, KZ-75 Almaty city, KZ-79 Shymkent. The former letter codes (KZ-ALA, KZ-AST, ...)
/// are kept as spellings. South Kazakhstan, which has no current code, keeps its last one, KZ-YUZ
/// (the letter code list of the same pages). The Republic is `KZ` (ISO 3166-1).
///
/// An id follows the administrative unit, not its borders: Almaty, East Kazakhstan and Karaganda
/// regions lost territory to Zhetisu, Abai and Ulytau in 2022, and South Kazakhstan became
/// Turkistan region and Shymkent city in 2018; these show as breaks in a series, which is what
/// the tables print.
public struct Region: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case republic
        case oblast
        case city
    }

    public let id: String
    public let kind: Kind
    public let english: String
    public let kazakh: String
    public let russian: String
    /// First and last year the unit existed as a region, where it did not always.
    public let firstYear: Int?
    public let lastYear: Int?
    /// Codes matched exactly (case-insensitive): former ISO letter codes, SDG REF_AREA codes,
    /// the long CSV's region codes.
    public let codes: [String]
    /// Names as the files write them, matched after normalisation (see `Regions.key`).
    public let spellings: [String]

    public var description: String { "\(english) (\(id))" }

    /// Whether the unit existed in `year`.
    public func existed(in year: Int) -> Bool {
        (firstYear.map { year >= $0 } ?? true) && (lastYear.map { year <= $0 } ?? true)
    }
}

/// The one list of regions and the matching of every spelling the bureau's files use.
public enum Regions {
    public static let republic = Region(
        id: "KZ", kind: .republic, english: "Republic of Kazakhstan", kazakh: "Қазақстан Республикасы",
        russian: "Республика Казахстан", firstYear: nil, lastYear: nil, codes: ["KZ", "national"],
        spellings: ["Republic of Kazakhstan", "Қазақстан Республикасы", "Республика Казахстан", "Kazakhstan", "Казахстан",
                    "Қазақстан", "РК"])

    public static let all: [Region] = [
        republic,
        oblast("KZ-10", "Abai", "Абай облысы", "Абайская область", from: 2022,
               codes: ["KZABY"], ["Abay", "Abai", "Абай", "Абайская"]),
        oblast("KZ-11", "Akmola", "Ақмола облысы", "Акмолинская область",
               codes: ["KZ-AKM", "KZAKM"], ["Akmolinskaya", "Aqmola", "Ақмола", "Акмолинская"]),
        oblast("KZ-15", "Aktobe", "Ақтөбе облысы", "Актюбинская область",
               codes: ["KZ-AKT", "KZAKT"], ["Aktubinskaya", "Aqtobe", "Aktyubinsk", "Ақтөбе", "Актюбинская"]),
        oblast("KZ-19", "Almaty region", "Алматы облысы", "Алматинская область",
               codes: ["KZ-ALM", "KZALM"], ["Almaty", "Almatinskaya", "Алматы", "Алматинская"]),
        oblast("KZ-23", "Atyrau", "Атырау облысы", "Атырауская область",
               codes: ["KZ-ATY", "KZATY"], ["Atyrauskaya", "Атырау", "Атырауская"]),
        oblast("KZ-27", "West Kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область",
               codes: ["KZ-ZAP", "KZZAP"], ["Batys Kazakhstan", "Batys Qazaqstan", "Батыс Қазақстан",
                                            "Западно-Казахстанская"]),
        oblast("KZ-31", "Zhambyl", "Жамбыл облысы", "Жамбылская область",
               codes: ["KZ-ZHA", "KZZHA"], ["Jambyl", "Zhambylskaya", "Жамбыл", "Жамбылская"]),
        oblast("KZ-33", "Zhetisu", "Жетісу облысы", "Жетысуская область", from: 2022,
               codes: ["KZZHS"], ["Jetisu", "Zhetysu", "Жетісу", "Жетысу", "Жетысуская"]),
        oblast("KZ-35", "Karaganda", "Қарағанды облысы", "Карагандинская область",
               codes: ["KZ-KAR", "KZKAR"], ["Karagandy", "Karagandinskaya", "Qaraghandy", "Қарағанды",
                                            "Карагандинская"]),
        oblast("KZ-39", "Kostanay", "Қостанай облысы", "Костанайская область",
               codes: ["KZ-KUS", "KZKUS"], ["Kostanai", "Kostanaiskaya", "Qostanay", "Қостанай", "Костанайская"]),
        oblast("KZ-43", "Kyzylorda", "Қызылорда облысы", "Кызылординская область",
               codes: ["KZ-KZY", "KZKZY"], ["Kyzylordinskaya", "Qyzylorda", "Қызылорда", "Кызылординская"]),
        oblast("KZ-47", "Mangystau", "Маңғыстау облысы", "Мангистауская область",
               codes: ["KZ-MAN", "KZMAN"], ["Mangistau", "Mangistauskaya", "Mangghystau", "Маңғыстау",
                                            "Мангистауская", "Мангыстауская"]),
        oblast("KZ-55", "Pavlodar", "Павлодар облысы", "Павлодарская область",
               codes: ["KZ-PAV", "KZPAV"], ["Pavlodarskaya", "Павлодар", "Павлодарская"]),
        oblast("KZ-59", "North Kazakhstan", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область",
               codes: ["KZ-SEV", "KZSEV"], ["Soltustik Kazakhstan", "Soltustik Qazaqstan", "Солтүстік Қазақстан",
                                            "Северо-Казахстанская"]),
        oblast("KZ-61", "Turkistan", "Түркістан облысы", "Туркестанская область", from: 2018,
               codes: ["KZYUZ"], ["Turkestan", "Turkestanskaya", "Түркістан", "Туркестанская"]),
        oblast("KZ-62", "Ulytau", "Ұлытау облысы", "Улытауская область", from: 2022,
               codes: ["KZULU"], ["Ұлытау", "Улытау", "Улытауская"]),
        oblast("KZ-63", "East Kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область",
               codes: ["KZ-VOS", "KZVOS"], ["Shygys Kazakhstan", "Shyghys Qazaqstan", "Шығыс Қазақстан",
                                            "Восточно-Казахстанская"]),
        city("KZ-71", "Astana", "Астана", "Астана", from: 1997,
             codes: ["KZ-AST", "KZNS", "AST"], ["Astana", "Nur-Sultan", "Астана", "Нур-Султан", "Нұр-Сұлтан"]),
        city("KZ-75", "Almaty", "Алматы", "Алматы",
             codes: ["KZ-ALA", "KZALA", "ALA"], []),
        city("KZ-79", "Shymkent", "Шымкент", "Шымкент", from: 2018,
             codes: ["KZ-SHY", "KZSHY", "SHM"], ["Shymkent", "Shimkent", "Шымкент"]),
        oblast("KZ-YUZ", "South Kazakhstan", "Оңтүстік Қазақстан облысы", "Южно-Казахстанская область",
               until: 2017, codes: ["KZ-YUZ", "KZONT"],
               ["Ontustik Kazakhstan", "Ontustik Qazaqstan", "Оңтүстік Қазақстан", "Южно-Казахстанская", "SKO"]),
    ]

    public static func region(id: String) -> Region? { byID[id] }

    public static let byID: [String: Region] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    private static func oblast(
        _ id: String, _ english: String, _ kazakh: String, _ russian: String, from: Int? = nil, until: Int? = nil,
        codes: [String], _ spellings: [String]
    ) -> Region {
        Region(id: id, kind: .oblast, english: english, kazakh: kazakh, russian: russian, firstYear: from,
               lastYear: until, codes: codes, spellings: [english, kazakh, russian] + spellings)
    }

    /// A city's names are registered with the city marker (`Almaty city`, `г. Алматы`,
    /// `Алматы қаласы`), so that `Алматы` alone stays the Almaty region; names that no region
    /// shares (Astana, Shymkent) are also registered bare.
    private static func city(
        _ id: String, _ english: String, _ kazakh: String, _ russian: String, from: Int? = nil,
        codes: [String], _ bare: [String]
    ) -> Region {
        let marked = ["\(english) city", "\(kazakh) қаласы", "г. \(russian)", "город \(russian)"]
        return Region(id: id, kind: .city, english: "\(english) city", kazakh: "\(kazakh) қаласы",
                      russian: "г. \(russian)", firstYear: from, lastYear: nil, codes: codes,
                      spellings: marked + bare)
    }

    // MARK: - Matching

    /// Resolves a name or a code as a file writes it; nil when nothing matches.
    ///
    /// Codes (`KZ-ALA`, `KZALA`, `ALA`, `national`, `KZ-75`) match exactly, ignoring case; they
    /// are looked up before names so that the SDG code `KZYUZ` (Turkistan in the SDG code list)
    /// and the old ISO code `KZ-YUZ` (South Kazakhstan) stay apart. Names match after
    /// normalisation (`key`).
    public static func resolve(_ text: String) -> Region? {
        let trimmed = CellText.trim(text)
        if let region = byCode[trimmed.uppercased()] { return region }
        let normalised = key(trimmed)
        if let region = byKey[normalised] { return region }
        // `Shimkent city`: a city's bare name with the marker added.
        if normalised.hasSuffix(" #city"), let region = byKey[String(normalised.dropLast(6))], region.kind == .city {
            return region
        }
        return nil
    }

    /// Resolves, or throws a located error naming the closest known spelling.
    public static func resolve(_ text: String, file: String, location: String?) throws -> Region {
        if let region = resolve(text) { return region }
        throw BureauError.badData(
            file, location, "unknown region \"\(text)\"; the closest known spelling is \"\(closestSpelling(to: text))\"")
    }

    /// The known spelling nearest to `text` by edit distance of the normalised forms (the
    /// shortest of equally near ones).
    public static func closestSpelling(to text: String) -> String {
        let wanted = Array(key(text))
        var best = ""
        var bestDistance = Int.max
        for (spellingKey, spelling) in spellingKeys {
            let distance = editDistance(wanted, Array(spellingKey))
            if distance < bestDistance || (distance == bestDistance && spelling.count < best.count) {
                bestDistance = distance
                best = spelling
            }
        }
        return best
    }

    static let byCode: [String: Region] = {
        var table: [String: Region] = [:]
        for region in all {
            table[region.id.uppercased()] = region
            for code in region.codes { table[code.uppercased()] = region }
        }
        return table
    }()

    static let byKey: [String: Region] = {
        var table: [String: Region] = [:]
        for region in all {
            for spelling in region.spellings { table[key(spelling)] = region }
        }
        return table
    }()

    /// Normalised key → one original spelling (for suggestions).
    static let spellingKeys: [(String, String)] = all.flatMap { region in
        region.spellings.map { (key($0), $0) }
    }

    /// Spellings that normalise to the same key but belong to different regions; the tests keep
    /// this empty.
    public static var conflictingSpellings: [String] {
        var owner: [String: String] = [:]
        var conflicts: [String] = []
        for region in all {
            for spelling in region.spellings {
                let k = key(spelling)
                if let other = owner[k], other != region.id { conflicts.append(spelling) }
                owner[k] = region.id
            }
        }
        return conflicts
    }

    /// Words that only say "region".
    static let regionWords: Set<String> = [
        "region", "oblast", "oblasty", "oblysy", "province", "область", "обл", "облысы", "облысының", "the", "of",
    ]
    /// Words that say "city"; they are kept as a flag, because `Алматы` (the region, in Kazakh)
    /// and `Алматы қаласы` (the city) differ only by it.
    static let cityWords: Set<String> = ["city", "г", "город", "городу", "городе", "қаласы", "қ", "каласы"]

    /// Cyrillic letters that look like Latin ones, as typed into English names (`Аktobе` has a
    /// Cyrillic А and е): within a word that mixes both scripts they are read as Latin.
    static let homoglyphs: [Character: Character] = [
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
        "у": "y", "х": "x", "і": "i",
    ]

    /// The normalised form of a name: footnote marks removed, lower case, dots, hyphens and
    /// underscores as spaces, mixed-script words read as Latin, the words for "region" dropped,
    /// and the words for "city" replaced by one trailing flag.
    public static func key(_ text: String) -> String {
        let clean = CellText.label(text).text.lowercased()
        let spaced = String(clean.map { ".,_-–—()\"«»".contains($0) ? " " : $0 })
        var words: [String] = []
        var isCity = false
        for raw in spaced.split(whereSeparator: { $0.isWhitespace }) {
            let word = latinised(String(raw))
            if cityWords.contains(word) {
                isCity = true
            } else if !regionWords.contains(word) {
                words.append(word)
            }
        }
        return words.joined(separator: " ") + (isCity ? " #city" : "")
    }

    static func latinised(_ word: String) -> String {
        let hasLatin = word.contains { $0.isASCII && $0.isLetter }
        let hasCyrillic = word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        guard hasLatin, hasCyrillic else { return word }
        return String(word.map { homoglyphs[$0] ?? $0 })
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    // MARK: - Succession

    /// Whether a note reassigns a Turkistan row's early years to South Kazakhstan, as in
    /// `*) Data for 1993-2017 for the South Kazakhstan region` (CPI) and
    /// `1) Данные за 2000-2016гг. по Южно-Казахстанской области.` (population): before 2018 the
    /// bureau prints the old region's figures on the Turkistan row. Returns the years concerned.
    public static func southKazakhstanYears(inNote note: String) -> ClosedRange<Int>? {
        let lower = note.lowercased()
        guard lower.hasPrefix("data for") || lower.hasPrefix("данные за"),
            lower.contains("south kazakhstan") || lower.contains("южно-казахстанск")
        else { return nil }
        let years = lower.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            .filter { TablePeriod.plausibleYears.contains($0) }
        guard years.count >= 2, years[0] <= years[1] else { return nil }
        return years[0]...years[1]
    }

    /// The historical region whose figures stand on a Turkistan row for the given year, when one
    /// of the notes says so.
    public static func successionOverride(for region: Region, year: Int, notes: [String]) -> Region? {
        guard region.id == "KZ-61" else { return nil }
        for note in notes {
            if let years = southKazakhstanYears(inNote: note), years.contains(year) { return byID["KZ-YUZ"] }
        }
        return nil
    }
}
