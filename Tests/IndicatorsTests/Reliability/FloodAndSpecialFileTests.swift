import Foundation
import Indicators
import Testing

/// Issue 18, classes 4 and 6: special files in place of data, and floods of keys.
@Suite(.serialized) struct FloodAndSpecialFileTests {
    /// The dashboard on a copy of the shipped data in `folder`, its first frame drawn.
    private func dashboardOnACopy(in folder: TemporaryFolder) throws -> (data: String, tmux: TmuxSession) {
        let data = folder.path + "/indicators.json"
        try FileManager.default.copyItem(atPath: RepositoryFiles.dataset, toPath: data)
        let tmux = try TmuxSession.dashboard(data: data)
        try tmux.waitFor(text: "Indicators · 2024")
        return (data, tmux)
    }

    /// A FIFO with no writer: opening it to read would block forever. The loader opens without
    /// blocking and looks at the kind first: the dashboard's reload refuses it at once, the
    /// command line reads it as a stream (here: empty, since no one writes).
    @Test func aFIFOIsLookedAtBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path + "/data.json"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: DataFileError.unreadable(path: fifo, reason: "it is a FIFO (named pipe), not a regular file")) {
            try DatasetLoader.readFile(fifo, streams: .refuse)
        }
        // No writer: a stream that ends at once, not a wait.
        #expect(try DatasetLoader.readFile(fifo, streams: .read).isEmpty)
        let validate = try Command.run(TmuxSession.binary, ["validate", "--data", fifo])
        #expect(validate.status == 65, "\(validate.output)")
    }

    @Test func aCharacterDeviceIsReadAsAStreamOrRefused() throws {
        #expect(throws: DataFileError.unreadable(path: "/dev/null", reason: "it is a character device, not a regular file")) {
            try DatasetLoader.readFile("/dev/null", streams: .refuse)
        }
        #expect(try DatasetLoader.readFile("/dev/null").isEmpty)
    }

    @Test func importRefusesAFIFOWithoutWaitingOnIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path + "/table.csv"
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try Command.shell(#""$B" import "$F" --output "$O" 2>&1"#, environment: ["F": fifo, "O": folder.path + "/out"])
        #expect(result.status == 74, "\(result.output)")
        #expect(result.output.contains("it is a FIFO (named pipe), not a CSV file"), "\(result.output)")
    }

    /// A FIFO put in place of the watched data file: the dashboard notices the change (the
    /// file's kind and inode, not only its contents), keeps the last good data, says why, and
    /// still answers `q`; before, it blocked in open(2).
    @Test func aFIFOInPlaceOfTheWatchedFileDoesNotBlockTheDashboard() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (data, tmux) = try dashboardOnACopy(in: folder)
        try FileManager.default.removeItem(atPath: data)
        #expect(mkfifo(data, 0o644) == 0)
        let screen = try tmux.waitFor(text: "FIFO")
        #expect(screen.contains("Indicators · 2024"), "the last good data stays on screen:\n\(screen)")
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }

    /// 20 000 arrow keys typed at once, then `q`: the keys are read a batch at a time and
    /// drawn between batches, and the `q` behind them ends the dashboard.
    @Test func aFloodOfKeysEndsWithTheQBehindIt() throws {
        let tmux = try TmuxSession.dashboard()
        try tmux.waitFor(text: "Indicators · 2024")
        try tmux.send("-N", "20000", "Down")
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0", timeout: 60)
    }

    /// A data file replaced by a large one with a problem near its end (which the positioned
    /// parser reads whole: seconds) is read behind the screen: the status bar says so, keys are
    /// answered meanwhile, and when the read ends the last good data stays with the problem named.
    /// Before, the whole read stood between a key and the screen.
    @Test func aSlowReloadDoesNotHoldTheKeys() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (data, tmux) = try dashboardOnACopy(in: folder)
        // 4 000 indicators of 50 observations (about 15 MB), the last value a string.
        var text = #"{"schema": 1, "city": {"id": "almaty", "name": {"en": "Almaty"}}, "sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2024"}], "indicators": ["#
        for index in 0..<4000 {
            text += index == 0 ? "" : ",\n"
            text += #"{"id": "i\#(index)", "name": {"en": "I \#(index)"}, "unit": "count", "observations": ["#
            text += (1974...2023).map { year in
                let value = index == 3999 && year == 2023 ? #""x""# : "\(index * 7 + year)"
                return #"{"year": \#(year), "value": \#(value), "source": "s", "quote": "Өңірлік өнім \#(year)"}"#
            }.joined(separator: ", ")
            text += "]}"
        }
        text += "]}"
        try text.write(toFile: folder.path + "/next.json", atomically: false, encoding: .utf8)
        #expect(rename(folder.path + "/next.json", data) == 0)
        try tmux.waitFor(text: "Reading indicators.json…")
        try tmux.send("Left")
        let screen = try tmux.waitFor(text: "Indicators · 2023")
        #expect(screen.contains("Reading indicators.json…"), "the key was answered only after the read:\n\(screen)")
        let after = try tmux.waitFor(text: "Kept the last good data", timeout: 120)
        #expect(after.contains("Indicators · 2023"))
        try tmux.send("q")
        try tmux.expectTerminalRestored(status: "0")
    }
}
