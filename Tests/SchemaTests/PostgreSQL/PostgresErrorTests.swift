import Testing
@testable import Schema

/// Statements libpg_query rejects become one diagnostic each, at `path:line:column` with the parser's
/// own message, and reading goes on with the next statement.
@Suite struct PostgresErrorTests {
    private static let fix = "this statement was not read; review reads PostgreSQL 15 syntax (libpg_query)"

    @Test func eachBadStatementIsOneDiagnosticAndTheRestIsRead() {
        let sql = MarkedSQL("""
            CREATE TABLE a (id int);
            CREATE TABLE b (id int PRIMARY KEY PRIMARY⟪e1⟫);
            -- comment; with a semicolon
            CREATE TABLE c (
                id int,
                ⟪e2⟫)
            );
            CREATE TABLE d (id int);
            ⟪e3⟫CREAT TABLE e (id int);
            """, path: "schema/bad.sql")
        let result = sql.read(.postgresql)
        #expect(result.diagnostics == [
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "syntax error at or near \")\"",
                       location: sql["e1"], fix: Self.fix),
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "syntax error at or near \")\"",
                       location: sql["e2"], fix: Self.fix),
            Diagnostic(ruleID: "syntax-error", severity: .error, message: "syntax error at or near \"CREAT\"",
                       location: sql["e3"], fix: Self.fix),
        ])
        #expect(result.model.tables.map(\.name.name) == ["a", "d"])
        #expect(result.diagnostics.map { "\($0.location)" } == ["schema/bad.sql:2:43", "schema/bad.sql:6:5", "schema/bad.sql:9:1"])
    }

    @Test func aParenthesisTooManyDoesNotSwallowTheStatementsAfterIt() {
        // libpg_query's split joins statements until its parenthesis count is back to zero.
        let sql = MarkedSQL("""
            CREATE TABLE a (id int⟪e1⟫));
            CREATE TABLE b (id int);
            CREATE TABLE c (id ⟪e2⟫(;
            CREATE TABLE d (id int);
            """)
        let result = sql.read(.postgresql)
        #expect(result.diagnostics.map(\.location) == [sql["e1"].advanced(by: 1), sql["e2"]])
        #expect(result.model.tables.map(\.name.name) == ["b", "d"])
    }

    @Test func columnsCountCharactersNotBytes() {
        let sql = MarkedSQL("CREATE TABLE \"café\" (\"naïve\" int,,⟪e⟫);\n")
        let result = sql.read(.postgresql)
        #expect(result.diagnostics.map(\.location) == [sql["e"].advanced(by: -1)])
    }

    @Test func aNewerSyntaxIsOneDiagnosticAndLaterStatementsAboutItAreQuiet() {
        // PostgreSQL 18 virtual generated columns: PostgreSQL 15's grammar rejects VIRTUAL.
        let sql = MarkedSQL("""
            CREATE TABLE public.film (id int, title text, slug text GENERATED ALWAYS AS (lower(title)) ⟪e⟫VIRTUAL);
            ALTER TABLE ONLY public.film ADD CONSTRAINT film_pkey PRIMARY KEY (id);
            CREATE INDEX film_title ON public.film (title);
            CREATE TABLE public.actor (id int PRIMARY KEY);
            """)
        let result = sql.read(.postgresql)
        #expect(result.diagnostics == [Diagnostic(ruleID: "syntax-error", severity: .error,
                                                  message: "syntax error at or near \"VIRTUAL\"", location: sql["e"], fix: Self.fix)])
        #expect(result.model.tables.map(\.name.name) == ["actor"])
    }

    @Test func anUnclosedQuoteStopsReadingWhereItStarts() {
        let sql = MarkedSQL("""
            CREATE TABLE a (id int);
            CREATE TABLE b (note text DEFAULT ⟪q⟫'never closed);
            CREATE TABLE c (id int);
            """)
        let result = sql.read(.postgresql)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.ruleID == "syntax-error")
        #expect(result.diagnostics.first?.location == sql["q"])
        #expect(result.diagnostics.first?.message == "unterminated quoted string; the rest of the file cannot be read")
        #expect(result.model.tables.map(\.name.name) == ["a"])
    }

    @Test func createTableAsIsReadInPart() {
        let sql = MarkedSQL("CREATE TABLE ⟪t⟫archive AS SELECT 1 AS id;\n")
        let result = sql.read(.postgresql)
        #expect(result.diagnostics == [Diagnostic(ruleID: "read-in-part", severity: .warning,
                                                  message: "the columns CREATE TABLE ... AS takes from its query are not read",
                                                  location: sql["t"], target: "archive",
                                                  fix: "declare the columns in a CREATE TABLE statement")])
        #expect(result.model.tables.map(\.name.name) == ["archive"])
    }

    @Test func aTableCreatedTwiceKeepsTheFirst() {
        let result = SchemaReader.read(text: "CREATE TABLE t (a int);\nCREATE TABLE t (b int);\nCREATE TABLE IF NOT EXISTS t (c int);\n",
                                       path: "twice.sql", dialect: .postgresql)
        #expect(result.diagnostics.map(\.ruleID) == ["duplicate-object"])
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.model.tables.first?.columns.map(\.name) == ["a"])
    }

    @Test func anIndexCreatedTwiceKeepsTheFirst() {
        let result = SchemaReader.read(text: """
            CREATE TABLE t (a int, b int);
            CREATE INDEX t_i ON t (a);
            CREATE INDEX t_i ON t (b);
            CREATE INDEX IF NOT EXISTS t_i ON t (b);
            """, path: "twice.sql", dialect: .postgresql)
        #expect(result.diagnostics.map(\.ruleID) == ["duplicate-object"])
        #expect(result.diagnostics.first?.location.line == 3)
        #expect(result.model.tables.first?.indexes.map(\.elements) == [[.column("a")]])
    }

    @Test(arguments: ["", ";;;", "-- only a comment\n", "SET x = 1;", "\\connect shop\n"])
    func textWithoutDDLGivesAnEmptyModel(_ text: String) {
        let result = SchemaReader.read(text: text, path: "empty.sql", dialect: .postgresql)
        #expect(result.diagnostics == [])
        #expect(result.model == SchemaModel(dialect: .postgresql))
    }
}
