import Indicators
import Widgets

/// Shown instead of a broken layout when the screen is below the minimum.
public enum TooSmallNotice {
    public static func draw(_ grid: inout Grid, state: DashboardState, size: Size) {
        let text = InterfaceText.for(state.language)
        let minimum = DashboardLayout.minimumSize
        let lines = [
            text.tooSmall,
            "\(size.width)×\(size.height)",
            "\(text.needsAtLeast) \(minimum.width)×\(minimum.height)",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let cut = DisplayWidth.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(cut)) / 2)
            grid.put(cut, x: x, y: top + offset, style: offset == 0 ? Style(bold: true, role: .warning) : .plain)
        }
    }
}
