@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// The shipped dataset as the dashboard sees it, loaded once for all tests.
enum Shipped {
    static let model: DashboardModel = {
        do {
            return DashboardModel(dataset: try DatasetLoader.load(path: RepositoryFiles.dataset))
        } catch {
            fatalError("the shipped indicators.json does not load: \(error)")
        }
    }()

    /// The state after pressing `keys` from the opening screen at `size`.
    static func state(after keys: [KeyEvent], size: Size = Size(width: 80, height: 24)) -> DashboardState {
        var state = DashboardUpdate.start(data: DashboardData(model), size: size)
        for key in keys {
            state = DashboardUpdate.update(state, key, model: model, size: size).0
        }
        return state
    }

    /// Keys that go to `year` from anywhere: Home, then → once per year with data before it.
    static func keys(toYear year: Int) -> [KeyEvent] {
        [.home] + [KeyEvent](repeating: .right, count: model.years.firstIndex(of: year) ?? 0)
    }

    static func screen(after keys: [KeyEvent], size: Size = Size(width: 80, height: 24)) -> Grid {
        DashboardView.draw(state(after: keys, size: size), model: model, size: size)
    }
}
