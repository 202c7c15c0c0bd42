import Testing
@testable import Indicators

/// The search's ranking, table-driven, in the three languages: what a few
/// letters find first among names as the data gives them.
@Suite struct SearchRankingTests {
    /// A few of Almaty's indicators, with their names in the three languages and their ids.
    static let names: [(id: String, en: String, kk: String, ru: String)] = [
        ("gdp_share", "GDP share", "ЖІӨ үлесі", "Доля в ВВП"),
        ("grp", "Gross regional product", "Жалпы өңірлік өнім", "Валовой региональный продукт"),
        ("grp_growth", "GRP growth", "ЖӨӨ өсімі", "Рост ВРП"),
        ("population", "Population", "Халық саны", "Население"),
        ("population_share", "Population share", "Ел халқындағы үлесі", "Доля в населении Казахстана"),
        ("investment_fixed_capital", "Investment in fixed capital", "Негізгі капиталға инвестиция", "Инвестиции в основной капитал"),
        ("investment_growth", "Investment growth", "Инвестиция өсімі", "Рост инвестиций"),
        ("unemployment_rate", "Unemployment rate", "Жұмыссыздық деңгейі", "Уровень безработицы"),
        ("sme_loan_rate_min", "SME loan rate, minimum", "ШОБ несиесі: ең төмен %", "Ставка кредита МСБ, мин."),
        ("consumer_prices_dec", "Consumer prices, Dec/Dec", "Тұтыну бағасы, жел./жел.", "Потребительские цены, дек./дек."),
        ("average_monthly_wage", "Average monthly wage", "Орташа айлық жалақы", "Среднемесячная зарплата"),
        ("real_wage_growth", "Real wage growth", "Нақты жалақы өсімі", "Рост реальной зарплаты"),
    ]

    static var candidates: [(key: String, texts: [String])] {
        names.map { (key: $0.id, texts: [$0.en, $0.kk, $0.ru, $0.id]) }
    }

    static let cases: [(query: String, first: String)] = [
        // English: prefixes, word starts, letters apart, case.
        ("unemp", "unemployment_rate"),
        ("UNEMP", "unemployment_rate"),
        ("pop", "population"),
        ("pop sh", "population_share"),
        ("inv fix", "investment_fixed_capital"),
        ("ifc", "investment_fixed_capital"),
        ("avg wage", "average_monthly_wage"),
        ("wage gr", "real_wage_growth"),
        ("rwg", "real_wage_growth"),
        ("cpi dec", "consumer_prices_dec"),
        ("grp", "grp"),
        ("gross", "grp"),
        // Kazakh, with and without its own letters.
        ("жұмыс", "unemployment_rate"),
        ("жумыс", "unemployment_rate"),
        ("халық", "population"),
        ("халык", "population"),
        ("айлық жалақы", "average_monthly_wage"),
        ("нақты", "real_wage_growth"),
        ("өңірлік", "grp"),
        ("онирлик", "grp"),
        // Russian, any case.
        ("безраб", "unemployment_rate"),
        ("БЕЗРАБ", "unemployment_rate"),
        ("насел", "population"),
        ("инвест осн", "investment_fixed_capital"),
        ("средн зарпл", "average_monthly_wage"),
        ("реал зарп", "real_wage_growth"),
        ("ввп", "gdp_share"),
        // Ids.
        ("sme_loan", "sme_loan_rate_min"),
        ("investment_growth", "investment_growth"),
    ]

    @Test(arguments: cases)
    func theBestMatchComesFirst(query: String, first: String) {
        let hits = FuzzyMatch.rank(query, Self.candidates)
        #expect(hits.first?.key == first, "\(query): \(hits.prefix(3).map(\.key))")
    }

    static let misses = ["xyz", "unemployed rate zz", "безработица2", "жылдамдық"]

    @Test(arguments: misses)
    func lettersNotInOrderMatchNothing(query: String) {
        #expect(FuzzyMatch.rank(query, Self.candidates).isEmpty, "\(query)")
    }

