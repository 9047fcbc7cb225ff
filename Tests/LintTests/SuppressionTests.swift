import Testing
@testable import Lint
import Schema

/// `review-ignore` comments, on text and locations alone.
@Suite struct SuppressionTests {
    static let ruleIDs: Set<String> = ["char-column", "enum-type", "missing-primary-key", "json-instead-of-jsonb"]

    static func finding(_ rule: String, line: Int) -> Diagnostic {
        Diagnostic(ruleID: rule, severity: .warning, message: "m", location: SourceLocation(file: "a.sql", line: line, column: 3))
    }

    @Test func lineBeforeAnObject() {
        let text = """
            -- review-ignore missing-primary-key
            CREATE TABLE log (at timestamptz);
            CREATE TABLE other (at timestamptz);
            """
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.suppresses(Self.finding("missing-primary-key", line: 2)))
        #expect(!directives.suppresses(Self.finding("missing-primary-key", line: 3)))
        #expect(!directives.suppresses(Self.finding("char-column", line: 2)))
        #expect(directives.problems.isEmpty)
    }

    @Test func severalIDsStackedCommentsAndAReason() {
        let text = """
            CREATE TABLE t (
                -- review-ignore char-column, enum-type legacy codes, see ticket 12
                -- the next column is old
                # review-ignore json-instead-of-jsonb
                code char(3),
                other char(3)
            );
            """
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.byLine == [5: ["char-column", "enum-type", "json-instead-of-jsonb"]])
        #expect(!directives.suppresses(Self.finding("char-column", line: 6)))
        #expect(directives.problems.isEmpty)
    }

    @Test func trailingCommentAppliesToItsOwnLine() {
        let text = "CREATE TABLE t (\n  code char(3), -- review-ignore char-column\n  b char(1)\n);"
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.suppresses(Self.finding("char-column", line: 2)))
        #expect(!directives.suppresses(Self.finding("char-column", line: 3)))
    }

    @Test func fileWideAnywhere() {
        let text = "CREATE TABLE a (x char(1));\nCREATE TABLE b (y char(1));\n-- review-ignore-file char-column\n"
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.suppresses(Self.finding("char-column", line: 1)))
        #expect(directives.suppresses(Self.finding("char-column", line: 2)))
        #expect(!directives.suppresses(Self.finding("enum-type", line: 1)))
    }

    @Test func unknownRuleIDsAreReportedWithTheClosestOnes() {
        let text = "\n  -- review-ignore char-colum, missing-primary-key\nCREATE TABLE t (a int);"
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.problems.count == 1)
        let problem = directives.problems[0]
        #expect(problem.ruleID == "invalid-suppression" && problem.severity == .warning)
        #expect(problem.location == SourceLocation(file: "a.sql", line: 2, column: 3))
        #expect(problem.message == "review-ignore names unknown rule 'char-colum'; did you mean char-column?")
        #expect(directives.suppresses(Self.finding("missing-primary-key", line: 3)), "the valid id still applies")
    }

    @Test func wordsThatAreNotDirectives() {
        let text = """
            COMMENT ON TABLE t IS 'see review-ignore docs';
            -- review-ignored char-column
            -- review-ignore
            CREATE TABLE t (a char(1));
            """
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.byLine.isEmpty && directives.fileWide.isEmpty && directives.problems.isEmpty)
    }

    @Test func blankLinesBetweenTheCommentAndTheObjectAreSkipped() {
        let text = "-- review-ignore char-column\n\nCREATE TABLE t (a char(1));"
        let directives = SuppressionDirectives(text: text, path: "a.sql", ruleIDs: Self.ruleIDs)
        #expect(directives.byLine == [3: ["char-column"]], "blank lines are skipped, like comment lines")
    }
}
