import SQLiteDB

extension MemoryStore {
    /// How many b-tree segments the search index is made of now (1 once merged).
    public func searchIndexSegments() throws(MemoryError) -> Int {
        try read { Int(try db.query("SELECT count(DISTINCT segid) FROM decisions_fts_idx").first?[0].integer ?? 0) }
    }

    /// Merges the search index into one segment and refreshes SQLite's planner statistics. The nightly
    /// audit runs it once it has stored its decisions, and `review memory rebuild` once it has rebuilt.
    ///
    /// Why: every stored decision is one transaction, and each adds a small segment that FTS5 merges only
    /// level by level; a search seeks into every segment for every word and every row it shows. A memory
    /// filled with 100,000 single-decision transactions holds about ten segments and searches about twice as
    /// slowly as the same memory merged (`bench/memory`). Merging rewrites the index: about 3 s at 100,000
    /// decisions, in one transaction, so a writer waiting meanwhile is covered by the busy timeout.
    public func optimize() throws(MemoryError) {
        try write {
            try db.execute("INSERT INTO decisions_fts(decisions_fts) VALUES('optimize')")
        }
        try read { try db.execute("PRAGMA optimize") }
    }
}
