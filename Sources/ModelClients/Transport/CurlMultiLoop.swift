import CCurl
import Foundation
import Support

/// One curl multi handle and the thread that drives it with `curl_multi_poll`.
///
/// Other threads hand work over through a locked inbox and wake the loop with `curl_multi_wakeup`
/// (the one multi call that is safe from any thread), always while holding the inbox lock so that no
/// wakeup can race the final `curl_multi_cleanup`. Only the loop thread touches the multi handle
/// and the easy handles.
final class CurlMultiLoop: @unchecked Sendable {
    private struct Inbox {
        var additions: [CurlTransfer] = []
        var cancellations: [CurlTransfer] = []
        var stopping = false
        var stopped = false
    }

    private static let globalInit: Void = {
        review_curl_global_init(Int(CURL_GLOBAL_ALL))
    }()

    private let multi: UnsafeMutableRawPointer
    private let inbox = Locked(Inbox())
    private let active = Locked(0)
    /// Loop thread only: the transfers added to the multi handle, by easy handle.
    private var transfers: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init() {
        _ = Self.globalInit
        guard let multi = review_curl_multi_init() else {
            fatalError("libcurl could not create a multi handle (out of memory?)")
        }
        self.multi = multi
        _ = review_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        _ = review_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, 64)
        let thread = Thread { [self] in run() }
        thread.name = "review.curl"
        thread.start()
    }

    var activeCount: Int { active.current }

    func submit(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox -> Bool in
            guard !inbox.stopping else { return false }
            inbox.additions.append(transfer)
            review_curl_multi_wakeup(multi)
            return true
        }
        if !accepted {
            transfer.finish(.failure(TransportError(.shutdown, "the HTTP transport was shut down")))
        }
    }

    func cancel(_ transfer: CurlTransfer) {
        inbox.withLock { inbox in
            guard !inbox.stopped else { return }
            inbox.cancellations.append(transfer)
            review_curl_multi_wakeup(multi)
        }
    }

    /// Asks the loop to stop; returns at once. In-flight transfers fail with `.shutdown`.
    func shutdown() {
        inbox.withLock { inbox in
            guard !inbox.stopping else { return }
            inbox.stopping = true
            review_curl_multi_wakeup(multi)
        }
    }

    // MARK: loop thread

    private func run() {
        while true {
            let (additions, cancellations, stopping) = inbox.withLock { inbox in
                defer { inbox.additions = []; inbox.cancellations = [] }
                return (inbox.additions, inbox.cancellations, inbox.stopping)
            }
            if stopping {
                let error = TransportError(.shutdown, "the HTTP transport was shut down")
                for transfer in additions { transfer.finish(.failure(error)) }
                for (easy, transfer) in transfers { remove(easy, transfer, .failure(error)) }
                break
            }
            for transfer in additions { add(transfer) }
            for transfer in cancellations {
                if let easy = transfer.easy, transfers[easy] != nil {
                    remove(easy, transfer, .failure(CancellationError()))
                }
            }
            var running: Int32 = 0
            _ = review_curl_multi_perform(multi, &running)
            collectFinished()
            var ready: Int32 = 0
            _ = review_curl_multi_poll(multi, nil, 0, 1000, &ready)
        }
        // Wakeups happen under the inbox lock, so none can reach the handle after this.
        inbox.withLock { inbox in
            inbox.stopped = true
            review_curl_multi_cleanup(multi)
        }
    }

    private func add(_ transfer: CurlTransfer) {
        if transfer.isCancelRequested {
            transfer.finish(.failure(CancellationError()))
            return
        }
        do {
            let easy = try transfer.makeHandle()
            let code = review_curl_multi_add_handle(multi, easy)
            guard code == CURLM_OK else {
                transfer.releaseHandle()
                throw TransportError(.other, "libcurl could not start the request: \(String(cString: review_curl_multi_strerror(code)))")
            }
            transfers[easy] = transfer
            active.withLock { $0 = transfers.count }
        } catch {
            transfer.finish(.failure(error))
        }
    }

    private func collectFinished() {
        var queued: Int32 = 0
        while let message = review_curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                  let transfer = transfers[easy] else { continue }
            let code = message.pointee.data.result
            remove(easy, transfer, transfer.outcome(code))
        }
    }

    private func remove(_ easy: UnsafeMutableRawPointer, _ transfer: CurlTransfer, _ result: Result<HTTPResponse, any Error>) {
        review_curl_multi_remove_handle(multi, easy)
        transfers[easy] = nil
        active.withLock { $0 = transfers.count }
        transfer.releaseHandle()
        transfer.finish(result)
    }
}
