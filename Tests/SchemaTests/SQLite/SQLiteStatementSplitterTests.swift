import Testing
@testable import Schema

@Suite struct SQLiteStatementSplitterTests {
    private func statements(_ text: String) -> [String] {
        let source = SourceText(path: "s.sql", text: text)
        return SQLiteStatementSplitter.split(source).map { source.slice($0.range) }
    }

    @Test func semicolonsInStringsCommentsAndTriggerBodiesDoNotSplit() {
        let trigger = """
            CREATE TRIGGER t AFTER INSERT ON a BEGIN
              UPDATE a SET x = 'one; two' WHERE rowid = NEW.rowid; -- a comment; still inside
              SELECT CASE WHEN 1 THEN 2 END;
            END;
            """
        #expect(statements("CREATE TABLE a (x TEXT /* ; */, [y;z] INT);\n" + trigger + "\nINSERT INTO a VALUES ('\";');") == [
            "CREATE TABLE a (x TEXT /* ; */, [y;z] INT);",
            trigger,
            "INSERT INTO a VALUES ('\";');",
        ])
    }

    @Test func leadingCommentsAreNotPartOfAStatementAndEmptyOnesAreDropped() {
        #expect(statements("-- header\n/* block */ CREATE TABLE a (x);;  ; -- trailing\n") == ["CREATE TABLE a (x);"])
    }

    @Test func aLastStatementWithoutSemicolonIsKept() {
        #expect(statements("CREATE TABLE a (x);\nCREATE TABLE b (y)\n") == ["CREATE TABLE a (x);", "CREATE TABLE b (y)\n"])
        #expect(statements("") == [])
        #expect(statements("   -- only a comment") == [])
    }

    @Test func aTriggerWithoutEndSwallowsTheRestAndIsIncomplete() {
        let source = SourceText(path: "s.sql", text: "CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END;\nINSERT INTO a VALUES (1);\n")
        let statements = SQLiteStatementSplitter.split(source)
        #expect(statements.map(\.isComplete) == [true, false])
        #expect(statements.last.map { source.slice($0.range) }?.hasSuffix("INSERT INTO a VALUES (1);\n") == true)
    }

    @Test func anUnterminatedTriggerIsReportedWhereItStarts() {
        let sql = MarkedSQL("CREATE TABLE a (x);\n⟪trigger⟫CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM a;\nINSERT INTO a VALUES (1);\n")
        let result = sql.read(.sqlite)
        #expect(result.diagnostics == [Diagnostic(ruleID: "syntax-error", severity: .error,
                                                  message: "incomplete input: this statement runs to the end of the file (an unclosed quote or comment, or a CREATE TRIGGER without END;)",
                                                  location: sql["trigger"])])
        #expect(result.skipped == ["create trigger": 1])
    }
}
