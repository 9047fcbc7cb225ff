import Foundation
import SQLiteDB
import Testing
@testable import Memory

/// `review_bm25` is FTS5's `bm25()` with the document frequencies given instead of counted: these tests
/// hold it to `bm25()` itself where both see the same documents, and pin the sample it counts in.
@Suite("Full-text ranking")
struct FullTextRankTests {
    static let questions = [
        "Partition the orders table by month?",
        "Which index does the orders table need for customer lookups?",
        "Store money as numeric, not float, in orders and invoices",
        "Should events be partitioned by tenant or by time?",
        "Orders, orders everywhere: one orders table or one per tenant?",
        "A ledger for payments: append-only, with an index on the account",
    ]

    static func store(_ folder: MemoryStoreTests.Folder, questions: [String] = questions) throws -> MemoryStore {
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        for (index, question) in questions.enumerated() {
            try store.store(MemoryStoreTests.row(index + 1, question: question, findings: index.isMultiple(of: 2) ? ["Missing index on orders"] : []))
        }
        return store
    }

    /// Every match's score from `review_bm25` with the memory's own frequencies, and from `bm25()`.
    static func scores(_ store: MemoryStore, _ query: FullTextQuery) throws -> [(mine: Double, fts5: Double)] {
        let rows = try store.db.query("""
            SELECT \(MemoryStore.rankCall(query, parametersFrom: 2)), bm25(decisions_fts) FROM decisions_fts
            WHERE decisions_fts MATCH ?1 ORDER BY rowid
            """, [.text(query.expression)] + store.inverseDocumentFrequencies(query))
        return rows.map { (mine: $0[0].real ?? .nan, fts5: $0[1].real ?? .nan) }
    }

    @Test("equals bm25() while the memory is smaller than the sample: every word, any word in a column, a phrase")
    func equalsBM25() throws {
        let folder = try MemoryStoreTests.Folder()
        let store = try Self.store(folder)
        for query in [FullTextQuery.all("orders index"), FullTextQuery.all("orders"), FullTextQuery.all("partition tenant"),
                      FullTextQuery.any("How should we partition orders by tenant?", in: "question"),
                      FullTextQuery.all("append_only")] {
            let query = try #require(query)
            let scores = try Self.scores(store, query)
            #expect(!scores.isEmpty, "\(query.expression) matches something")
            for score in scores {
                #expect(score.mine < 0, "\(query.expression): a match scores below zero, as with bm25()")
                // Relative: a word in more than half of the decisions weighs 1e-6, and so does its score.
                #expect(abs(score.mine - score.fts5) <= 1e-9 * abs(score.fts5), "\(query.expression): \(score.mine) vs bm25() \(score.fts5)")
            }
        }
    }

    @Test("document frequencies are counted among the newest decisions only, up to a pinned id")
    func sample() throws {
        let questions = (1...10).map { $0 <= 6 ? "alpha question \($0)" : "beta question \($0)" }
        let folder = try MemoryStoreTests.Folder()
        let store = try Self.store(folder, questions: questions)
        store.frequencySample = 4
        let query = try #require(FullTextQuery.all("alpha beta"))
        let rare = log(4.5 / 0.5), everywhere = 1e-6 // no hit among 4 decisions; a hit in all 4
        // Newest four: 7...10, all beta.
        #expect(try store.inverseDocumentFrequencies(query).map(\.real) == [rare, everywhere])
        // Pinned at 6: 3...6, all alpha.
        #expect(try store.inverseDocumentFrequencies(query, upTo: 6).map(\.real) == [everywhere, rare])
        // The whole memory once the sample is larger: 6 of 10 have alpha, 4 of 10 beta.
        store.frequencySample = 100
        #expect(try store.inverseDocumentFrequencies(query).map(\.real)
                    == [FullTextRank.inverseDocumentFrequency(hits: 6, rows: 10), log(6.5 / 4.5)])
    }

    /// Decisions 1 and 2 differ only in which word they repeat, so without the frequencies they would tie,
    /// and a tie puts the newer one (2) first.
    @Test("a rarer word weighs more: the decision that repeats it ranks first, ahead of a newer one")
    func rarerWordsWeighMore() throws {
        let folder = try MemoryStoreTests.Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        let questions = ["orders ledger ledger ledger", "orders orders orders ledger", "orders only", "orders again", "orders once"]
        for (index, question) in questions.enumerated() { try store.store(MemoryStoreTests.row(index + 1, question: question)) }
        #expect(try store.search("orders ledger").map(\.decision.number) == [1, 2])
    }

    @Test("a call with the wrong number of frequencies is an error, not a silent score")
    func wrongArity() throws {
        let folder = try MemoryStoreTests.Folder()
        let store = try Self.store(folder)
        #expect(throws: SQLiteError.self) {
            try store.db.query("SELECT review_bm25(decisions_fts, 1.0) FROM decisions_fts WHERE decisions_fts MATCH 'orders index'")
        }
    }

    @Test("optimize merges the search index into one segment and changes no result")
    func optimize() throws {
        let folder = try MemoryStoreTests.Folder()
        let store = try Self.store(folder)
        #expect(try store.searchIndexSegments() > 1, "one decision per transaction, one segment each")
        let before = try ["orders", "orders index", "partition tenant"].map { try store.search($0) }
        try store.optimize()
        #expect(try store.searchIndexSegments() == 1)
        let after = try ["orders", "orders index", "partition tenant"].map { try store.search($0) }
        #expect(after.map { $0.map(\.decision.number) } == before.map { $0.map(\.decision.number) })
        #expect(after.map { $0.map(\.snippet) } == before.map { $0.map(\.snippet) })
        #expect(try store.verify().isEmpty)
    }
}
