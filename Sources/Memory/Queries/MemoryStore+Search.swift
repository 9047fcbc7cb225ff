import Foundation
import SQLiteDB

extension MemoryStore {
    /// How many of the newest matches a search ranks by relevance. Ranking every match of a common word
    /// costs time in proportion to the memory's size; this bounds it (and recent decisions matter more).
    public static let rankingWindow = 500
    /// How many of the newest decisions the ranking's document frequencies are counted in (see
    /// `FullTextRank`): a sample that bounds the cost of a common word, and the exact figure while the
    /// memory is smaller.
    public static let defaultFrequencySample = 5000

    /// The common table `top(id, score)`: the best `limit` of the newest `rankingWindow` matches of `query`
    /// whose rowid is at most `upTo`, best first, and the values to bind (from ?1 on; ?1 is the MATCH
    /// expression). One pass: FTS5 walks its doclists newest first and stops after the window, and each
    /// match is scored as it goes by.
    func topMatches(_ query: FullTextQuery, limit: Int, upTo: Int64? = nil) throws -> (sql: String, bindings: [SQLiteValue]) {
        let sql = """
            top AS (SELECT id, score FROM (SELECT rowid AS id, \(Self.rankCall(query, parametersFrom: 4)) AS score
                                           FROM decisions_fts WHERE decisions_fts MATCH ?1 AND rowid <= ?2
                                           ORDER BY rowid DESC LIMIT \(Self.rankingWindow))
                    ORDER BY score LIMIT ?3)
            """
        return (sql, try [.text(query.expression), .integer(upTo ?? Int64.max), .integer(Int64(limit))]
                    + inverseDocumentFrequencies(query, upTo: upTo))
    }

    /// The inverse document frequency of each phrase of `query`, counted among the newest
    /// `frequencySample` decisions (whose id is at most `upTo`): the arguments of `review_bm25` after the
    /// table. Each count walks a phrase's doclist over the sample only, never the whole memory.
    func inverseDocumentFrequencies(_ query: FullTextQuery, upTo: Int64? = nil) throws -> [SQLiteValue] {
        let newest = upTo ?? Int64.max
        // FTS5's own table of document sizes has a row per indexed decision and is narrow: walking its newest
        // rows costs a fraction of walking the decisions themselves.
        let sample = try db.query("SELECT min(id), count(*) FROM (SELECT id FROM decisions_fts_docsize WHERE id <= ? ORDER BY id DESC LIMIT ?)",
                                  [.integer(newest), .integer(Int64(frequencySample))]).first
        let oldest = sample?[0].integer ?? 0, rows = sample?[1].integer ?? 0
        return try query.phrases.map { phrase in
            let hits = try db.query("SELECT count(*) FROM decisions_fts WHERE decisions_fts MATCH ? AND rowid BETWEEN ? AND ?",
                                    [.text(phrase), .integer(oldest), .integer(newest)]).first?[0].integer ?? 0
            return .real(FullTextRank.inverseDocumentFrequency(hits: hits, rows: rows))
        }
    }

    /// `review_bm25(decisions_fts, ?N, ?N+1, ...)`: one numbered parameter per phrase of `query`, from
    /// `first` on, where `inverseDocumentFrequencies(query)` is bound.
    static func rankCall(_ query: FullTextQuery, parametersFrom first: Int) -> String {
        "\(FullTextRank.functionName)(decisions_fts" + query.phrases.indices.map { ", ?\(first + $0)" }.joined() + ")"
    }

    /// Decisions whose question, title, panel summaries or findings contain every word of `text`, best
    /// first (BM25 among the newest `rankingWindow` matches), with a snippet marking the matched words in
    /// `[brackets]`.
    public func search(_ text: String, limit: Int = 20) throws(MemoryError) -> [SearchHit] {
        guard let query = FullTextQuery.all(text) else { return [] }
        return try read {
            let top = try topMatches(query, limit: limit)
            // Snippets and the decision's columns only for the best matches (CROSS JOIN keeps that order:
            // top first), not for every match.
            return try db.query("""
                WITH \(top.sql)
                SELECT \(Self.summaryColumns), snippet(decisions_fts, -1, '[', ']', '…', 12), top.score
                FROM top CROSS JOIN decisions_fts CROSS JOIN decisions d
                WHERE decisions_fts MATCH ?1 AND decisions_fts.rowid = top.id AND d.id = top.id
                ORDER BY top.score, d.created_at DESC, d.number DESC
                """, top.bindings).map { row in
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
            // The question column only: a past question like this one, not a summary that mentions its words.
            if matches.count < limit, let query = FullTextQuery.any(question, in: "question") {
                let top = try topMatches(query, limit: limit, upTo: upTo)
                add(try db.query("""
                    WITH \(top.sql)
                    SELECT \(Self.summaryColumns) FROM top JOIN decisions d ON d.id = top.id
                    ORDER BY top.score, d.created_at DESC, d.number DESC
                    """, top.bindings), .textMatch)
            }
            return matches
        }
    }
}
