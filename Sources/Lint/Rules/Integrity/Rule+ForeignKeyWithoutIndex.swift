import Schema

extension Rule {
    public static let foreignKeyWithoutIndex = Rule(
        id: "foreign-key-without-index",
        name: "Foreign key without index",
        category: .integrity,
        severity: .warning,
        dialects: [.postgresql, .sqlite],
        rationale: """
            A foreign key is checked from both ends: inserts look up the parent through its key, but every \
            DELETE or key UPDATE on the parent looks for child rows, and joins from parent to children do too. \
            Without an index whose leading columns are the foreign key's columns, each of those scans the whole \
            child table, and in PostgreSQL holds locks for as long. A primary key, unique constraint or index \
            whose first columns are the foreign key's (in any order) counts; so does a partial index whose only \
            condition is that those columns are NOT NULL. Not run on MySQL: InnoDB creates such an index itself \
            for every foreign key that lacks one, so the DDL never leaves it out.
            """,
        fix: "Create an index on the foreign key's columns (or put them first in an existing composite index).",
        triggering: [
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (
                    id bigint PRIMARY KEY,
                    customer_id bigint NOT NULL,
                    placed_at timestamptz NOT NULL,
                    ↓FOREIGN KEY (customer_id) REFERENCES customers (id)
                );
                CREATE INDEX orders_placed_customer_idx ON orders (placed_at, customer_id);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE customers (id INTEGER PRIMARY KEY);
                CREATE TABLE orders (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL ↓REFERENCES customers (id)
                );
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (
                    id bigint PRIMARY KEY,
                    customer_id bigint NOT NULL REFERENCES customers (id),
                    placed_at timestamptz NOT NULL
                );
                CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE posts (id bigint PRIMARY KEY);
                CREATE TABLE tags (id bigint PRIMARY KEY);
                CREATE TABLE post_tags (
                    tag_id bigint NOT NULL REFERENCES tags (id),
                    post_id bigint NOT NULL REFERENCES posts (id),
                    PRIMARY KEY (post_id, tag_id)
                );
                CREATE INDEX post_tags_tag_idx ON post_tags (tag_id);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE invites (id bigint PRIMARY KEY, accepted_by bigint REFERENCES users (id));
                CREATE INDEX invites_accepted_by_idx ON invites (accepted_by) WHERE accepted_by IS NOT NULL;
                """, .postgresql),
            RuleExample("""
                CREATE TABLE customers (id INTEGER PRIMARY KEY);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id));
                CREATE INDEX orders_customer ON orders (customer_id);
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                let keys = table.keys
                for foreignKey in table.foreignKeys where !foreignKey.columns.isEmpty {
                    let columns = Set(foreignKey.columns.map { $0.lowercased() })
                    let covered = keys.contains { key in key.serves(columns) }
                    guard !covered else { continue }
                    let list = foreignKey.columns.joined(separator: ", ")
                    let target = foreignKey.columns.count == 1 ? context.target(table, foreignKey.columns[0]) : context.target(table)
                    findings.append(RuleFinding(.unindexed(table: context.target(table), columns: list,
                                                           parent: foreignKey.referencedTable.description),
                                                at: foreignKey.location, target: target))
                }
            }
            return findings
        })
}

extension TableKey {
    /// Whether lookups by equality on `columns` can use this key: its first `columns.count` elements are
    /// exactly those columns, and it is a B-tree (or a one-column hash index on the one column), and a
    /// partial index asks only that the columns are not null.
    func serves(_ columns: Set<String>) -> Bool {
        let leading = leadingColumns
        guard leading.count >= columns.count, Set(leading.prefix(columns.count)) == columns else { return false }
        guard isBTree || (method == "hash" && elements.count == 1 && columns.count == 1) else { return false }
        if let predicate {
            guard let required = SQLText.notNullColumns(in: predicate), required.isSubset(of: columns) else { return false }
        }
        return true
    }
}

extension RuleFinding.Message {
    fileprivate static func unindexed(table: String, columns: String, parent: String) -> Self {
        "foreign key \(table) (\(columns)) → \(parent) has no index starting with its columns; deletes in \(parent) and joins scan \(table)"
    }
}
