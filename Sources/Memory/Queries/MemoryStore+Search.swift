import Foundation
import SQLiteDB

extension MemoryStore {
    /// How many of the newest matches a search ranks by relevance. Ranking every match of a common word
    /// costs time in proportion to the memory's size; this bounds it (and recent decisions matter more).
    public static let rankingWindow = 1000

    /// The smallest rowid among the newest `rankingWindow` matches of `query` (0 when there are fewer):
    /// FTS5 walks its doclists in rowid order and stops there, without ranking anything.
    /// With `upTo`, among the matches whose rowid is at most that.
    func windowStart(_ query: String, upTo: Int64? = nil) throws -> Int64 {
        let bound = upTo == nil ? "" : " AND rowid <= ?"
        return try db.query("SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ?\(bound) ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                            [.text(query)] + (upTo.map { [.integer($0)] } ?? []) + [.integer(Int64(Self.rankingWindow - 1))])
            .first?[0].integer ?? 0
    }

    /// Decisions whose question, title, panel summaries or findings contain every word of `text`, best
    /// first (bm25 among the newest `rankingWindow` matches), with a snippet marking the matched words in
    /// `[brackets]`.
    public func search(_ text: String, limit: Int = 20) throws(MemoryError) -> [SearchHit] {
        guard let query = FullTextQuery.all(text) else { return [] }
        return try read {
            let start = try windowStart(query)
            // The best `limit` rowids first, inside FTS5 (its own rank sorter); snippets and the decision's
            // columns only for those (CROSS JOIN keeps that order: top first), not for every match.
            return try db.query("""
                WITH top AS (SELECT rowid AS id, rank FROM decisions_fts WHERE decisions_fts MATCH ?1 AND rowid >= ?3
                             ORDER BY rank LIMIT ?2)
                SELECT \(Self.summaryColumns), snippet(decisions_fts, -1, '[', ']', '…', 12), top.rank
                FROM top CROSS JOIN decisions_fts CROSS JOIN decisions d
                WHERE decisions_fts MATCH ?1 AND decisions_fts.rowid = top.id AND d.id = top.id
                ORDER BY top.rank, d.created_at DESC, d.number DESC
                """, [.text(query), .integer(Int64(limit)), .integer(start)]).map { row in
                SearchHit(decision: Self.summary(row), snippet: row[11].text ?? "", rank: row[12].real ?? 0)
            }
        }
    }

    /// Past decisions related to a new question, at most `limit`: those on a schema with one of the same
    /// `fingerprints`, then on one of the same input `paths`, then those whose text best matches `question`;
    /// newest first within each reason, each decision once. With `upTo`, only decisions whose id is at most
    /// that (see `lastDecisionID`) count: an audit pins the memory as it was when it started, so a resumed
    /// audit renders the same prompts (and hits the response cache) however many decisions it stored since.
    public func related(fingerprints: [String], paths: [String], question: String, limit: Int = 5,
                        upTo: Int64? = nil) throws(MemoryError) -> [RelatedMatch] {
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
                        WHERE d.id IN (SELECT i.decision_id FROM inputs i WHERE i.\(column) = ?) AND d.id <= ?
                        \(Self.newestFirst) LIMIT ?
                        """, [.text(value), .integer(upTo ?? Int64.max), .integer(Int64(limit))]), reason)
                }
            }
            if matches.count < limit, let words = FullTextQuery.any(question) {
                // The question column only: a past question like this one, not a summary that mentions its words.
                let query = "question : (" + words + ")"
                let bound = upTo == nil ? "" : " AND rowid <= ?"
                add(try db.query("""
                    WITH top AS (SELECT rowid AS id, rank FROM decisions_fts WHERE decisions_fts MATCH ? AND rowid >= ?\(bound)
                                 ORDER BY rank LIMIT ?)
                    SELECT \(Self.summaryColumns) FROM top JOIN decisions d ON d.id = top.id
                    ORDER BY top.rank, d.created_at DESC, d.number DESC
                    """, [.text(query), .integer(try windowStart(query, upTo: upTo))] + (upTo.map { [.integer($0)] } ?? [])
                        + [.integer(Int64(limit))]), .textMatch)
            }
            return matches
        }
    }
}
