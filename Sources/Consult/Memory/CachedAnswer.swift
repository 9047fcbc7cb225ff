import Foundation
import ModelClients

/// A reply taken from the response cache instead of asking again, and when it was first received.
public struct CachedAnswer: Sendable {
    public var reply: Reply
    public var answeredAt: Date

    public init(reply: Reply, answeredAt: Date) {
        self.reply = reply
        self.answeredAt = answeredAt
    }
}
