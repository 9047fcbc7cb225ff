import CCurl
import Foundation

/// The production `Transport`: libcurl with one multi handle driven by one dedicated thread.
///
/// Every request from every task in the process goes through the same multi handle, so connections
/// (and HTTP/2 streams) are reused across requests and fan-out costs no thread per request. Blocking
/// curl calls run only on the loop thread, never on Swift's cooperative pool; async callers wait on
/// continuations that the loop thread resumes. Cancelling the calling task removes its transfer from
/// the multi handle at once.
///
/// TLS verification is always on; plain http is refused for hosts other than loopback unless the
/// request allows it. Create one per process (or per command) and share it.
///
/// libcurl is loaded when the first transport is created (see `CCurl`'s CCurl.h); when it cannot be, every
/// request fails with a `TransportError` saying why instead of the process failing to start.
public final class CurlTransport: Transport {
    private let loop: CurlMultiLoop?
    /// Why libcurl could not be loaded, when it could not.
    private let unavailable: String?

    public convenience init() {
        self.init(loadError: review_curl_load_error().map { String(cString: $0) })
    }

    /// A transport over the loaded libcurl, or, given why libcurl could not be loaded, one whose every
    /// request fails with that reason (the seam tests use for a missing libcurl).
    init(loadError: String?) {
        unavailable = loadError
        loop = loadError == nil ? CurlMultiLoop() : nil
    }

    deinit {
        loop?.shutdown()
    }

    /// Stops the loop thread; requests still in flight fail with `TransportError.Kind.shutdown`.
    public func shutdown() {
        loop?.shutdown()
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let loop else { throw TransportError(.other, unavailable ?? "libcurl could not be loaded; install libcurl") }
        try URLPolicy.check(request.url, allowInsecure: request.allowInsecure)
        try Task.checkCancellation()
        let transfer = CurlTransfer(request: request)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                if transfer.attach(continuation) {
                    loop.submit(transfer)
                }
            }
        } onCancel: {
            if transfer.requestCancellation() {
                loop.cancel(transfer)
            }
        }
    }

    /// Transfers currently added to the multi handle (for tests: 0 once every request has returned).
    public var activeTransferCount: Int {
        loop?.activeCount ?? 0
    }
}
