import Testing
@testable import Schema

@Suite struct SQLiteStatementSplitterTests {
    private func statements(_ text: String) -> [String] {
        let source = SourceText(path: "s.sql", text: text)
        return SQLiteStatementSplitter.split(source).map { source.slice($0) }
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
}
