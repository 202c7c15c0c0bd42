import Indicators
import Synchronization
import Widgets

/// The open box's lines, kept for the view that made them: the details of an indicator with many
/// figures wrap every quote, and the box is drawn on every key while it is open (a scroll, a
/// flood of keys). Without this each frame wrapped them all again: with 100 000 observations a
/// key press took seconds. One entry: the box on screen. Part of a `DashboardModel`.
final class OverlayLineCache: Sendable {
    struct Key: Hashable, Sendable {
        var overlay: DashboardState.Overlay
        var selection: Int
        var year: Int
        var language: Language
        var width: Int
    }

    private let entry = Mutex<(key: Key, lines: [TextBox.Line])?>(nil)

    func lines(_ key: Key, make: () -> [TextBox.Line]) -> [TextBox.Line] {
        if let cached = entry.withLock({ $0 }), cached.key == key { return cached.lines }
        let made = make()
        entry.withLock { $0 = (key, made) }
        return made
    }
}
