import CSQLite
import SQLiteDB
import Testing

@Suite("libsqlite3 loaded on first use")
struct SQLiteLoadingTests {
    @Test("the real libsqlite3 loads on this machine and a connection opens")
    func loads() throws {
        #expect(review_sqlite3_load_error() == nil)
        let connection = try SQLiteConnection.inMemory()
        #expect(try connection.query("SELECT sqlite_version()").count == 1)
    }

    @Test("a library that is not there gives a one-line reason that says what to install")
    func missingLibrary() {
        var table = review_sqlite3_api()
        var reason = [CChar](repeating: 0, count: 512)
        let opened = review_sqlite3_open_library("libsqlite3-review-missing.so.0", &table, &reason, reason.count)
        let message = text(reason)
        #expect(opened == 0)
        #expect(message.hasPrefix("libsqlite3 could not be loaded ("))
        #expect(message.contains("libsqlite3-review-missing.so.0"))
        #expect(message.hasSuffix("install SQLite 3.38 or later (Debian/Ubuntu: libsqlite3-0)"))
        #expect(!message.contains("\n"))
    }

    @Test("a library without SQLite's functions is refused by name")
    func wrongLibrary() {
        var table = review_sqlite3_api()
        var reason = [CChar](repeating: 0, count: 512)
        let opened = review_sqlite3_open_library("libc.so.6", &table, &reason, reason.count)
        #expect(opened == 0)
        #expect(text(reason) == "libc.so.6 has no sqlite3_open; install SQLite 3.38 or later (Debian/Ubuntu: libsqlite3-0)")
    }

    /// The NUL-terminated text in a C buffer.
    private func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
