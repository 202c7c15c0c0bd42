import Foundation
import Testing
@testable import Indicators

/// The shipped file read with the periods, kinds of evidence and records:
/// each correction the periods issue asked for, checked against the file.
@Suite struct ShippedCorrectionsTests {
    let dataset = Shipped.model.dataset

    private func indicator(_ id: String) throws -> Indicator {
        try #require(dataset.indicator(id: id), "\(id) is missing")
    }

    private func observation(_ id: String, _ year: Int, source: String) throws -> Observation {
        try #require(try indicator(id).observations.first { $0.year == year && $0.source == source }, "\(id) \(year) \(source)")
    }

    @Test func everySourceSaysWhatKindOfEvidenceItIs() {
        for source in dataset.sources { #expect(source.kind != .user, "\(source.id) has no kind") }
        let kinds = Set(dataset.sources.map(\.kind))
        #expect(kinds.isSuperset(of: [.official, .statement, .press, .derived]))
    }

    @Test func theForumsInvestmentGrowthIsAJanuaryToNovemberStatementBesideTheYear() throws {
        let growth = try indicator("investment_growth")
        let forum = try observation("investment_growth", 2018, source: "almaty-invest-2018")
        #expect(forum.value == 25 && forum.period == .months(first: 1, last: 11) && forum.evidence == .statement)
        #expect(growth.shown(in: 2018)?.value == 10.9 && growth.shown(in: 2018)?.evidence == .official)
        let claim = try #require(growth.claims(in: 2018).first { $0.claim == forum })
        #expect(claim.periodsDiffer && claim.record.value == 10.9)
        let foreign = try observation("foreign_investment_growth", 2018, source: "almaty-invest-2018")
        #expect(foreign.value == 24 && foreign.period == .months(first: 1, last: 11))
        #expect(try indicator("foreign_investment_growth").shown(in: 2018)?.value == 17.6)
        // Kazinform's English report of the same speech: 21 %, the same part of the year.
        #expect(try observation("investment_growth", 2018, source: "kazinform-2018-foreign-investment-3b").value == 21)
    }

    @Test func investmentIn2019IsTheWholeYearAndTheNineMonthsAreLabelled() throws {
        let investment = try indicator("investment_fixed_capital")
        let nine = try observation("investment_fixed_capital", 2019, source: "kazinform-2020-82-investment-projects")
        #expect(nine.value == 534_600_000_000 && nine.period == .months(first: 1, last: 9))
        #expect(investment.shown(in: 2019)?.value == 820_449_000_000)
        // So the change into 2020 is the year's, not January–September's: +19.1 %, not +81.7 %.
        let year2020 = try #require(investment.shown(in: 2020))
        let change = try #require(Change.between(820_449_000_000, year2020.value, unit: .tenge))
        guard case .percent(let percent) = change else { Issue.record("an amount changes in percent"); return }
        #expect(abs(percent - 19.06) < 0.01)
    }

    @Test func presentTenseSharesAreFiledByThePeriodTheirWordsReferTo() throws {
        let share = try indicator("gdp_share")
        #expect(try observation("gdp_share", 2012, source: "kazworld-2013-key-projects").value == 18)
        #expect(try observation("gdp_share", 2011, source: "tengrinews-2011-every-8th").note?.contains("Period not stated") == true)
        let mayor2015 = try observation("gdp_share", 2015, source: "kazinform-2016-grp-8-5-trln")
        let claim = try #require(share.claims(in: 2015).first { $0.claim == mayor2015 })
        guard case .points(let gap) = claim.gap else { Issue.record("a share's gap is in points"); return }
        #expect(claim.record.value == 22.26 && abs(gap + 2.26) < 1e-9)  // said 20 %, bureau 22.3 %
        #expect(try observation("grp_per_capita_usd", 2012, source: "kazworld-2013-key-projects").value == 25_000)
        #expect(try indicator("grp_per_capita_usd").shown(in: 2012)?.value == 26_208.8)
        for (id, year) in [("gdp_share", 2011), ("gdp_share", 2012), ("gdp_share", 2015), ("grp_per_capita_usd", 2012)] {
            let notes = try self.indicator(id).observations.filter { $0.year == year && $0.isClaim }.compactMap(\.note)
            #expect(!notes.isEmpty && notes.allSatisfy { !$0.isEmpty }, "\(id) \(year) says why it is filed there")
        }
    }

    @Test func dollarGRPIsOneIndicatorWithoutThe1993Conversion() throws {
        #expect(dataset.indicator(id: "non_resource_economy_usd") == nil && dataset.indicator(id: "economy_size_usd") == nil)
        let usd = try indicator("grp_usd")
        #expect(!usd.observations.contains { $0.year == 1993 })
        let nonResource = try observation("grp_usd", 2018, source: "almaty-invest-2018")
        #expect(nonResource.value == 35_000_000_000 && nonResource.note?.contains("non-resource") == true)
        #expect(try observation("grp_usd", 2019, source: "financial-forum-2019").value == 35_600_000_000)
    }

    @Test func smeSharesOfTaxesAndOfTheCityBudgetStayApartAndSayWhy() throws {
        let taxes = try observation("sme_tax_share", 2011, source: "tengrinews-2012-almaty-budget-415bn")
        let budget = try observation("sme_budget_revenue_share", 2013, source: "kazworld-2013-key-projects")
        #expect(taxes.note?.contains("different base") == true)
        #expect(budget.note?.contains("Not the same as") == true)
    }

    @Test func theOfficialPopulationIsTheBureausCountAndThreeMillionIsAStatement() throws {
        let population = try indicator("population")
        #expect(!population.observations.contains { $0.value == 3_000_000 })
        let official = try #require(population.shown(in: 2019))
        #expect(official.value == 1_854_656 && official.period == .on(month: 1, day: 1) && official.evidence == .official)
        let president = try observation("population", 2019, source: "kazinform-2019-president-investment-centre")
        #expect(president.value == 1_800_000 && president.evidence == .statement)
        let three = try observation("population_unofficial_estimate", 2019, source: "financial-forum-2019")
        #expect(three.value == 3_000_000 && three.evidence == .statement)
    }

    @Test func theMayorsTwoTaxSharesOf2018AreStatementsInConflict() throws {
        let quarter = try observation("tax_share", 2018, source: "almaty-invest-2018")
        let third = try observation("tax_share", 2018, source: "kazinform-2018-quarter-of-economy")
        #expect(quarter.value == 25 && quarter.evidence == .statement && quarter.note?.contains("CONFLICT") == true)
        #expect(abs(third.value - 33.3) < 0.01 && third.evidence == .statement && third.note?.contains("CONFLICT") == true)
        #expect(try indicator("tax_share").sourcesDisagree(in: 2018))
    }

    @Test func partYearFiguresOf2011And2014CarryTheirPeriods() throws {
        #expect(try observation("nominal_money_income_per_capita_monthly", 2011, source: "tengrinews-2011-every-8th").period
                == .months(first: 1, last: 10))
        for id in ["nobel_aff_supply_ekr", "maslodel_supply_ekr"] {
            #expect(try observation(id, 2014, source: "almaty-ekr-business-forum-2014").period == .months(first: 1, last: 8))
        }
    }

