import CSQLite

/// Running a script one statement at a time, the way a reader of DDL files needs it: SQLite decides where
/// a statement ends, and a failure says where in the statement SQLite found the problem.
extension SQLiteConnection {
    /// Whether `sql` (NUL-terminated) ends with a complete statement, by `sqlite3_complete`'s rules: a
    /// semicolon inside a string, a comment or a trigger's BEGIN...END does not end a statement.
    /// It loads libsqlite3 when no connection has yet; without it the process stops with the reason (what to
    /// install), as it failed to start at all while libsqlite3 was linked.
    public static func isComplete(_ sql: UnsafePointer<CChar>) -> Bool {
        if let reason = review_sqlite3_load_error() { fatalError(String(cString: reason)) }
        return review_sqlite3_complete(sql) != 0
    }

    /// Prepares the first statement of `sql` (which needs no NUL terminator) and steps it to the end,
    /// ignoring rows. Returns false when `sql` holds only whitespace and comments.
    /// A failure's `offset` is the byte offset in `sql` that SQLite blames, when it knows one.
    @discardableResult
    public func runFirstStatement(of sql: UnsafeBufferPointer<UInt8>) throws(SQLiteError) -> Bool {
        guard let base = sql.baseAddress, !sql.isEmpty else { return false }
        var handle: OpaquePointer?
        let code = base.withMemoryRebound(to: CChar.self, capacity: sql.count) { chars in
            review_sqlite3_prepare_v2(self.handle, chars, Int32(clamping: sql.count), &handle, nil)
        }
        guard code == SQLITE_OK else { throw scriptError(code) }
        guard let handle else { return false }
        defer { review_sqlite3_finalize(handle) }
        while true {
            let step = review_sqlite3_step(handle)
            if step == SQLITE_DONE { return true }
            if step != SQLITE_ROW { throw scriptError(step) }
        }
    }

    private func scriptError(_ code: Int32) -> SQLiteError {
        SQLiteError(code: code, message: lastErrorMessage, sql: nil, path: path, offset: lastErrorOffset)
    }
}