    @Test func caseAndDiacriticsAndScriptVariantsFindTheSameNames() {
        let cities: [(key: String, texts: [String])] = [
            ("almaty", ["Almaty", "Алматы", "Алматы"]), ("KZ-19", ["Almaty region", "Алматы облысы", "Алматинская область"]),
            ("KZ", ["Republic of Kazakhstan", "Қазақстан Республикасы", "Республика Казахстан"]),
            ("KZ-47", ["Mangystau", "Маңғыстау облысы", "Мангистауская область"]),
        ]
        for query in ["алматы", "Almaty", "almaty", "ALMATY", "Álmaty"] {
            #expect(FuzzyMatch.rank(query, cities).first?.key == "almaty", "\(query)")
        }
        #expect(FuzzyMatch.rank("казакстан", cities).first?.key == "KZ")
        #expect(FuzzyMatch.rank("мангыстау", cities).first?.key == "KZ-47")
        // "Almaty" matches the region too, after the city (a shorter name ranks first).
        #expect(FuzzyMatch.rank("almaty", cities).map(\.key) == ["almaty", "KZ-19"])
    }

    @Test func anEmptyQueryKeepsEveryoneInOrderAndEqualScoresKeepTheirOrder() {
        #expect(FuzzyMatch.rank("", Self.candidates).map(\.key) == Self.names.map(\.id))
        #expect(FuzzyMatch.rank("  ", Self.candidates).count == Self.names.count)
        let twins: [(key: Int, texts: [String])] = [(1, ["Rate"]), (2, ["Rate"]), (3, ["Rate"])]
        #expect(FuzzyMatch.rank("rate", twins).map(\.key) == [1, 2, 3])
    }

    @Test func consecutiveLettersAndWordStartsScoreHigher() throws {
        let together = FuzzyMatch.score(Array("abc".unicodeScalars), in: Array("xxabcxx".unicodeScalars))
        let apart = FuzzyMatch.score(Array("abc".unicodeScalars), in: Array("xaxbxcx".unicodeScalars))
        #expect(try #require(together) > (try #require(apart)))
        let start = FuzzyMatch.score(Array("rate".unicodeScalars), in: Array("loan rate".unicodeScalars))
        let inside = FuzzyMatch.score(Array("rate".unicodeScalars), in: Array("separately".unicodeScalars))
        #expect(try #require(start) > (try #require(inside)))
    }

    @Test func foldingIsCaseDiacriticAndPunctuationInsensitive() {
        #expect(FuzzyMatch.fold("Жұмыссыздық деңгейі") == "жумыссыздык денгеии")
        #expect(FuzzyMatch.fold("Consumer prices, Dec/Dec") == "consumer prices dec dec")
        #expect(FuzzyMatch.fold("Café  Ёлка") == "cafe елка")
    }
}

/// Sorting a list keeps ties (and rows without a value) in their given order.
@Suite struct ListOrderTests {
    @Test func descendingIsStableAndPutsMissingValuesLast() {
        let entries: [(key: String, value: Double?)] = [
            ("a", 5), ("b", nil), ("c", 7), ("d", 5), ("e", nil), ("f", 7), ("g", -1),
        ]
        #expect(ListOrdering.descending(entries) == ["c", "f", "a", "d", "g", "b", "e"])
        // Sorting again changes nothing.
        let once = ListOrdering.descending(entries)
        let again = ListOrdering.descending(once.map { key in (key: key, value: entries.first { $0.key == key }?.value ?? nil) })
        #expect(again == once)
    }

    @Test func byNameFoldsCaseAndLettersAndIsStable() {
        let entries: [(key: Int, name: String)] = [(1, "Ұлытау"), (2, "Абай"), (3, "алматы"), (4, "Абай"), (5, "Шымкент")]
        #expect(ListOrdering.byName(entries) == [2, 4, 3, 1, 5])
    }

    @Test func valueAndChangeComeFromTheMeasurements() {
        let indicator = Indicator(id: "x", name: LocalizedText(en: "X"), unit: .tenge, observations: [
            Observation(year: 2018, value: 100, source: "s", evidence: .official, quote: "q"),
            Observation(year: 2019, value: 125, source: "s", evidence: .official, quote: "q"),
            Observation(year: 2020, value: 200, projection: true, source: "s", quote: "q"),
        ])
        #expect(ListOrdering.value(of: indicator, in: 2019) == 125)
        #expect(ListOrdering.value(of: indicator, in: 2020) == nil)
        #expect(ListOrdering.change(of: indicator, in: 2019, base: nil) == 25)
        #expect(abs((ListOrdering.change(of: indicator, in: 2018, base: 2019) ?? 0) + 20) < 1e-9)
        #expect(ListOrdering.change(of: indicator, in: 2018, base: nil) == nil)
    }

    @Test func cyclingVisitsEveryOrder() {
        #expect(ListOrder.file.next == .value && ListOrder.value.next == .change && ListOrder.change.next == .name && ListOrder.name.next == .file)
    }
}