    @Test func growthRatesSayRealWhereTheWordsOrTheBureausIndexDo() throws {
        let growth = try indicator("investment_growth")
        for observation in growth.observations where observation.evidence == .official {
            #expect(observation.note?.hasPrefix("Real: the bureau's volume index") == true, "\(observation.year)")
        }
        #expect(try observation("investment_growth", 2020, source: "kazinform-2021-growth-despite-pandemic").note?.hasPrefix("Real") == true)
    }

    @Test func seedArticlesNameTheirPublisherAndEventAndKeepTheFileAsAReference() throws {
        let seeds = dataset.sources.filter { $0.document != nil }
        #expect(seeds.count == 5)
        for source in seeds {
            #expect(!source.publisher.contains("(not named)"), "\(source.id)")
            #expect(source.description?.contains(source.document ?? "-") == true, "\(source.id) keeps its file as a reference")
        }
        #expect(dataset.source(id: "financial-forum-2019")?.publisher.hasPrefix("Kazinform") == true)
        #expect(dataset.source(id: "almaty-ekr-business-forum-2014")?.publisher.hasPrefix("Kazinform") == true)
        #expect(dataset.source(id: "memtapsyrys-2017")?.publisher.contains("press service") == true)
        #expect(dataset.source(id: "almaty-invest-2018")?.date == "2018-11")
    }

    @Test func everyOfficialFigureQuotesItsCellAndTheBureausPublishedShareAgreesWithTheDerived() throws {
        for indicator in dataset.indicators {
            let fromTables = indicator.observations.filter { $0.evidence == .official && !$0.source.hasPrefix("bns-publication") }
            for figure in fromTables {
                // `file.xlsx: sheet!B25`, or `file.csv: line 12`.
                #expect(figure.quote.contains("!") || figure.quote.contains(".csv: line "), "\(indicator.id) \(figure.year) names its sheet and cell")
            }
        }
        let share = try indicator("gdp_share")
        let published = try observation("gdp_share", 2022, source: "bns-publication-5002")
        let derived = try #require(share.observations.first {
            $0.year == 2022 && $0.period == .year && $0.source.hasPrefix("bns-derived-gdp-share-grp-by-region")
        })
        #expect(share.shown(in: 2022) == published)
        #expect(abs(published.value - derived.value) <= 0.05)  // the publication rounds to one decimal
        // The headline has an official value for every year 2008–2023.
        for year in 2008...2023 { #expect(share.shown(in: year)?.isRecord == true, "\(year)") }
    }

    /// The issue's "done when": `citydash snapshot --year 2018`.
    @Test func theSnapshotOf2018ShowsTheYearAndTheForumsStatementWithItsGap() throws {
        let text = try Command.shell(#""$B" snapshot --data "$D" --year 2018 --width 100 --height 30"#)
        #expect(text.status == 0 && text.output.contains("Investment growth") && text.output.contains("+10.9 %!"))
        let markdown = try Command.shell(#""$B" snapshot --data "$D" --year 2018 --format markdown"#)
        #expect(markdown.output.contains("## Claims and records"))
        // Each figure with its note number: the statement's words and the bureau's table cell are in the notes.
        #expect(markdown.output.contains(try Regex(#"\| Investment growth \| Jan–Nov 2018 \| \+25\.0 % \[[0-9]+\] \| Unnamed Kazakh-language news site, 2018-11 \| "#)))
        #expect(markdown.output.contains(try Regex(#"\| \+10\.9 % \[[0-9]+\] \| \+14\.1 pp \(different periods\) \|"#)))
    }
}
