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
            var findings: [RuleFinding] = []
            for table in context.model.tables where !table.isWithoutRowID {
                guard let primaryKey = table.primaryKey else { continue }
                for name in primaryKey.columns {
                    guard let column = table.column(named: name), column.isNullable, column.identity != .rowid,
                          !(primaryKey.columns.count == 1 && column.type.kind == .integer && column.type.raw.uppercased() == "INTEGER")
                    else { continue }
                    findings.append(RuleFinding(.nullableKey(context.target(table, column.name)), at: column.location,
                                                target: context.target(table, column.name)))
                }
            }
            return findings
        })
}

extension Table {
    /// SQLite `WITHOUT ROWID`, as the reader records it among the table options.
    var isWithoutRowID: Bool {
        options.contains { key, value in
            let key = key.lowercased(), value = value.lowercased()
            return key.contains("without rowid") || key.contains("without_rowid") || key == "rowid" && value == "false"
                || value.contains("without rowid") || (key == "withoutrowid")
        }
    }
}

extension RuleFinding.Message {
    fileprivate static func nullableKey(_ column: String) -> Self {
        "primary key column \(column) is not declared NOT NULL, so SQLite accepts NULL keys in it"
    }
}
