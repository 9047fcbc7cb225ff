import Schema

extension Rule {
    public static let defaultNullString = Rule(
        id: "default-null-string",
        name: "DEFAULT 'NULL' string",
        category: .types,
        severity: .warning,
        rationale: """
            DEFAULT 'NULL' (in quotes) is the four-letter text NULL, not the null value: rows get a string that \
            IS NOT NULL, that sorts and compares as text, and that many tools then print exactly like a real \
            NULL. It is nearly always a mistake for DEFAULT NULL.
            """,
        fix: "Write DEFAULT NULL without quotes (or leave the default out).",
        triggering: [
            RuleExample("CREATE TABLE users (id bigint PRIMARY KEY, ↓nickname text DEFAULT 'NULL');", .postgresql),
            RuleExample("CREATE TABLE users (id INT NOT NULL, ↓nickname VARCHAR(40) DEFAULT 'NULL', PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE users (id INTEGER PRIMARY KEY, ↓nickname TEXT DEFAULT 'null');", .sqlite),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE users (id bigint PRIMARY KEY, nickname text DEFAULT NULL, motto text DEFAULT 'null and void');", .postgresql),
            RuleExample("CREATE TABLE users (id INT NOT NULL, nickname VARCHAR(40) DEFAULT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT DEFAULT NULL);", .sqlite),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { $0.defaultExpression.map(SQLText.isNullStringLiteral) ?? false }.map { column in
                    RuleFinding(.nullString(context.target(table, column.name)), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func nullString(_ column: String) -> Self {
        "\(column) defaults to the text 'NULL', not to NULL"
    }
}
