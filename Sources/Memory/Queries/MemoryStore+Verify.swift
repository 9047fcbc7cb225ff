import SQLiteDB

extension MemoryStore {
    /// Problems in the file, empty when sound: SQLite's integrity check, rows whose decision is missing,
    /// and full-text rows out of step with the decisions. What the crash tests check after a kill.
    public func verify() throws(MemoryError) -> [String] {
        try read {
            var problems = try db.query("PRAGMA integrity_check").compactMap(\.values.first?.text).filter { $0 != "ok" }
            problems += try db.query("PRAGMA foreign_key_check").map { "foreign key broken in \($0[0].text ?? "?") row \($0[1].integer ?? 0)" }
            let unindexed = try db.query("SELECT count(*) FROM decisions WHERE id NOT IN (SELECT rowid FROM decisions_fts)").first?[0].integer ?? 0
            let stray = try db.query("SELECT count(*) FROM decisions_fts WHERE rowid NOT IN (SELECT id FROM decisions)").first?[0].integer ?? 0
            if unindexed > 0 { problems.append("\(unindexed) decisions missing from the search index") }
            if stray > 0 { problems.append("\(stray) search rows without a decision") }
            return problems
        }
    }
}
