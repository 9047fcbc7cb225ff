import Schema

extension Rule {
    public static let likelyMissingForeignKey = Rule(
        id: "likely-missing-foreign-key",
        name: "Reference column without foreign key",
        category: .integrity,
        severity: .warning,
        rationale: """
            A column named after another table (`customer_id` next to a table `customer`, `customers`, `boxes` for \
            `box_id`, `categories` for `category_id`) almost always holds that table's key. Without a FOREIGN KEY \
            the database accepts ids that point nowhere and keeps them when the row they named is deleted, and \
            nothing documents the relationship. The column is reported only when the named table has a \
            one-column primary key of a compatible type (both integers, both uuids, both text). A pair \
            `x_type` + `x_id` is left to polymorphic-association. A partition has the foreign keys of its parent.
            """,
        fix: "Add a FOREIGN KEY (with an index on the column), or rename the column if it is not a reference.",
        triggering: [
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, ↓customer_id bigint NOT NULL);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE categories (id integer PRIMARY KEY);
                CREATE TABLE products (id integer PRIMARY KEY, ↓category_id integer);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE payments (id bigint NOT NULL, ↓customer_id bigint NOT NULL, paid_on date NOT NULL)
                    PARTITION BY RANGE (paid_on);
                CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE payments_2025 PARTITION OF payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                """, .postgresql),
            RuleExample("""
                CREATE TABLE box (box_id INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (box_id)) ENGINE=InnoDB;
                CREATE TABLE item (item_id INT NOT NULL AUTO_INCREMENT, ↓box_id INT, PRIMARY KEY (item_id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE authors (id INTEGER PRIMARY KEY);
                CREATE TABLE books (id INTEGER PRIMARY KEY, ↓author_id INTEGER NOT NULL);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE payments (id bigint NOT NULL, customer_id bigint NOT NULL REFERENCES customers (id),
                    paid_on date NOT NULL) PARTITION BY RANGE (paid_on);
                CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """, .postgresql),
            RuleExample("""
                CREATE TABLE sessions (id uuid PRIMARY KEY);
                CREATE TABLE events (id bigint PRIMARY KEY, session_id text NOT NULL, external_id text);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE posts (id bigint PRIMARY KEY);
                CREATE TABLE comments (id bigint PRIMARY KEY, post_type text NOT NULL, post_id bigint NOT NULL);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE box (box_id INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (box_id)) ENGINE=InnoDB;
                CREATE TABLE item (item_id INT NOT NULL, box_id INT, PRIMARY KEY (item_id),
                    CONSTRAINT item_box FOREIGN KEY (box_id) REFERENCES box (box_id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE authors (id INTEGER PRIMARY KEY);
                CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id));
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                // PostgreSQL gives a partitioned table's foreign keys to every partition.
                let parent = table.partitionOf.flatMap { context.table(named: $0.parent) }
                for (column, referenced, keyColumn) in missingReferences(in: table, context: context) {
                    if let parent, references(parent, column.name) { continue }
                    findings.append(RuleFinding(.missingReference(context.target(table, column.name),
                                                                  parent: context.target(referenced, keyColumn.name)),
                                                at: column.location, target: context.target(table, column.name)))
                }
            }
            return findings
        })

    /// Whether `table` has a foreign key that covers `column`.
    private static func references(_ table: Table, _ column: String) -> Bool {
        table.foreignKeys.contains { key in key.columns.contains { $0.caseInsensitiveCompare(column) == .orderedSame } }
    }

    /// The columns of `table` that look like references without a foreign key, with the table and key
    /// column they name.
    private static func missingReferences(in table: Table, context: RuleContext) -> [(Column, Table, Column)] {
        var found: [(Column, Table, Column)] = []
        let referencing = Set(table.foreignKeys.flatMap { $0.columns.map { $0.lowercased() } })
        let names = Set(table.columns.map { $0.name.lowercased() })
        for column in table.columns where !referencing.contains(column.name.lowercased()) {
            guard let prefix = IdentifierWords.prefixBeforeIDSuffix(column.name) else { continue }
            let base = prefix.lowercased()
            if names.contains(base + "_type") || names.contains(base + "type") { continue }
            guard let parent = likelyParent(of: base, in: context),
                  let parentKey = parent.primaryKey, parentKey.columns.count == 1,
                  let keyColumn = parent.column(named: parentKey.columns[0]) else { continue }
            if parent.name == table.name { continue }
            guard TypeFamily(context.resolvedType(column.type)) == TypeFamily(context.resolvedType(keyColumn.type)),
                  TypeFamily(context.resolvedType(column.type)).canBeKey else { continue }
            found.append((column, parent, keyColumn))
        }
        return found
    }

    /// The table a `base_id` column most likely names: `base`, `bases`, `basees`, or `basies` for `basy`.
    private static func likelyParent(of base: String, in context: RuleContext) -> Table? {
        var candidates = [base, base + "s", base + "es"]
        if base.hasSuffix("y") { candidates.append(String(base.dropLast()) + "ies") }
        for candidate in candidates {
            if let table = context.tables(bareName: candidate).first { return table }
        }
        return nil
    }
}

extension RuleFinding.Message {
    fileprivate static func missingReference(_ column: String, parent: String) -> Self {
        "\(column) looks like a reference to \(parent) but has no foreign key"
    }
}
