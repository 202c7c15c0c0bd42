// libFuzzer entry for the text that reaches a screen: word wrap, display width, truncation,
// text safety, and the grid's placement of wide characters. The first byte picks a width of
// 1 to 40 columns; the rest is the text (any bytes, decoded as UTF-8 with replacement).

import Indicators
import Widgets

@_cdecl("LLVMFuzzerTestOneInput")
public func textFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let width = Int(data[0] % 40) + 1
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)

    // Wrapped lines fit their width (but for one character wider than the width alone, which
    // has nowhere else to go), and a line is never empty.
    for line in WordWrap.lines(text, width: width) {
        require(DisplayWidth.of(line) <= width || line.count == 1, "a wrapped line is wider than the width")
        require(!line.isEmpty, "an empty wrapped line")
    }
    // Truncation fits; padding reaches the width exactly when the text fits.
    require(DisplayWidth.of(DisplayWidth.truncate(text, to: width)) <= width, "a truncated text is too wide")
    let truncated = DisplayWidth.truncate(text, to: width)
    require(DisplayWidth.of(DisplayWidth.pad(truncated, to: width)) == width, "padding missed the width")
    // What is made visible carries nothing that acts on a terminal.
    require(!TextSafety.visible(text).unicodeScalars.contains(where: TextSafety.isUnsafe), "unsafe text left visible")

    // On a grid: a two-column cell is followed by its continuation, never cut at the edge.
    var grid = Grid(size: Size(width: width, height: 2))
    let end = grid.put(text, x: 0, y: 0)
    require(end <= width, "the text ran past the grid")
    for x in 0..<width {
        let cell = grid[x, 0]
        if cell.width == 2 {
            require(x + 1 < width && grid[x + 1, 0].width == 0, "a wide cell without its continuation")
        }
        if cell.width == 0 {
            require(x > 0 && grid[x - 1, 0].width == 2, "a continuation without its wide cell")
        }
    }
    return 0
}

/// `precondition` that keeps its message in an optimised build: the fuzzer's report names the rule.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
