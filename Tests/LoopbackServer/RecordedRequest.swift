import Foundation

/// A request as the loopback server received it, headers included (so tests can check that keys
/// travel only in the header meant for them).
public struct RecordedRequest: Sendable {
    public let method: String
    public let path: String
    public let headers: [(name: String, value: String)]
    public let body: Data
    /// The model named in the body (`model`) or in a Gemini path (`models/{model}:generateContent`).
    public let model: String?
    /// Which accepted connection (0, 1, ...) carried it.
    public let connection: Int

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body as JSON, if it is.
    public var json: Any? {
        try? JSONSerialization.jsonObject(with: body)
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
