import Foundation
import Indicators
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Reads data files on a thread of its own, so that a slow read (a large file, a slow disk, a file
/// with a problem near its end, which the positioned parser reads whole) never stands between a
/// key and the screen: `q` is answered while it reads. One read at a time. When it ends, a byte
/// on `wakeDescriptor` wakes the event loop, which takes the outcome (`take`) and hands it to the
/// update as a message; only the loop replaces the data it draws from.
final class BackgroundLoader: Sendable {
    struct Outcome: Sendable {
        var index: Int
        var path: String
        var result: Result<Dataset, DataFileError>
    }

    /// Readable when a read has ended: for the event loop's poll(2).
    let wakeDescriptor: Int32
    private let wakeWriter: Int32
    private let finished = Mutex<[Outcome]?>(nil)
    private let running = Atomic<Bool>(false)

    init() throws(Failure) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw Failure(message: "cannot make a pipe: \(DatasetLoader.systemMessage(errno))", exitCode: 71)  // EX_OSERR
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeDescriptor = ends[0]
        wakeWriter = ends[1]
    }

    /// Starts reading `files` again; false (and nothing started) while a read is under way.
    func start(_ files: [(index: Int, path: String)]) -> Bool {
        guard running.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            return false
        }
        let jobs = files.map { (index: $0.index, path: $0.path) }
        Thread.detachNewThread { [self] in
            // An update stopped after its commit is finished first (one `stat` when there is none).
            DataJournal.recover(besideFiles: jobs.map(\.path))
            let outcomes = jobs.map { job -> Outcome in
                do throws(DataFileError) {
                    // Never a FIFO or a device put in place of a data file: refused, not waited on.
                    return Outcome(index: job.index, path: job.path, result: .success(try DatasetLoader.load(path: job.path, streams: .refuse)))
                } catch {
                    return Outcome(index: job.index, path: job.path, result: .failure(error))
                }
            }
            finished.withLock { $0 = outcomes }
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)
        }
        return true
    }

    /// The outcome of the read that ended, once; nil while reading or when none was started.
    func take() -> [Outcome]? {
        var byte: UInt8 = 0
        while read(wakeDescriptor, &byte, 1) == 1 {}
        let outcomes = finished.withLock { value -> [Outcome]? in
            defer { value = nil }
            return value
        }
        if outcomes != nil { running.store(false, ordering: .releasing) }
        return outcomes
    }
}
