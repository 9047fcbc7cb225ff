import CSQLite

/// One sqlite3 connection. Not Sendable: a connection belongs to one thread or actor at a time.
public final class SQLiteConnection {
    public let handle: OpaquePointer
    public let path: String

    public struct OpenOptions: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let readOnly = OpenOptions(rawValue: SQLITE_OPEN_READONLY)
        public static let readWrite = OpenOptions(rawValue: SQLITE_OPEN_READWRITE)
        public static let create = OpenOptions(rawValue: SQLITE_OPEN_CREATE)
        public static let memory = OpenOptions(rawValue: SQLITE_OPEN_MEMORY)
        public static let noMutex = OpenOptions(rawValue: SQLITE_OPEN_NOMUTEX)
    }

    /// Opens `path` (":memory:" for an in-memory database).
    public init(path: String, options: OpenOptions = [.readWrite, .create, .noMutex]) throws(SQLiteError) {
        // libsqlite3 is loaded by the first connection (see `CSQLite`'s CSQLite.h); without it, say why.
        if let reason = review_sqlite3_load_error() {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: String(cString: reason), sql: nil, path: path)
        }
        var handle: OpaquePointer?
        let code = review_sqlite3_open_v2(path, &handle, options.rawValue | SQLITE_OPEN_EXRESCODE, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: review_sqlite3_errmsg($0)) } ?? "out of memory"
            review_sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: message, sql: nil, path: path)
        }
        self.handle = handle
        self.path = path
    }

    /// An in-memory database.
    public static func inMemory() throws(SQLiteError) -> SQLiteConnection {
        try SQLiteConnection(path: ":memory:")
    }

    deinit { review_sqlite3_close_v2(handle) }

    public var lastErrorMessage: String { String(cString: review_sqlite3_errmsg(handle)) }
    public var lastInsertRowID: Int64 { review_sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(review_sqlite3_changes(handle)) }

    /// Byte offset of the error in the last statement's SQL, when SQLite knows it.
    public var lastErrorOffset: Int? {
        let offset = review_sqlite3_error_offset(handle)
        return offset >= 0 ? Int(offset) : nil
    }

    public func error(_ code: Int32, sql: String? = nil) -> SQLiteError {
        SQLiteError(code: code, message: lastErrorMessage, sql: sql, path: path)
    }

    /// Runs one or more statements that take no parameters and return no rows that matter.
    public func execute(_ sql: String) throws(SQLiteError) {
        let code = review_sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, sql: sql) }
    }

    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Runs `sql` with `bindings` and returns every row.
    @discardableResult
    public func query(_ sql: String, _ bindings: [SQLiteValue] = []) throws(SQLiteError) -> [SQLiteRow] {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        return try statement.all()
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED", immediate = "IMMEDIATE", exclusive = "EXCLUSIVE"
    }

    public func setBusyTimeout(milliseconds: Int32) {
        review_sqlite3_busy_timeout(handle, milliseconds)
    }
}

/// An SQLite failure: the result code, SQLite's message, and the SQL and file it concerned.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?
    public let path: String
    /// Byte offset in the SQL where SQLite located the error (`sqlite3_error_offset`), when it knows it.
    public let offset: Int?

    public init(code: Int32, message: String, sql: String?, path: String, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
        self.offset = offset
    }

    /// The primary result code (SQLITE_BUSY, SQLITE_NOTADB, ...), without extended bits.
    public var primaryCode: Int32 { code & 0xff }

    public var description: String {
        // Without the library (the one error raised before it is loaded) there is no name to ask it for.
        let codeName = review_sqlite3_load_error() == nil ? String(cString: review_sqlite3_errstr(code)) : "library not loaded"
        var text = "SQLite error \(code) (\(codeName)) in \(path): \(message)"
        if let sql { text += " while running: \(sql.prefix(200))" }
        return text
    }
}
