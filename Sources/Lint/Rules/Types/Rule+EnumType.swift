import Schema

extension Rule {
    public static let enumType = Rule(
        id: "enum-type",
        name: "Enumerated type",
        category: .types,
        severity: .info,
        dialects: [.postgresql, .mysql],
        rationale: """
            An enum puts business vocabulary into the schema. Adding a label is cheap (PostgreSQL ALTER TYPE ... \
            ADD VALUE; MySQL when appended at the end), but removing or renaming one, or reordering, means \
            rebuilding the type or the table and rewriting every column that uses it; labels carry no \
            description, cannot be deactivated, and are invisible to reports that join lookup tables. \
            Alternatives: a lookup table with a foreign key (labels become rows, with their own attributes), or \
            text with a CHECK (... IN (...)) constraint (changed with one ALTER TABLE ... NOT VALID). An enum is \
            a fine choice for a short, closed set that will not change, such as days of the week. PostgreSQL \
            types are reported once where they are created; MySQL inline ENUM columns where they are declared.
            """,
        fix: "Prefer a lookup table with a foreign key, or text with a CHECK constraint, unless the set is closed for good.",
        triggering: [
            RuleExample("""
                ↓CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
                CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id INT NOT NULL, ↓status ENUM('pending','paid','shipped') NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE order_statuses (code text PRIMARY KEY, label text NOT NULL);
                CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL REFERENCES order_statuses (code));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id INT NOT NULL, status VARCHAR(10) NOT NULL,
                    PRIMARY KEY (id), CHECK (status IN ('pending', 'paid', 'shipped'))) ENGINE=InnoDB;
                """, .mysql),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for type in context.model.enums {
                findings.append(RuleFinding(.enumType(type.name.description, count: type.values.count), at: type.location,
                                            target: type.name.description))
            }
            for table in context.model.tables {
                for column in table.columns where column.type.kind == .enumeration && column.type.typeName == nil {
                    findings.append(RuleFinding(.enumColumn(context.target(table, column.name), count: column.type.values.count),
                                                at: column.location, target: context.target(table, column.name)))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func enumType(_ name: String, count: Int) -> Self {
        "enum type \(name) (\(count) labels) makes removing or renaming a label a schema migration; consider a lookup table or a CHECK constraint"
    }

    fileprivate static func enumColumn(_ column: String, count: Int) -> Self {
        "\(column) is an ENUM of \(count) labels; changing the list other than by appending rebuilds the table"
    }
}
