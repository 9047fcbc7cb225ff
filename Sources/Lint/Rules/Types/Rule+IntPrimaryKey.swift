import Schema

extension Rule {
    public static let intPrimaryKey = Rule(
        id: "int-primary-key",
        name: "Generated primary key narrower than 64 bits",
        category: .types,
        severity: .warning,
        dialects: [.postgresql, .mysql],
        rationale: """
            A key generated on every insert (serial, identity, AUTO_INCREMENT) as a 32-bit integer runs out at \
            2,147,483,647 (4,294,967,295 unsigned), and MEDIUMINT much sooner. Sequences also skip values on \
            rollbacks and restarts, so busy tables get there faster than their row count suggests, and widening \
            the key later rewrites the table and every referencing column. bigint costs 4 more bytes per row. \
            smallint and tinyint keys are left alone (they are deliberate choices for small lookup tables), and \
            SQLite is not checked: its INTEGER PRIMARY KEY is 64-bit.
            """,
        fix: "Use bigint (bigint unsigned in MySQL) for generated keys, and for the columns that reference them.",
        triggering: [
            RuleExample("CREATE TABLE orders (↓id serial PRIMARY KEY, placed_at timestamptz NOT NULL);", .postgresql),
            RuleExample("CREATE TABLE orders (↓id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);", .postgresql),
            RuleExample("""
                CREATE TABLE orders (↓id INT UNSIGNED NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);", .postgresql),
            RuleExample("CREATE TABLE countries (id integer PRIMARY KEY, name text NOT NULL);", .postgresql),
            RuleExample("""
                CREATE TABLE languages (id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) ENGINE=InnoDB;
                CREATE TABLE orders (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        check: { context in
            context.model.tables.compactMap { table in
                guard let primaryKey = table.primaryKey, primaryKey.columns.count == 1,
                      let column = table.column(named: primaryKey.columns[0]),
                      let identity = column.identity, identity != .rowid else { return nil }
                let type = context.resolvedType(column.type)
                guard type.kind == .integer || type.kind == .mediumint else { return nil }
                return RuleFinding(.narrowKey(context.target(table, column.name), type: type),
                                   at: column.location, target: context.target(table, column.name))
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func narrowKey(_ column: String, type: DataType) -> Self {
        let limit: String
        switch (type.kind, type.isUnsigned) {
        case (.mediumint, false): limit = "8,388,607"
        case (.mediumint, true): limit = "16,777,215"
        case (_, true): limit = "4,294,967,295"
        default: limit = "2,147,483,647"
        }
        return "\(column) is a generated \(type.normalized) key; it runs out after \(limit) values, use bigint"
    }
}
