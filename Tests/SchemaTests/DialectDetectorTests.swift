import Testing
@testable import Schema

@Suite struct DialectDetectorTests {
    @Test func eachDialectIsRecognisedByItsMarks() {
        #expect(DialectDetector.detect(MySQLReaderTests.dump.text).dialect == .mysql)
        #expect(DialectDetector.detect(SQLiteReaderTests.shop.text).dialect == .sqlite)
        #expect(DialectDetector.detect(CrossDialectFingerprintTests.sqlite).dialect == .sqlite)
        #expect(DialectDetector.detect("CREATE TABLE [Album] ([AlbumId] INTEGER NOT NULL);") ==
                DialectDetector.Guess(dialect: .sqlite, reason: "detected from [bracketed] identifiers"))
        #expect(DialectDetector.detect("CREATE VIRTUAL TABLE docs USING fts5(body);").dialect == .sqlite)
    }

    @Test func unsignedAndSerialCountOnlyAsWholeWords() {
        #expect(DialectDetector.detect("CREATE TABLE t (is_unsigned_flag int, serials int);").reason
                == "no dialect-specific marks found; PostgreSQL assumed (use --dialect to choose)")
        #expect(DialectDetector.detect("CREATE TABLE t (n INT UNSIGNED);") ==
                DialectDetector.Guess(dialect: .mysql, reason: "detected from UNSIGNED"))
        #expect(DialectDetector.detect("CREATE TABLE t (id SERIAL);") ==
                DialectDetector.Guess(dialect: .postgresql, reason: "detected from serial types"))
    }

    @Test func marksAreFoundAnywhereInThePrefixInAnyCaseAndNotBeyondIt() {
        let pgDump = "-- PostgreSQL database dump (PG_DUMP)\nSELECT pg_catalog.set_config('search_path', '', false);\n"
            + "CREATE TABLE t (at TIMESTAMP WITH TIME ZONE, doc JSONB);\nALTER TABLE t OWNER TO app;"
        #expect(DialectDetector.detect(pgDump) ==
                DialectDetector.Guess(dialect: .postgresql, reason: "detected from a pg_dump header, pg_catalog references, time zone types"))
        // A mark that ends the text exactly, and one cut by the prefix limit.
        #expect(DialectDetector.detect("CREATE TABLE t (id int) WITHOUT ROWID").dialect == .sqlite)
        let text = "CREATE TABLE t (id int) ENGINE=InnoDB;"
        #expect(DialectDetector.detect(text, prefixLimit: text.utf8.count - 10).reason
                == "no dialect-specific marks found; PostgreSQL assumed (use --dialect to choose)")
        #expect(DialectDetector.detect(text, prefixLimit: text.utf8.count).dialect == .mysql)
    }
}
