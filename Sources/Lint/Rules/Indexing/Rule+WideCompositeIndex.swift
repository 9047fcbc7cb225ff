import Schema

extension Rule {
    public static let wideCompositeIndex = Rule(
        id: "wide-composite-index",
        name: "Index with many key columns",
        category: .indexing,
        severity: .info,
        rationale: """
            A B-tree helps a query only through a leading prefix of its columns, so columns beyond the first few \
            rarely narrow anything down; they make every entry larger, the tree deeper and every write to any of \
            them slower. Wide keys are often an attempt at a covering index, which PostgreSQL's INCLUDE does \
            without widening the key. The limit is max-index-columns in [lint] (default 5 key columns).
            """,
        fix: "Keep the columns queries filter and sort on; move the others to INCLUDE (PostgreSQL) or drop them.",
        triggering: [
            RuleExample("""
                CREATE TABLE events (id bigint PRIMARY KEY, a int, b int, c int, d int);
                ↓CREATE INDEX events_wide_idx ON events (a, b, c, d);
                """, .postgresql, configuration: LintConfiguration(maxIndexColumns: 3)),
            RuleExample("""
                CREATE TABLE events (id INT NOT NULL, a INT, b INT, c INT, d INT, e INT, f INT, PRIMARY KEY (id),
                    KEY ↓events_wide (a, b, c, d, e, f)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE events (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER, d INTEGER);
                CREATE INDEX ↓events_wide ON events (a, b, c, d);
                """, .sqlite, configuration: LintConfiguration(maxIndexColumns: 3)),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE events (id bigint PRIMARY KEY, a int, b int, c int, d int);
                CREATE INDEX events_ab_idx ON events (a, b) INCLUDE (c, d);
                """, .postgresql, configuration: LintConfiguration(maxIndexColumns: 3)),
            RuleExample("""
                CREATE TABLE events (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER, d INTEGER, e INTEGER);
                CREATE INDEX events_wide ON events (a, b, c, d, e);
                """, .sqlite),
        ],
        check: { context in
            let limit = context.configuration.maxIndexColumns
            return context.model.tables.flatMap { table in
                table.keys.filter { $0.elements.count > limit }.map { key in
                    RuleFinding(.wide(key.label, table: context.target(table), count: key.elements.count, limit: limit),
                                at: key.location, target: context.target(table))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func wide(_ key: String, table: String, count: Int, limit: Int) -> Self {
        "\(key) on \(table) has \(count) key columns, more than the limit of \(limit)"
    }
}
