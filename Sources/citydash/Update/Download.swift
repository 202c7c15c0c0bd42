import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How `update` downloads: timeouts, retries, size and redirect limits.
struct DownloadPolicy: Sendable {
    /// Seconds without a byte before a transfer is given up.
    var idleTimeout: Double = 30
    /// Seconds for a whole file, however it trickles.
    var totalTimeout: Double = 300
    /// Further attempts after a failure that may pass (a 5xx, a dropped connection, a timeout).
    var retries = 2
    /// Seconds before the first retry; doubled for each next one.
    var backoff: Double = 1
    /// Largest body accepted: the workbook reader's own limit.
    var maxBytes = 64 << 20
    var maxRedirects = 5
}

/// Why a download failed, and the exit status it gives.
struct DownloadFailure: Error, Sendable {
    enum Kind: Sendable {
        /// The server could not be reached or refused (exit 69, EX_UNAVAILABLE).
        case unavailable
        /// The transfer broke: dropped, timed out (exit 74, EX_IOERR).
        case transfer
        /// What came is not a table this program accepts (exit 65, EX_DATAERR).
        case refused
        case interrupted
    }

    var kind: Kind
    var message: String
    var retryable: Bool

    var exitCode: Int32 {
        switch kind {
        case .unavailable: 69
        case .transfer: 74
        case .refused: 65
        case .interrupted: 130
        }
    }
}

