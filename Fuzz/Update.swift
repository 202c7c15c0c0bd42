// libFuzzer entry for the dashboard's update: the bytes are a script of messages (keys,
// characters, clicks, the wheel, pastes, resizes to any size from 1×1, ticks and reloads),
// played on the shipped data (indicators.json and regions/, read once from the working folder,
// which Fuzz/run sets to the repository). After every message the state must stay valid for the
// data, and every few messages the screen is drawn: the grid has exactly the screen's size and
// its wide cells are whole.

import Foundation
import Indicators
import Widgets
import DashboardUI

private let data: DashboardData = {
    var paths = ["indicators.json"]
    let regions = (try? FileManager.default.contentsOfDirectory(atPath: "regions")) ?? []
    paths += regions.filter { $0.hasSuffix(".json") }.sorted().prefix(4).map { "regions/" + $0 }
    let models = paths.map { path -> DashboardModel in
        guard let dataset = try? DatasetLoader.load(path: path) else { fatalError("cannot load \(path): run from the repository") }
        return DashboardModel(dataset: dataset)
    }
    return DashboardData(cities: models)
}()

private let characters: [Character] = Array("qQhjklpr/nNcCdsuoa?0123456789 -+.,xX\u{0430}\u{04D9}ы")
private let keys: [KeyEvent] = [.left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .tab, .backTab,
                                .enter, .escape, .backspace, .help, .scrollUp, .scrollDown]

@_cdecl("LLVMFuzzerTestOneInput")
public func updateFuzzTarget(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var index = 0
    func next() -> Int {
        defer { index += 1 }
        return index < count ? Int(bytes[index]) : 0
    }
    var size = Size(width: 80, height: 24)
    var state = DashboardUpdate.start(data: data, size: size)
    var step = 0
    while index < count {
        let code = next()
        let message: DashboardMessage
        switch code % 8 {
        case 0, 1, 2: message = .input(keys[next() % keys.count])
        case 3, 4: message = .input(.character(characters[next() % characters.count]))
        case 5: message = .input(.click(x: next() % (size.width + 2) - 1, y: next() % (size.height + 2) - 1))
        case 6:
            size = Size(width: 1 + next() % 220, height: 1 + next() % 70)
            message = .input(.resize)
        default:
            switch next() % 4 {
            case 0: message = .tick
            case 1:
                let length = next() % 64
                var text = ""
                for _ in 0..<length { text.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: next()))) }
                message = .input(.paste(text))
            case 2: message = .reloaded(files: ["indicators.json"], problems: [], previous: data.model(for: state))
            default: message = .reloaded(files: [], problems: ["indicators.json:1:1: fuzz"], previous: nil)
            }
        }
        state = DashboardUpdate.update(state, message, data: data, size: size).0
        require(data.cities.indices.contains(state.city), "the state names a city that is not loaded")
        let model = data.model(for: state)
        require(model.order.isEmpty ? state.selection == 0 : model.order.indices.contains(state.selection),
                     "the selection is outside the list")
        require(state.overlayScroll >= 0 && state.chartScroll >= 0, "a negative scroll")
        step += 1
        if step % 8 == 0 || index >= count { check(DashboardView.draw(state, data: data, size: size), size: size) }
    }
    return 0
}

private func check(_ grid: Grid, size: Size) {
    require(grid.size == size, "the grid is not the screen's size")
    for y in 0..<size.height {
        for x in 0..<size.width where grid[x, y].width == 2 {
            require(x + 1 < size.width && grid[x + 1, y].width == 0, "a wide cell cut at (\(x), \(y))")
        }
    }
}

/// `precondition` that keeps its message in an optimised build: the fuzzer's report names the rule.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
