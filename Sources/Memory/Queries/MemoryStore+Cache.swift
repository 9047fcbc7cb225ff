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
}
