import Schema

extension Rule {
    public static let tooManyIndexes = Rule(
        id: "too-many-indexes",
        name: "Too many indexes on one table",
        category: .indexing,
        severity: .warning,
        rationale: """
            Every index is written on every insert, on every update of its columns (and, in PostgreSQL, on \
            updates that cannot be HOT), and on every delete's cleanup; it takes disk and cache memory, and \
            gives the planner more choices to get wrong. Past a handful of indexes on one table, some usually \
            overlap or go unused. The primary key and unique constraints count, since each is an index. The \
            limit is max-indexes-per-table in [lint] (default 10).
            """,
        fix: "Check which indexes queries use (pg_stat_user_indexes, sys.schema_unused_indexes), merge overlapping ones, drop the rest.",
        triggering: [
            RuleExample("""
                CREATE TABLE ↓posts (id bigint PRIMARY KEY, author_id bigint, created_at timestamptz, title text);
                CREATE INDEX posts_author_idx ON posts (author_id);
                CREATE INDEX posts_created_idx ON posts (created_at);
                CREATE INDEX posts_title_idx ON posts (title);
                """, .postgresql, configuration: LintConfiguration(maxIndexesPerTable: 3)),
            RuleExample("""
                CREATE TABLE ↓posts (id INT NOT NULL, a INT, b INT, c INT, PRIMARY KEY (id), KEY (a), KEY (b), KEY (c)) ENGINE=InnoDB;
                """, .mysql, configuration: LintConfiguration(maxIndexesPerTable: 3)),
            RuleExample("""
                CREATE TABLE ↓posts (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c TEXT UNIQUE);
                CREATE INDEX posts_a ON posts (a);
                CREATE INDEX posts_b ON posts (b);
                """, .sqlite, configuration: LintConfiguration(maxIndexesPerTable: 2)),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, created_at timestamptz, title text);
                CREATE INDEX posts_author_idx ON posts (author_id);
                CREATE INDEX posts_created_idx ON posts (created_at);
                """, .postgresql, configuration: LintConfiguration(maxIndexesPerTable: 3)),
            RuleExample("""
                CREATE TABLE posts (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER);
                CREATE INDEX posts_a ON posts (a);
                CREATE INDEX posts_b ON posts (b);
                """, .sqlite),
        ],
        check: { context in
            let limit = context.configuration.maxIndexesPerTable
            return context.model.tables.compactMap { table in
                let count = table.keys.count
                guard count > limit else { return nil }
                return RuleFinding(.tooMany(context.target(table), count: count, limit: limit), at: table.location,
                                   target: context.target(table))
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func tooMany(_ table: String, count: Int, limit: Int) -> Self {
        "table \(table) has \(count) indexes (counting its primary key and unique constraints), more than the limit of \(limit)"
    }
}
