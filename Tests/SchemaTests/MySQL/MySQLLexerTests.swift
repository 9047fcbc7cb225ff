import Testing
@testable import Schema

@Suite struct MySQLLexerTests {
    /// The token texts of each statement.
    private func statements(_ text: String) -> [[String]] {
        let source = SourceText(path: "l.sql", text: text)
        var lexer = MySQLLexer(bytes: source.utf8)
        var statements: [[String]] = []
        while lexer.beginStatement() {
            var tokens: [String] = []
            while let token = lexer.next() { tokens.append(source.slice(token.start..<token.end)) }
            statements.append(tokens)
        }
        return statements
    }

    @Test func versionCommentsAreCodeAndOtherCommentsAreNot() {
        #expect(statements("/*!40101 SET NAMES utf8 */;\n/* plain; comment */ SELECT 1 # hash; comment\n-- dash; comment\n;") == [
            ["SET", "NAMES", "utf8"], ["SELECT", "1"],
        ])
        #expect(statements("/*M!100100 SET x=1*/;/*+ hint */SELECT 2;") == [["SET", "x", "=", "1"], ["SELECT", "2"]])
    }

    @Test func doubleDashNeedsASpaceToStartAComment() {
        #expect(statements("SELECT 1--1;\nSELECT 2 --\n;") == [["SELECT", "1", "-", "-", "1"], ["SELECT", "2"]])
    }

    @Test func quotesKeepTheirDelimitersAndEscapes() {
        #expect(statements(#"INSERT INTO `a``b;` VALUES ('x\';y', "q"";", 'it''s');"#) == [
            ["INSERT", "INTO", "`a``b;`", "VALUES", "(", #"'x\';y'"#, ",", #""q"";""#, ",", "'it''s'", ")"],
        ])
    }

    @Test func delimiterChangesWhereStatementsEnd() {
        let text = """
            DELIMITER $$
            CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$
            delimiter ;
            SELECT 3;
            """
        #expect(statements(text) == [
            ["CREATE", "PROCEDURE", "p", "(", ")", "BEGIN", "SELECT", "1", ";", "SELECT", "2", ";", "END"],
            ["SELECT", "3"],
        ])
    }

    @Test func skippingAStatementHonoursQuotesCommentsAndTheDelimiter() {
        let source = SourceText(path: "s.sql", text: "INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`) /* ; */ # ;\n;\nDELIMITER //\nSELECT ';' // SELECT 4 //")
        var lexer = MySQLLexer(bytes: source.utf8)
        var first: [String] = []
        while lexer.beginStatement() {
            guard let token = lexer.next() else { continue }
            first.append(source.slice(token.start..<token.end) + (lexer.next().map { " " + source.slice($0.start..<$0.end) } ?? ""))
            lexer.skipStatement()
        }
        #expect(first == ["INSERT INTO", "SELECT ';'", "SELECT 4"])
    }

    @Test func stringsAreDecoded() {
        #expect(MySQLParser.decodeString(#"'a\'b\\c\nd''e'"#) == "a'b\\c\nd'e")
        #expect(MySQLParser.decodeString(#""say ""hi""""#) == #"say "hi""#)
    }
}
