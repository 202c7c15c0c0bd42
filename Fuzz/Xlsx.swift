// libFuzzer entry for the workbook reader: any bytes, as a file, give a workbook or a located
// error, never a crash, a hang or memory out of bounds (zip bombs are refused by XLSXLimits);
// and every bureau table reader, given whatever workbook comes out, answers with observations or
// an error. The bytes go through a file because that is how the program reads a workbook
// (ZIPFoundation's in-memory archive keeps each archive it fails to open: a leak per run here).

import BureauTables
import Foundation

private let path = NSTemporaryDirectory() + "citydash-fuzz-\(getpid()).xlsx"

@_cdecl("LLVMFuzzerTestOneInput")
public func xlsxFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else {
        fatalError("cannot write \(path)")
    }
    guard let workbook = try? XLSXReader.read(path: path) else { return 0 }
    for kind in BureauTableKind.allCases {
        _ = try? BureauTables.read(workbook, kind: kind)
    }
    return 0
}
