import CPgQuery
import CSQLite
import Testing
@testable import Lint
import Schema

/// The reserved-word lists checked against the parsers themselves.
@Suite struct ReservedWordsTests {
    /// Whether libpg_query (PostgreSQL 15's parser) accepts the SQL.
    static func postgresParses(_ sql: String) -> Bool {
        let result = pg_query_parse(sql)
        defer { pg_query_free_parse_result(result) }
        return result.error == nil
    }

    @Test func everyPostgreSQLWordIsRejectedUnquotedAsATableOrColumnName() {
        for word in ReservedWords.postgresql.sorted() {
            let asColumn = Self.postgresParses("CREATE TABLE t (\(word) int)")
            let asTable = Self.postgresParses("CREATE TABLE \(word) (a int)")
            #expect(!asColumn || !asTable, "PostgreSQL accepts \(word) unquoted as a name; it should not be listed")
            #expect(Self.postgresParses("CREATE TABLE t (\"\(word)\" int)"), "\(word) quoted should parse")
        }
    }

    @Test func commonPostgreSQLNamesThatAreKeywordsButNotReserved() {
        let names = ["time", "timestamp", "values", "position", "name", "type", "key", "value", "year", "month",
                     "level", "text", "date", "action", "data", "comment", "version", "role", "password", "owner",
                     "location", "event", "status", "content", "language", "position", "start", "first", "last",
                     "cost", "rows", "options", "source", "index", "min", "max", "json", "range", "schema", "zone"]
        for name in names {
            #expect(Self.postgresParses("CREATE TABLE \(name) (\(name) int)"), "\(name) should be a valid name")
            #expect(!ReservedWords.isReserved(name, in: .postgresql), "\(name) is listed but PostgreSQL accepts it")
        }
    }

    @Test func theSQLiteListIsExactlyTheKeywordsSQLiteRejectsAsNames() throws {
        try #require(review_sqlite3_load_error() == nil, "libsqlite3 must load for this check")
        var db: OpaquePointer?
        #expect(review_sqlite3_open(":memory:", &db) == SQLITE_OK)
        defer { review_sqlite3_close(db) }
        func prepares(_ sql: String) -> Bool {
            var statement: OpaquePointer?
            let code = review_sqlite3_prepare_v2(db, sql, -1, &statement, nil)
            review_sqlite3_finalize(statement)
            return code == SQLITE_OK
        }
        var rejected: Set<String> = []
        for index in 0..<review_sqlite3_keyword_count() {
            var name: UnsafePointer<CChar>?
            var length: Int32 = 0
            #expect(review_sqlite3_keyword_name(index, &name, &length) == SQLITE_OK)
            let bytes = UnsafeRawBufferPointer(start: try #require(name), count: Int(length))
            let word = String(decoding: bytes, as: UTF8.self).lowercased()
            if !prepares("CREATE TABLE t(\(word) INT)") || !prepares("CREATE TABLE \(word)(a INT)") {
                rejected.insert(word)
            }
        }
        #expect(rejected == ReservedWords.sqlite,
                "only in SQLite: \(rejected.subtracting(ReservedWords.sqlite).sorted()); only listed: \(ReservedWords.sqlite.subtracting(rejected).sorted())")
    }

    @Test func mySQLReservedWords() {
        for word in ["select", "order", "group", "key", "desc", "rank", "rows", "window", "lateral"] {
            #expect(ReservedWords.isReserved(word, in: .mysql), "\(word)")
        }
        for word in ["name", "status", "type", "text", "date", "timestamp", "user", "password", "value", "year"] {
            #expect(!ReservedWords.isReserved(word, in: .mysql), "\(word) is not reserved in MySQL 8.0")
        }
        #expect(ReservedWords.isReserved("Order", in: .mysql), "case is ignored")
    }
}
