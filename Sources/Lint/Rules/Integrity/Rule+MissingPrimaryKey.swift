import Schema

extension Rule {
    public static let missingPrimaryKey = Rule(
        id: "missing-primary-key",
        name: "Table without primary key",
        category: .integrity,
        severity: .error,
        rationale: """
            Without a primary key nothing stops duplicate rows, rows cannot be updated or deleted one at a time \
            reliably, other tables cannot reference them, and logical replication (PostgreSQL) or group \
            replication (MySQL) refuses or slows down on the table. In SQLite the implicit rowid of such a table \
            may change on VACUUM. Partitions are not reported: they take the key of their parent.
            """,
        fix: "Declare a PRIMARY KEY: a natural key if one exists, else a generated bigint or uuid column.",
        triggering: [
            RuleExample("""
                CREATE TABLE ↓audit_log (happened_at timestamptz NOT NULL, message text NOT NULL);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE ↓page_views (
                    url text NOT NULL,
                    viewed_on date NOT NULL,
                    UNIQUE (url, viewed_on)
                );
                """, .postgresql),
            RuleExample("CREATE TABLE ↓visits (page VARCHAR(200) NOT NULL, at DATETIME NOT NULL) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE ↓visits (page TEXT NOT NULL, at TEXT NOT NULL);", .sqlite),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);", .postgresql),
            RuleExample("""
                CREATE TABLE measurements (id bigint NOT NULL, taken_on date NOT NULL, PRIMARY KEY (id, taken_on))
                    PARTITION BY RANGE (taken_on);
                CREATE TABLE measurements_2024 PARTITION OF measurements
                    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """, .postgresql),
            RuleExample("CREATE TABLE tags (name VARCHAR(50) NOT NULL, PRIMARY KEY (name)) ENGINE=InnoDB;", .mysql),
            RuleExample("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL);", .sqlite),
        ],
        check: { context in
            context.model.tables.compactMap { table in
                guard table.primaryKey == nil, table.partitionOf == nil else { return nil }
                let promotable = table.keys.first { key in
                    key.isUnique && key.predicate == nil
                        && (key.columns.map { columns in columns.allSatisfy { table.column(named: $0)?.isNullable == false } } ?? false)
                }
                return RuleFinding(.noPrimaryKey(context.target(table), promotable: promotable), at: table.location,
                                   target: context.target(table))
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func noPrimaryKey(_ table: String, promotable: TableKey?) -> Self {
        if let promotable {
            return "table \(table) has no primary key; its \(promotable.label) on \(promotable.elementList) covers only NOT NULL columns and could become it"
        }
        return "table \(table) has no primary key"
    }
}
