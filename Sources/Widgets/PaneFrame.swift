import Indicators

/// A box with a title in its top border. The focused pane's border is bold
/// and coloured; the others are dim, so focus shows without colour too.
public enum PaneFrame {
    public static func draw(_ grid: inout Grid, _ rect: Rect, title: String, focused: Bool, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = focused ? Style(bold: true, role: .accent) : Style(dim: true, role: .muted)
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        grid.fill(rect.inner)
        grid.put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: rect.x, y: rect.y, style: border)
        for y in (rect.y + 1)..<bottom {
            grid.put("│", x: rect.x, y: y, style: border)
            grid.put("│", x: right, y: y, style: border)
        }
        grid.put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: rect.x, y: bottom, style: border)
        if rect.width > 4, !title.isEmpty {
            let text = DisplayWidth.truncate(" " + title + " ", to: rect.width - 2)
            grid.put(text, x: rect.x + 1, y: rect.y, style: titleStyle ?? Style(bold: true, role: focused ? .accent : .title))
        }
    }
}
