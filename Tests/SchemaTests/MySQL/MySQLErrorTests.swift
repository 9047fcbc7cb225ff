import Testing
@testable import Schema

@Suite struct MySQLErrorTests {
    @Test func eachBadStatementIsOneDiagnosticAtTheTokenNamingWhatWasExpected() {
        let sql = MarkedSQL("""
            CREATE TABLE ok (id INT);
            CREATE TABLE bad (id INT,⟪comma⟫, name TEXT);
            CREATE TABLE bad2 (id INT NOT ⟪nul⟫NUL);
            CREATE TABLE bad3 (id INT) ENGINE=InnoDB ⟪garbage⟫garbage;
            CREATE TABLE bad4 (id INT, FOREIGN KEY (id) REFERENCES ok (id) ON DELETE ⟪action⟫EXPLODE);
            ALTER TABLE ⟪missing⟫missing ADD COLUMN x INT;
            ⟪typo⟫CRATE TABLE typo (id INT);
            CREATE TABLE ⟪again⟫ok (id INT);
            CREATE TABLE bad5 (id INT, ⟪dupcol⟫id INT);
            CREATE TABLE bad6 (a INT PRIMARY KEY, b INT ⟪twopk⟫PRIMARY KEY);
            CREATE TABLE bad7 (id ENUM(⟪enum⟫1, 2));
            CREATE TABLE bad8 (id ⟪type⟫`int`);
            CREATE TABLE bad9 (id INT⟪end⟫
            """)
        let result = sql.read(.mysql)
        let expected: [(String, String)] = [
            ("comma", "expected a column name or a key definition, found ','"),
            ("nul", "expected NULL, found 'NUL'"),
            ("garbage", "expected a table option or the end of the statement, found 'garbage'"),
            ("action", "expected RESTRICT, CASCADE, SET NULL, SET DEFAULT or NO ACTION, found 'EXPLODE'"),
            ("missing", "table 'missing' does not exist (it is not created earlier in the file)"),
            ("typo", "expected a statement (CREATE, ALTER, DROP, USE, INSERT, SET, ...), found 'CRATE'"),
            ("again", "table 'ok' already exists"),
            ("dupcol", "duplicate column name 'id'"),
            ("twopk", "multiple primary keys defined"),
            ("enum", "expected a quoted value, found '1'"),
            ("type", "expected a column type, found '`int`'"),
            ("end", "expected ',' or ')', found the end of the statement"),
        ]
        #expect(result.diagnostics == expected.map {
            Diagnostic(ruleID: "syntax-error", severity: .error, message: $0.1, location: sql[$0.0])
        })
        #expect(result.statementCount == 13)
        #expect(result.model.tables.map(\.name.name) == ["ok"])
    }

    @Test func anErrorInsideAVersionCommentResumesAfterIt() {
        let sql = MarkedSQL("/*!50001 CREATE TABLE v (x ⟪x⟫) */;\nCREATE TABLE w (y INT);\n")
        let result = sql.read(.mysql)
        #expect(result.diagnostics == [Diagnostic(ruleID: "syntax-error", severity: .error,
                                                  message: "expected a column type, found ')'", location: sql["x"])])
        #expect(result.model.tables.map(\.name.name) == ["w"])
    }
}

@Suite struct MySQLUnclosedQuoteTests {
    @Test(arguments: ["INSERT INTO a VALUES ('never closed);\nCREATE TABLE b (x INT);\n",
                      "INSERT INTO a VALUES ('ends in an escaped quote\\');\n",
                      "CREATE TABLE a (x INT); /* a comment that runs on\nCREATE TABLE b (x INT);\n"])
    func aQuoteOrCommentThatNeverClosesIsReportedWhereItStarts(_ text: String) {
        let result = SchemaReader.read(text: text, path: "u.sql", dialect: .mysql)
        let start = text.firstIndex { $0 == "'" || $0 == "/" }!
        let prefix = text[..<start]
        #expect(result.diagnostics == [Diagnostic(
            ruleID: "syntax-error", severity: .error,
            message: "a quote or comment that starts here is never closed; the rest of the file was read as part of it",
            location: Schema.SourceLocation(file: "u.sql", line: prefix.filter { $0 == "\n" }.count + 1,
                                            column: prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1))])
        #expect(result.model.tables.map(\.name.name).contains("b") == false)
    }
}

@Suite struct MySQLWarningTests {
    @Test func createTableSelectWarnsThatTheQueryColumnsAreNotRead() {
        let sql = MarkedSQL("CREATE TABLE t (id INT) ⟪select⟫SELECT 1 AS id, 2 AS extra;\n")
        let result = sql.read(.mysql)
        #expect(result.diagnostics == [Diagnostic(ruleID: "read-in-part", severity: .warning,
                                                  message: "the columns CREATE TABLE ... SELECT takes from its query are not read",
                                                  location: sql["select"], target: "t",
                                                  fix: "declare the columns in the CREATE TABLE statement")])
        #expect(result.model.tables.first?.columns.map(\.name) == ["id"])
    }

    @Test func aFailingAlterKeepsNeitherItsChangesNorItsWarnings() {
        let sql = MarkedSQL("""
            CREATE TABLE t (id INT, dup INT);
            ALTER TABLE t ADD COLUMN p INT REFERENCES q (id), ADD COLUMN ⟪dup⟫dup INT;
            """)
        let result = sql.read(.mysql)
        #expect(result.diagnostics == [Diagnostic(ruleID: "syntax-error", severity: .error,
                                                  message: "duplicate column name 'dup'", location: sql["dup"])])
        #expect(result.model.tables.first?.columns.map(\.name) == ["id", "dup"])
        #expect(result.model.foreignKeyCount == 0)
    }
}
