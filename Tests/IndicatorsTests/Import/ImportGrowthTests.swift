import Foundation
import Importers
import Testing

/// Issue 18, class 2: an import's work grows with its rows, whatever they cite. An import with
/// 100 000 distinct sources once took 96 s against 1.7 s for five sources (a look-up per row
/// through every source seen). The test doubles the rows, each with a source of its own, and
/// compares the times within one run: linear work doubles, the quadratic look-up quadrupled.
@Suite struct ImportGrowthTests {
    private func table(rows: Int, in folder: TemporaryFolder) throws -> String {
        var text = "city,indicator,year,value,unit,source\n"
        for row in 0..<rows {
            text += "almaty,ind\(row % 400),\(1900 + row / 400),\(row).5,count,Source number \(row)\n"
        }
        return try folder.write("sources-\(rows).csv", text)
    }

    private func seconds(_ path: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try CSVImporter.run(path: path, options: .init())
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            #expect(result.datasets.first?.sources.count == Int(path.split(separator: "-").last!.dropLast(4)))
        }
        return best
    }

    @Test func distinctSourcesCostLinearWork() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let once = try seconds(try table(rows: 8_000, in: folder))
        let twice = try seconds(try table(rows: 16_000, in: folder))
        #expect(twice / once < 3, "\(once) s for 8 000 sources, then \(twice) s for 16 000")
    }
}
