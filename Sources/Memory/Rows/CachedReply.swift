import Foundation

/// A reply kept in the response cache: the reply's JSON as the record stores it (no key, no header) and
/// when it was first received.
public struct CachedReply: Sendable, Hashable {
    public var key: String
    public var provider: String
    public var model: String
    public var replyJSON: String
    /// Whole seconds.
    public var answeredAt: Date

    public init(key: String, provider: String, model: String, replyJSON: String, answeredAt: Date) {
        self.key = key
        self.provider = provider
        self.model = model
        self.replyJSON = replyJSON
        self.answeredAt = Date(timeIntervalSince1970: answeredAt.timeIntervalSince1970.rounded(.down))
    }
}
