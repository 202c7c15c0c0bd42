import Foundation
import Testing

@testable import BureauTables

@Suite struct SummaryTests {
    /// Every table reads; prints what each gives (series, regions × periods, warnings).
    @Test(arguments: Fixtures.allTables)
    func readsEveryTable(_ name: String) throws {
        let result = try Fixtures.result(name)
        #expect(!result.observations.isEmpty)
        var lines = ["\(name): \(result.observations.count) observations"]
        let bySeries = Dictionary(grouping: result.observations, by: \.series)
        for (series, observations) in bySeries.sorted(by: { $0.key < $1.key }) {
            let regions = Set(observations.map(\.region)).count
            let periods = Set(observations.map(\.period)).count
            lines.append("  \(series) [\(observations[0].unit)]: \(observations.count) = \(regions) regions × \(periods) periods")
        }
        for warning in result.warnings { lines.append("  warning: \(warning.message)") }
        print(lines.joined(separator: "\n"))
    }
}