/// One file fetched with URLSession (FoundationNetworking on Linux), its body kept in memory
/// up to the size limit. TLS is verified by the system's trust store: no delegate here answers
/// a server-trust challenge, so a certificate that does not verify fails the download.
final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private let policy: DownloadPolicy
    private var body = Data()
    private var expected: Int64 = -1
    private var status = 0
    private var redirects = 0
    private var refusal: DownloadFailure?
    private var error: Error?

    private init(policy: DownloadPolicy) {
        self.policy = policy
    }

    /// Fetches `address`, retrying what may pass with a growing pause. `progress(received, expected)`
    /// is called about ten times a second; `interrupted()` is asked as often and cancels.
    static func fetch(_ address: String, policy: DownloadPolicy, interrupted: () -> Bool,
                      progress: (Int, Int64) -> Void) -> Result<Data, DownloadFailure> {
        var attempt = 0
        while true {
            let result = Download(policy: policy).once(address, interrupted: interrupted, progress: progress)
            guard case .failure(let failure) = result, failure.retryable, attempt < policy.retries else { return result }
            let pause = policy.backoff * Double(1 << attempt)
            attempt += 1
            let until = Date().addingTimeInterval(pause)
            while Date() < until {
                if interrupted() { return .failure(DownloadFailure(kind: .interrupted, message: "interrupted", retryable: false)) }
                Thread.sleep(forTimeInterval: min(0.05, max(0, until.timeIntervalSinceNow)))
            }
        }
    }

    private func once(_ address: String, interrupted: () -> Bool, progress: (Int, Int64) -> Void) -> Result<Data, DownloadFailure> {
        guard let url = URL(string: address) else {
            return .failure(DownloadFailure(kind: .unavailable, message: "\(address): not an address", retryable: false))
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.idleTimeout
        configuration.timeoutIntervalForResource = policy.totalTimeout
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = ["User-Agent": "citydash/\(ProgramVersion.number) (update)"]
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let task = session.dataTask(with: url)
        task.resume()
        let started = Date()
        while finished.wait(timeout: .now() + 0.1) == .timedOut {
            let (received, expected) = lock.withLock { (body.count, self.expected) }
            progress(received, expected)
            if interrupted() {
                task.cancel()
                finished.wait()
                return .failure(DownloadFailure(kind: .interrupted, message: "interrupted", retryable: false))
            }
            if Date().timeIntervalSince(started) > policy.totalTimeout + 1 {
                task.cancel()
                finished.wait()
                return .failure(DownloadFailure(kind: .transfer, message: "\(address): no whole file within \(Int(policy.totalTimeout)) s", retryable: true))
            }
        }
        return lock.withLock { outcome(address) }
    }

    private func outcome(_ address: String) -> Result<Data, DownloadFailure> {
        if let refusal { return .failure(refusal) }
        if let error {
            let code = (error as NSError).code
            if code != NSURLErrorTimedOut, status == 200, expected > 0, Int64(body.count) < expected {
                return .failure(DownloadFailure(kind: .transfer, message: "\(address): the connection was dropped after \(body.count) of \(expected) bytes", retryable: true))
            }
            let reason = (error as NSError).localizedDescription
            // FoundationNetworking reports libcurl's TLS failures as NSURLErrorUnknown with curl's words.
            if reason.contains("SSL") || reason.contains("certificate") {
                return .failure(DownloadFailure(kind: .unavailable, message: "\(address): the server's certificate does not verify (\(reason)); verification is never turned off", retryable: false))
            }
            switch code {
            case NSURLErrorTimedOut:
                return .failure(DownloadFailure(kind: .transfer, message: "\(address): timed out: no data for \(Self.seconds(policy.idleTimeout)) s", retryable: true))
            case NSURLErrorNetworkConnectionLost:
                return .failure(DownloadFailure(kind: .transfer, message: "\(address): the connection was dropped after \(body.count) bytes", retryable: true))
            case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorNotConnectedToInternet, NSURLErrorDNSLookupFailed:
                return .failure(DownloadFailure(kind: .unavailable, message: "\(address): cannot connect: \(reason)", retryable: code == NSURLErrorCannotConnectToHost))
            case NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateHasUnknownRoot,
                 NSURLErrorServerCertificateNotYetValid, NSURLErrorSecureConnectionFailed:
                return .failure(DownloadFailure(kind: .unavailable, message: "\(address): the server's certificate does not verify (\(reason)); verification is never turned off", retryable: false))
            default:
                return .failure(DownloadFailure(kind: .transfer, message: "\(address): \(reason)", retryable: true))
            }
        }
        guard status == 200 else {
            let retry = status >= 500 || status == 429 || status == 408
            return .failure(DownloadFailure(kind: .unavailable, message: "\(address): the server answered \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))", retryable: retry))
        }
        if expected >= 0, Int64(body.count) != expected {
            return .failure(DownloadFailure(kind: .transfer, message: "\(address): the connection was dropped after \(body.count) of \(expected) bytes", retryable: true))
        }
        return .success(body)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    // MARK: - URLSessionDataDelegate

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        let allowed = lock.withLock { () -> Bool in
            status = http?.statusCode ?? 0
            expected = response.expectedContentLength
            if status == 200, expected > Int64(policy.maxBytes) {
                refusal = DownloadFailure(kind: .refused, message: "\(response.url?.absoluteString ?? ""): \(expected) bytes, more than the limit of \(policy.maxBytes) bytes for a table", retryable: false)
                return false
            }
            return status == 200
        }
        completionHandler(allowed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            body.append(data)
            guard body.count > policy.maxBytes else { return false }
            refusal = DownloadFailure(kind: .refused, message: "\(dataTask.originalRequest?.url?.absoluteString ?? ""): more than the limit of \(policy.maxBytes) bytes for a table", retryable: false)
            return true
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let follow = lock.withLock { () -> Bool in
            redirects += 1
            let from = task.originalRequest?.url?.absoluteString ?? ""
            guard redirects <= policy.maxRedirects else {
                refusal = DownloadFailure(kind: .unavailable, message: "\(from): more than \(policy.maxRedirects) redirects (a redirect loop?)", retryable: false)
                return false
            }
            let scheme = request.url?.scheme?.lowercased()
            guard scheme == "https" || (scheme == "http" && task.originalRequest?.url?.scheme?.lowercased() == "http") else {
                refusal = DownloadFailure(kind: .unavailable, message: "\(from): redirected to \(request.url?.absoluteString ?? "?"), which is not followed (only https, or http from http)", retryable: false)
                return false
            }
            return true
        }
        if follow {
            completionHandler(request)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if let error, (error as NSError).code != NSURLErrorCancelled || refusal == nil && status == 200 { self.error = error }
        }
        finished.signal()
    }
}
