import Foundation

/// One HTTP request with the limits that apply to it.
///
/// Headers may carry an API key; an `HTTPRequest` is therefore never printed or logged as a whole
/// (its `description` leaves the header values out).
public struct HTTPRequest: Sendable, CustomStringConvertible {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: Data?
    /// Longest wait for the TCP (and TLS) connection to be set up.
    public var connectTimeout: Duration
    /// Longest time for the whole exchange, connection included. Reasoning models need minutes.
    public var timeout: Duration
    /// Responses larger than this are aborted while they arrive (default 16 MB).
    public var maxResponseBytes: Int
    /// Allows plain `http://` to hosts other than loopback. Off by default: keys would travel in clear.
    public var allowInsecure: Bool

    public static let defaultMaxResponseBytes = 16 * 1024 * 1024

    public init(method: String = "POST", url: String, headers: [HTTPHeader] = [], body: Data? = nil,
                connectTimeout: Duration = .seconds(10), timeout: Duration = .seconds(300),
                maxResponseBytes: Int = HTTPRequest.defaultMaxResponseBytes, allowInsecure: Bool = false) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.allowInsecure = allowInsecure
    }

    /// The value of the first header called `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public var description: String {
        "\(method) \(url) (headers: \(headers.map(\.name).joined(separator: ", ")))"
    }
}

/// One request header.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
