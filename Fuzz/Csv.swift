// libFuzzer entry for the CSV importer: any bytes, as a file, give datasets or a located error,
// never a crash or a hang; and whatever it accepts must follow the format's rules and load back,
// through the JSON it would write, as the same dataset.

import Foundation
import Indicators
import Importers

private let path = NSTemporaryDirectory() + "citydash-fuzz-\(getpid()).csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else {
        fatalError("cannot write \(path)")
    }
    do {
        let conversion = try CSVImporter.convert(path: path, options: .init())
        for index in conversion.cityIDs.indices {
            guard let (dataset, json) = try? conversion.dataset(at: index) else { continue }
            require(DataFormat.problems(in: dataset).isEmpty, "an imported dataset breaks the format's rules")
            guard let back = try? DatasetLoader.decode(json, file: "fuzz.json") else {
                fatalError("an imported dataset does not load back")
            }
            require(back == dataset, "an imported dataset loads back different")
        }
    } catch {
        _ = error.description
    }
    return 0
}

/// `precondition` that keeps its message in an optimised build: the fuzzer's report names the rule.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
