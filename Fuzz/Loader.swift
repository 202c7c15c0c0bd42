// libFuzzer entry for the data-file loader: any bytes must give a dataset
// or a list of problems, never a crash, trap or hang, and the fast path
// must agree with the positioned parser. Built by Fuzz/run
// with `swiftc -sanitize=fuzzer` against the data layer (Sources/Indicators) built the same way.

@testable import Indicators

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Differential: the fast scanner may decline, but when it answers it
    // must agree exactly with the positioned parser, and never accept what
    // the positioned parser rejects.
    let fast = DatasetScanner.scan(bytes)
    let slow = try? DatasetLoader.decodeExplaining(bytes, file: "fuzz.json")
    if let fast, fast != slow {
        fatalError("fast path and positioned parser disagree")
    }
    do {
        let dataset = try DatasetLoader.decode(bytes, file: "fuzz.json")
        // A dataset that loads must be usable: the dashboard's queries on it must not trap.
        for indicator in dataset.indicators {
            for year in dataset.years {
                if let shown = indicator.shown(in: year), let previous = indicator.previous(before: year) {
                    _ = Change.between(previous.value, shown.value, unit: indicator.unit)
                }
            }
            _ = indicator.series()
        }
        _ = ValidationSummary(path: "fuzz.json", dataset: dataset).text
    } catch {
        // Every problem must print as lines, with positions inside the input.
        _ = error.description
    }
    return 0
}
