import Foundation

/// Paths of files the tests read from the repository and its neighbours.
enum RepositoryFiles {
    /// The package root, found from this file's place in Tests/IndicatorsTests/Support/.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let dataset = root + "/indicators.json"

    /// The source articles, beside the repository in ../shared/seeds/ (present in CI).
    static let seeds = URL(fileURLWithPath: root).deletingLastPathComponent().path + "/shared/seeds"
    /// The statistics bureau's tables (read-only inputs, never copied into the repository).
    static let bureau = URL(fileURLWithPath: root).deletingLastPathComponent().path + "/shared/data/bns"
}
