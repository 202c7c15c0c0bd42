import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// The shipped Almaty dataset: valid, sourced, and true to its articles.
@Suite struct ShippedDatasetTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.load(path: RepositoryFiles.dataset)
    }

    @Test func isLargeEnough() {
        #expect(dataset.city.id == "almaty")
        #expect(dataset.observationCount >= 40)
        #expect(dataset.years.count >= 8)
    }

    @Test func headlineFourAreTheAgreedIDs() {
        #expect(dataset.headlineIndicators.map(\.id) == ["gdp_share", "tax_share", "investment_growth", "sme_share"])
    }

    @Test func headlineValuesMatchTheArticles() {
        // 002 (2018): "елдің ЖІӨ 5 бөлігі мен салық түсімінің 4,1 бөлігін береді", "инвестициялық өсім 25",
        // "Шағын және орта бизнестің үлесі – 40%"; 003 (2019): "ЖІӨ-нің бестен бір бөлігі, салықтардың төрттен бір бөлігі".
        let expected: [(String, Int, Double, Bool, String)] = [
            ("gdp_share", 2018, 20, true, "002_60c3d3be7fa6b6d9.txt"),
            ("tax_share", 2018, 25, true, "002_60c3d3be7fa6b6d9.txt"),
            ("investment_growth", 2018, 25, false, "002_60c3d3be7fa6b6d9.txt"),
            ("sme_share", 2018, 40, false, "002_60c3d3be7fa6b6d9.txt"),
            ("gdp_share", 2019, 20, true, "003_c1d5679330d8ff67.txt"),
            ("tax_share", 2019, 25, true, "003_c1d5679330d8ff67.txt"),
        ]
        for (id, year, value, approximate, document) in expected {
            let observation = dataset.indicator(id: id)?.observations.first {
                $0.year == year && dataset.source(id: $0.source)?.document == document
            }
            #expect(observation?.value == value, "\(id) \(year)")
            #expect(observation?.approximate == approximate, "\(id) \(year)")
        }
    }

    @Test func everyObservationCitesAKnownSourceWithAQuote() {
        for indicator in dataset.indicators {
            for observation in indicator.observations {
                #expect(dataset.source(id: observation.source) != nil, "\(indicator.id) \(observation.year)")
                #expect(observation.quote.contains { !$0.isWhitespace }, "\(indicator.id) \(observation.year)")
            }
        }
    }

    @Test func everySourceSaysWhereToFindIt() {
        for source in dataset.sources {
            #expect(source.document != nil || source.url != nil, "\(source.id)")
            if let url = source.url { #expect(url.hasPrefix("https://") || url.hasPrefix("http://"), "\(source.id)") }
        }
    }

    @Test func everyNameInThreeLanguages() {
        for indicator in dataset.indicators {
            for language in Language.allCases {
                #expect(indicator.name[language] != nil, "\(indicator.id) has no \(language) name")
            }
        }
    }

    @Test func quotesFromArticlesOccurInTheArticles() throws {
        guard FileManager.default.fileExists(atPath: RepositoryFiles.seeds) else {
            // Outside this workspace the articles are not at hand; CI has them.
            return
        }
        var checked = 0
        for indicator in dataset.indicators {
            for observation in indicator.observations {
                guard let document = dataset.source(id: observation.source)?.document else { continue }
                let text = try String(contentsOfFile: RepositoryFiles.seeds + "/" + document, encoding: .utf8)
                #expect(text.contains(observation.quote), "\(indicator.id) \(observation.year): quote not in \(document)")
                checked += 1
            }
        }
        #expect(checked >= 40)
    }
}
