import Schema

extension Rule {
    public static let nullablePrimaryKey = Rule(
        id: "nullable-primary-key",
        name: "Primary key column that accepts NULL (SQLite)",
        category: .integrity,
        severity: .error,
        dialects: [.sqlite],
        rationale: """
            Because of a long-standing bug kept for compatibility, SQLite lets PRIMARY KEY columns of ordinary \
            (rowid) tables hold NULL unless they are declared NOT NULL, and NULLs do not collide with each other, \
            so several rows can have a NULL key. INTEGER PRIMARY KEY columns (aliases of the rowid) and \
            WITHOUT ROWID tables are not affected. Only SQLite: PostgreSQL and MySQL make key columns NOT NULL.
            """,
        fix: "Declare the primary key columns NOT NULL.",
        triggering: [
            RuleExample("CREATE TABLE countries (↓code TEXT PRIMARY KEY, name TEXT NOT NULL);", .sqlite),
            RuleExample("""
                CREATE TABLE grants (user_id INTEGER NOT NULL, ↓role TEXT, PRIMARY KEY (user_id, role));
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE countries (code TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL);", .sqlite),
            RuleExample("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);", .sqlite),
            RuleExample("CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;", .sqlite),
        ],
        check: { context in
            // The SQLite reader already marks the keys SQLite enforces as NOT NULL: WITHOUT ROWID tables' keys and
            // the rowid alias (`INTEGER PRIMARY KEY`). Any other nullable key column really accepts NULL.
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                guard let primaryKey = table.primaryKey else { continue }
                for name in primaryKey.columns {
                    guard let column = table.column(named: name), column.isNullable else { continue }
                    findings.append(RuleFinding(.nullableKey(context.target(table, column.name)), at: column.location,
                                                target: context.target(table, column.name)))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func nullableKey(_ column: String) -> Self {
        "primary key column \(column) is not declared NOT NULL, so SQLite accepts NULL keys in it"
    }
}
