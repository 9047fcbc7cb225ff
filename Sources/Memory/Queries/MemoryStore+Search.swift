import Foundation
import SQLiteDB

extension MemoryStore {
    /// Decisions whose question, title, panel summaries or findings contain every word of `text`, best
    /// first (bm25), with a snippet marking the matched words in `[brackets]`.
    public func search(_ text: String, limit: Int = 20) throws(MemoryError) -> [SearchHit] {
        guard let query = FullTextQuery.all(text) else { return [] }
        return try read {
            try db.query("""
                SELECT \(Self.summaryColumns), snippet(decisions_fts, -1, '[', ']', '…', 12), bm25(decisions_fts) AS rank
                FROM decisions_fts JOIN decisions d ON d.id = decisions_fts.rowid
                WHERE decisions_fts MATCH ? ORDER BY rank, d.created_at DESC, d.number DESC LIMIT ?
                """, [.text(query), .integer(Int64(limit))]).map { row in
                SearchHit(decision: Self.summary(row), snippet: row[11].text ?? "", rank: row[12].real ?? 0)
            }
        }
    }

    /// Past decisions related to a new question, at most `limit`: those on a schema with one of the same
    /// `fingerprints`, then on one of the same input `paths`, then those whose text best matches `question`;
    /// newest first within each reason, each decision once.
    public func related(fingerprints: [String], paths: [String], question: String, limit: Int = 5) throws(MemoryError) -> [RelatedMatch] {
        try read {
            var matches: [RelatedMatch] = []
            var seen = Set<String>()
            func add(_ rows: [SQLiteRow], _ reason: RelatedMatch.Reason) {
                for row in rows where matches.count < limit {
                    let summary = Self.summary(row)
                    if seen.insert(summary.jsonPath).inserted { matches.append(RelatedMatch(decision: summary, reason: reason)) }
                }
            }
            for (column, values, reason) in [("fingerprint", fingerprints, RelatedMatch.Reason.sameFingerprint),
                                             ("path", paths, .sameInput)] {
                for value in Set(values).sorted() where matches.count < limit {
                    add(try db.query("""
                        SELECT \(Self.summaryColumns) FROM decisions d
                        WHERE d.id IN (SELECT i.decision_id FROM inputs i WHERE i.\(column) = ?)
                        \(Self.newestFirst) LIMIT ?
                        """, [.text(value), .integer(Int64(limit))]), reason)
                }
            }
            if matches.count < limit, let query = FullTextQuery.any(question) {
                add(try db.query("""
                    SELECT \(Self.summaryColumns) FROM decisions_fts JOIN decisions d ON d.id = decisions_fts.rowid
                    WHERE decisions_fts MATCH ? ORDER BY bm25(decisions_fts, 4.0, 1.0, 1.0), d.created_at DESC, d.number DESC LIMIT ?
                    """, [.text(query), .integer(Int64(limit))]), .textMatch)
            }
            return matches
        }
    }
}
