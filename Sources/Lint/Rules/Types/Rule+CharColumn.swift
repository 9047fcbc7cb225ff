import Schema

extension Rule {
    public static let charColumn = Rule(
        id: "char-column",
        name: "char(n) column",
        category: .types,
        severity: .warning,
        dialects: [.postgresql],
        rationale: """
            PostgreSQL's char(n) pads values with blanks to n characters, ignores trailing blanks in comparisons \
            but not in LIKE or regular expressions, and is no faster or smaller than text: the PostgreSQL wiki \
            lists it under "Don't Do This", even for fixed-length codes. Not run on MySQL, where CHAR strips the \
            padding on retrieval and suits fixed-length codes, nor on SQLite, where CHAR(n) is plain text.
            """,
        fix: "Use text (with a CHECK on the length for fixed-length codes).",
        triggering: [
            RuleExample("CREATE TABLE countries (↓code char(2) PRIMARY KEY, name text NOT NULL);", .postgresql),
            RuleExample("CREATE TABLE accounts (id bigint PRIMARY KEY, ↓status character(10));", .postgresql),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE countries (code text PRIMARY KEY CHECK (char_length(code) = 2), name varchar(80));
                """, .postgresql),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { context.resolvedType($0.type).kind == .char }.map { column in
                    RuleFinding(.padded(context.target(table, column.name), type: column.type), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func padded(_ column: String, type: DataType) -> Self {
        "\(column) is \(type.normalized), which pads values with blanks; use text"
    }
}
