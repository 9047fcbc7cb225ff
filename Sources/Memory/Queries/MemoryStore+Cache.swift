import Foundation
import SQLiteDB

extension MemoryStore {
    /// The cached reply under `key`, if any.
    public func cachedReply(key: String) throws(MemoryError) -> CachedReply? {
        try read {
            try db.query("SELECT key, provider, model, reply, answered_at FROM response_cache WHERE key = ?", [.text(key)]).first.map { row in
                CachedReply(key: row[0].text ?? "", provider: row[1].text ?? "", model: row[2].text ?? "",
                            replyJSON: row[3].text ?? "", answeredAt: row[4].date ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    /// Stores replies in the response cache on their own, outside a decision: an audit keeps each reply the
    /// moment it arrives, so a killed audit asks no panelist twice for the same prompt.
    public func cache(_ replies: [CachedReply]) throws(MemoryError) {
        guard !replies.isEmpty else { return }
        try write {
            for reply in replies { try insert(reply) }
        }
    }

    /// The id of the newest stored decision (0 for an empty memory), for `related(…, upTo:)`.
    public func lastDecisionID() throws(MemoryError) -> Int64 {
        try read { try db.query("SELECT max(id) FROM decisions").first?[0].integer ?? 0 }
    }
}
