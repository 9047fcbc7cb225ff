import Schema

extension Rule {
    public static let reservedWordIdentifier = Rule(
        id: "reserved-word-identifier",
        name: "Reserved word as identifier",
        category: .naming,
        severity: .warning,
        rationale: """
            A table or column named with a word the dialect reserves (user, order, group, desc, check, ...) only \
            works quoted, in every query, view and tool, forever; forgetting the quotes gives syntax errors or, \
            worse, a different meaning (`SELECT user FROM t` returns the current role in PostgreSQL). The lists \
            are each dialect's own: PostgreSQL's reserved and type/function-name keywords, MySQL 8.0's reserved \
            words, and the SQLite keywords its parser will not take as names.
            """,
        fix: "Rename it (users, ordered_at, user_group, sort_order, ...).",
        triggering: [
            RuleExample("""
                CREATE TABLE ↓"user" (id bigint PRIMARY KEY, ↓"order" integer NOT NULL);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE ↓`groups` (id INT NOT NULL, ↓`desc` TEXT, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE items (id INTEGER PRIMARY KEY, ↓"index" INTEGER NOT NULL);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, sort_order integer NOT NULL, name text, type text, time time);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE user_groups (id INT NOT NULL, description TEXT, name TEXT, status INT, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE items (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, key TEXT, action TEXT);
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                if ReservedWords.isReserved(table.name.name, in: context.dialect) {
                    findings.append(RuleFinding(.reserved("table", table.name.name, dialect: context.dialect),
                                                at: table.location, target: context.target(table)))
                }
                for column in table.columns where ReservedWords.isReserved(column.name, in: context.dialect) {
                    findings.append(RuleFinding(.reserved("column \(table.name).", column.name, dialect: context.dialect),
                                                at: column.location, target: context.target(table, column.name)))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func reserved(_ kind: String, _ name: String, dialect: Dialect) -> Self {
        let separator = kind.hasSuffix(".") ? "" : " "
        return "\(kind)\(separator)\(name) is a reserved word in \(dialect) and must be quoted everywhere"
    }
}
