import Indicators
import Widgets

/// Shown instead of a broken layout when the screen is below the minimum.
enum TooSmallNotice {
    static func notice(language: Language, size: Size) -> CenteredNotice {
        let text = InterfaceText.for(language)
        let minimum = DashboardLayout.minimumSize
        return CenteredNotice(lines: [
            text.tooSmall, "\(size.width)×\(size.height)", "\(text.needsAtLeast) \(minimum.width)×\(minimum.height)",
        ])
    }
}
