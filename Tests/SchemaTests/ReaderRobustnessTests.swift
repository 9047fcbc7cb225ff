import Support
import Testing
@testable import Schema

/// The readers must never crash: every prefix of the tests' DDL and random text read to a result whose
/// diagnostics point inside the text.
@Suite struct ReaderRobustnessTests {
    private func check(_ text: String, _ dialect: Dialect) {
        let result = SchemaReader.read(text: text, path: "f.sql", dialect: dialect)
        let lines = SourceText(path: "f.sql", text: text).lineCount
        for diagnostic in result.diagnostics {
            #expect((1...lines).contains(diagnostic.location.line), "\(dialect) diagnostic outside the text: \(diagnostic) for \(text.debugDescription)")
            #expect(diagnostic.location.column >= 1)
        }
        // One error per statement at most, and one for a quote or comment that never closes.
        #expect(result.errorCount <= result.statementCount + 1, "more errors than statements for \(text.debugDescription)")
    }

    /// Prefixes cut every `step` characters (cheap enough for a debug build, and every lexer state is
    /// hit by some cut since the steps are prime and the DDL is varied).
    private func checkPrefixes(of text: String, step: Int, _ dialect: Dialect) {
        let characters = Array(text)
        for end in stride(from: 0, through: characters.count, by: step) {
            check(String(characters[..<end]), dialect)
        }
    }

    @Test func prefixesOfTheMySQLTestDDLRead() {
        checkPrefixes(of: MySQLReaderTests.dump.text, step: 3, .mysql)
        checkPrefixes(of: CrossDialectFingerprintTests.mysql, step: 5, .mysql)
    }

    @Test func prefixesOfTheSQLiteTestDDLRead() {
        checkPrefixes(of: SQLiteReaderTests.shop.text + "\n" + CrossDialectFingerprintTests.sqlite, step: 7, .sqlite)
    }

    @Test(arguments: [Dialect.mysql, .sqlite])
    func randomBytesAndTokenSoupRead(_ dialect: Dialect) {
        var random = SplitMix64(state: 0x5EED)
        let pieces = ["CREATE TABLE ", "t", " (", ")", ",", ";", "'", "\"", "`", "[", "]", "/*!40101 ", "/*", "*/", "-- ", "#",
                      "\n", "DELIMITER ;;\n", "DELIMITER ;\n", ";;", "\\", "INT ", "PRIMARY KEY", "REFERENCES ", "CHECK (",
                      "ALTER TABLE t ADD ", "CREATE INDEX i ON t (", "BEGIN ", "END", "CREATE TRIGGER x AFTER INSERT ON t ",
                      "DEFAULT ", "GENERATED ALWAYS AS (", "USE ", "DROP TABLE ", "é", "\u{0}", "PARTITION BY RANGE (", "ENUM("]
        for round in 0..<150 {
            var text = ""
            if round % 3 == 0 {
                let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                text = String(decoding: bytes, as: UTF8.self)
            } else {
                for _ in 0..<Int.random(in: 0...60, using: &random) { text += pieces.randomElement(using: &random)! }
            }
            check(text, dialect)
        }
    }
}
