/// Why no HTTP response could be had. The message never contains request headers (where keys live).
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The connect timeout or the total timeout ran out (a stalled body ends here).
        case timedOut
        /// No connection could be made (refused, unreachable, name not resolved).
        case connectionFailed
        /// The connection broke before the response was complete (reset, closed early, truncated body).
        case connectionLost
        /// The response grew past `HTTPRequest.maxResponseBytes`.
        case responseTooLarge
        /// TLS failed, certificate verification included. Never retried, never switched off.
        case tls
        /// Plain http to a host that is not loopback, without `allow_insecure`.
        case insecureURL
        /// The URL or the request could not be used at all.
        case invalidRequest
        /// The transport was shut down while the request was in flight.
        case shutdown
        /// Anything else libcurl reported.
        case other
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// Timeouts and broken connections may succeed on another attempt; the rest will not.
    public var isRetryable: Bool {
        switch kind {
        case .timedOut, .connectionFailed, .connectionLost: return true
        case .responseTooLarge, .tls, .insecureURL, .invalidRequest, .shutdown, .other: return false
        }
    }

    public var description: String { message }
}
