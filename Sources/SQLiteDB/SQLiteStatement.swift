import CSQLite

/// A value bound to or read from a statement.
public enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var integer: Int64? { if case .integer(let v) = self { return v } else { return nil } }
    public var real: Double? {
        switch self {
        case .real(let v): return v
        case .integer(let v): return Double(v)
        default: return nil
        }
    }
    public var text: String? { if case .text(let v) = self { return v } else { return nil } }
    public var isNull: Bool { self == .null }
}

extension SQLiteValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    public init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    public init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
    public init(_ value: Bool) { self = .integer(value ? 1 : 0) }
}

/// One result row, by column index or name.
public struct SQLiteRow: Sendable {
    public let columns: [String]
    public let values: [SQLiteValue]

    public subscript(index: Int) -> SQLiteValue { values[index] }
    public subscript(name: String) -> SQLiteValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }
}

/// A prepared statement. Finalized when released.
public final class SQLiteStatement {
    public let handle: OpaquePointer
    public let sql: String
    private let connection: SQLiteConnection

    init(connection: SQLiteConnection, sql: String) throws(SQLiteError) {
        var handle: OpaquePointer?
        let code = review_sqlite3_prepare_v2(connection.handle, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else { throw connection.error(code, sql: sql) }
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit { review_sqlite3_finalize(handle) }

    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        review_sqlite3_reset(handle)
        review_sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = review_sqlite3_bind_null(handle, index)
            case .integer(let v): code = review_sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = review_sqlite3_bind_double(handle, index, v)
            case .text(let v):
                code = v.utf8CString.withUnsafeBufferPointer { buffer in
                    review_sqlite3_bind_text_transient(handle, index, buffer.baseAddress, Int32(buffer.count - 1))
                }
            case .blob(let v):
                code = v.withUnsafeBytes { buffer in
                    review_sqlite3_bind_blob_transient(handle, index, buffer.baseAddress, Int32(buffer.count))
                }
            }
            guard code == SQLITE_OK else { throw connection.error(code, sql: sql) }
        }
    }

    /// Advances one row; returns false when done.
    public func step() throws(SQLiteError) -> Bool {
        let code = review_sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code, sql: sql)
        }
    }

    public var columnNames: [String] {
        (0..<review_sqlite3_column_count(handle)).map { String(cString: review_sqlite3_column_name(handle, $0)) }
    }

    public func value(at index: Int32) -> SQLiteValue {
        switch review_sqlite3_column_type(handle, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(review_sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(review_sqlite3_column_double(handle, index))
        case SQLITE_BLOB:
            let count = Int(review_sqlite3_column_bytes(handle, index))
            guard count > 0, let base = review_sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: base, count: count)))
        default:
            guard let text = review_sqlite3_column_text(handle, index) else { return .null }
            return .text(String(cString: text))
        }
    }

    /// Every remaining row.
    public func all() throws(SQLiteError) -> [SQLiteRow] {
        let names = columnNames
        var rows: [SQLiteRow] = []
        while try step() {
            rows.append(SQLiteRow(columns: names, values: (0..<Int32(names.count)).map(value(at:))))
        }
        review_sqlite3_reset(handle)
        return rows
    }

    /// Runs the statement to completion, ignoring rows.
    public func run(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
        review_sqlite3_reset(handle)
    }
}
