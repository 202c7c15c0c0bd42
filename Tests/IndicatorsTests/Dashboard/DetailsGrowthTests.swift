import Foundation
import Indicators
import Testing
import Widgets
@testable import DashboardUI

/// Issue 18, class 2: the details of an indicator with many figures a year. Each figure's lines
/// once searched the year's figures (its record, its claims) and every source by id: opening the
/// details of 100 000 figures (2 000 sources a year) took 12 s. The test doubles the figures of
/// one year and compares the work within one run: linear work doubles, the searches quadrupled.
@Suite struct DetailsGrowthTests {
    private func model(sources count: Int) throws -> DashboardModel {
        let sources = (0..<count).map { #"{"id": "s\#($0)", "title": "Source \#($0)", "publisher": "P", "date": "2024"}"# }
        let observations = (0..<count).map { #"{"year": 2023, "value": \#(1000 + $0), "source": "s\#($0)", "quote": "Өңірлік өнім \#($0)"}"# }
        let text = #"{"schema": 1, "city": {"id": "m", "name": {"en": "Many"}}, "sources": [\#(sources.joined(separator: ","))], "#
            + #""indicators": [{"id": "grp", "name": {"en": "GRP"}, "unit": "count", "headline": true, "observations": [\#(observations.joined(separator: ","))]}]}"#
        return DashboardModel(dataset: try Fixtures.decode(text))
    }

    private func seconds(_ model: DashboardModel) -> (Double, Int) {
        let state = DashboardState(year: 2023)
        var best = Double.infinity
        var count = 0
        for _ in 0..<2 {
            let start = DispatchTime.now().uptimeNanoseconds
            count = OverlayContent.details(state: state, model: model, width: 70).count
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (best, count)
    }

    @Test func manyFiguresInAYearCostLinearWork() throws {
        let (once, lines) = seconds(try model(sources: 1_500))
        let (twice, more) = seconds(try model(sources: 3_000))
        #expect(more > lines * 19 / 10, "every figure has its lines: \(lines), then \(more)")
        #expect(twice / once < 3, "\(once) s for 1 500 figures, then \(twice) s for 3 000")
    }
}
