import CCurl
import Foundation
import Support

/// One request's life inside the curl loop: its easy handle, the bytes arriving, and the continuation
/// that the loop thread resumes exactly once.
///
/// `attach`, `requestCancellation` and `finish` may run on any thread (they take the state lock);
/// everything else runs on the loop thread only.
final class CurlTransfer: @unchecked Sendable {
    enum Phase {
        case created, submitted, finished
    }

    private struct State {
        var phase = Phase.created
        var cancelRequested = false
        var continuation: CheckedContinuation<HTTPResponse, any Error>?
    }

    let request: HTTPRequest
    private let state = Locked(State())

    // Loop thread only.
    var easy: UnsafeMutableRawPointer?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var errorBuffer: UnsafeMutablePointer<CChar>?
    var body: [UInt8] = []
    var headerLines: [String] = []
    var overflowed = false

    init(request: HTTPRequest) {
        self.request = request
    }

    deinit {
        releaseHandle()
    }

    // MARK: any thread

    /// Stores the continuation; false (and the continuation resumed with CancellationError) when the
    /// task was cancelled before the transfer could be submitted.
    func attach(_ continuation: CheckedContinuation<HTTPResponse, any Error>) -> Bool {
        let cancelled = state.withLock { state -> Bool in
            if state.cancelRequested {
                state.phase = .finished
                return true
            }
            state.continuation = continuation
            state.phase = .submitted
            return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
        return !cancelled
    }

    /// Marks the transfer cancelled; true when the loop must remove it (it was already submitted).
    func requestCancellation() -> Bool {
        state.withLock { state in
            state.cancelRequested = true
            return state.phase == .submitted
        }
    }

    var isCancelRequested: Bool {
        state.withLock { $0.cancelRequested }
    }

    /// Resumes the caller once; later calls do nothing.
    func finish(_ result: Result<HTTPResponse, any Error>) {
        let continuation = state.withLock { state -> CheckedContinuation<HTTPResponse, any Error>? in
            guard state.phase != .finished else { return nil }
            state.phase = .finished
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(with: result)
    }

    // MARK: loop thread

    /// Creates and configures the easy handle. `userdata` is this object, unretained: the loop keeps
    /// the transfer alive while the handle exists.
    func makeHandle() throws(TransportError) -> UnsafeMutableRawPointer {
        guard let easy = review_curl_easy_init() else {
            throw TransportError(.other, "libcurl could not create a handle (out of memory?)")
        }
        self.easy = easy
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        buffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        errorBuffer = buffer
        let me = Unmanaged.passUnretained(self).toOpaque()

        var failed: CURLcode = CURLE_OK
        func set(_ code: CURLcode) { if code != CURLE_OK && failed == CURLE_OK { failed = code } }
        set(review_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, buffer))
        set(review_easy_setopt_string(easy, CURLOPT_URL, request.url))
        set(review_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"))
        set(review_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1))
        set(review_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0))
        set(review_easy_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, 1))
        set(review_easy_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, 2))
        set(review_easy_setopt_long(easy, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)))
        if request.url.lowercased().hasPrefix("https:") {
            // Wait for a connection that may multiplex (HTTP/2) rather than opening one per request.
            set(review_easy_setopt_long(easy, CURLOPT_PIPEWAIT, 1))
        }
        set(review_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeout)))
        set(review_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeout)))
        set(review_easy_setopt_offset(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)))
        set(review_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""))
        set(review_easy_setopt_string(easy, CURLOPT_CUSTOMREQUEST, request.method))
        if let body = request.body {
            set(review_easy_setopt_offset(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            body.withUnsafeBytes { raw in
                set(review_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: raw.baseAddress)))
            }
        } else if request.method == "GET" {
            set(review_easy_setopt_long(easy, CURLOPT_HTTPGET, 1))
        }
        var list: UnsafeMutablePointer<curl_slist>?
        // An empty "Expect:" stops curl from waiting for 100-continue on larger bodies.
        for line in request.headers.map({ "\($0.name): \($0.value)" }) + ["Expect:"] {
            list = review_curl_slist_append(list, line)
        }
        headerList = list
        set(review_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, list))
        set(review_easy_setopt_write_function(easy, CURLOPT_WRITEFUNCTION, curlWriteBody))
        set(review_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me))
        set(review_easy_setopt_write_function(easy, CURLOPT_HEADERFUNCTION, curlWriteHeader))
        set(review_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me))
        if failed != CURLE_OK {
            throw TransportError(.invalidRequest, "libcurl rejected an option: \(String(cString: review_curl_easy_strerror(failed)))")
        }
        return easy
    }

    /// The response, once curl reports the transfer done with `code`.
    func outcome(_ code: CURLcode) -> Result<HTTPResponse, any Error> {
        guard code == CURLE_OK else {
            return .failure(error(for: code))
        }
        var status = 0
        if let easy { _ = review_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status) }
        var headers: [String: String] = [:]
        for line in headerLines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            headers[name] = value
        }
        return .success(HTTPResponse(status: status, headers: headers, body: Data(body)))
    }

    private func error(for code: CURLcode) -> TransportError {
        let detail = errorBuffer.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? String(cString: review_curl_easy_strerror(code))
        let host = URLComponents(string: request.url)?.host ?? "the server"
        if overflowed || code == CURLE_FILESIZE_EXCEEDED {
            return TransportError(.responseTooLarge, "the response from \(host) is larger than the limit of \(request.maxResponseBytes) bytes; it was aborted")
        }
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return TransportError(.timedOut, "timed out talking to \(host): \(detail)")
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return TransportError(.connectionFailed, "could not connect to \(host): \(detail)")
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return TransportError(.connectionLost, "the connection to \(host) broke: \(detail)")
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
            return TransportError(.tls, "TLS with \(host) failed: \(detail)")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return TransportError(.invalidRequest, "the URL for \(host) cannot be used: \(detail)")
        default:
            return TransportError(.other, "request to \(host) failed: \(detail) (curl error \(code.rawValue))")
        }
    }

    /// Frees the easy handle and what it points to. The caller removed it from the multi handle first.
    func releaseHandle() {
        if let easy { review_curl_easy_cleanup(easy) }
        easy = nil
        if let headerList { review_curl_slist_free_all(headerList) }
        headerList = nil
        errorBuffer?.deallocate()
        errorBuffer = nil
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}

/// libcurl's write callback: appends body bytes, or returns 0 (abort) past the size cap.
private let curlWriteBody: review_write_callback = { data, size, count, userdata in
    guard let data, let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    if transfer.body.count + length > transfer.request.maxResponseBytes {
        transfer.overflowed = true
        return 0
    }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        transfer.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
    return length
}

/// libcurl's header callback: collects header lines; a new status line starts a new set.
private let curlWriteHeader: review_write_callback = { data, size, count, userdata in
    guard let data, let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
    if line.hasPrefix("HTTP/") {
        transfer.headerLines.removeAll()
    } else if !line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        transfer.headerLines.append(line)
    }
    return length
}
