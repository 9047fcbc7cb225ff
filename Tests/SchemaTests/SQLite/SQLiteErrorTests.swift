import Testing
@testable import Schema

@Suite struct SQLiteErrorTests {
    @Test func eachFailingStatementIsOneDiagnosticAtSQLitesOffsetAndReadingGoesOn() {
        let sql = MarkedSQL("""
            CREATE TABLE ok1 (a INT);
            CREATE TABLE bad (a INT, b TEXT,⟪comma⟫);
              CREATE TABLE ⟪dup⟫ok1 (x INT);
            ⟪index⟫CREATE INDEX i ON nothere (a);
            ⟪typo⟫CREAT TABLE typo (a INT);
            CREATE TABLE "ok2" (a INT CHECK (⟪column⟫zz > 0));
            CREATE TABLE ok3 (a INT);
            ⟪open⟫CREATE TABLE unterminated (a INT
            """)
        let result = sql.read(.sqlite)
        #expect(result.diagnostics == [
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "near \")\": syntax error", location: sql["comma"]),
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "table ok1 already exists", location: sql["dup"]),
            // SQLite gives no offset for a missing table: the statement's start.
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "no such table: main.nothere", location: sql["index"]),
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "near \"CREAT\": syntax error", location: sql["typo"]),
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "no such column: zz", location: sql["column"]),
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "incomplete input", location: sql["open"]),
        ])
        #expect(result.statementCount == 8)
        #expect(result.model.tables.map(\.name.name) == ["ok1", "ok3"])
        // The first definition of ok1 stands.
        #expect(result.model.tables.first?.columns.map(\.name) == ["a"])
    }

    @Test func skippedStatementsAreNotChecked() {
        let result = SchemaReader.read(text: "INSERT INTO nowhere VALUES (1, 'it''s; fine');\nSELECT * FROM nothing;\n",
                                       path: "s.sql", dialect: .sqlite)
        #expect(result.diagnostics == [])
        #expect(result.skipped == ["insert": 1, "select": 1])
    }
}
