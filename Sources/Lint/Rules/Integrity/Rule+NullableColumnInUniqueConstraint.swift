import Schema

extension Rule {
    public static let nullableColumnInUniqueConstraint = Rule(
        id: "nullable-column-in-unique-constraint",
        name: "Nullable column in a multi-column unique key",
        category: .integrity,
        severity: .warning,
        rationale: """
            SQL treats NULLs as distinct from each other, so a UNIQUE key over (a, b) where b may be NULL accepts \
            any number of rows (1, NULL): the uniqueness the constraint seems to promise does not hold for those \
            rows. A one-column unique key on a nullable column is the usual way to say "unique when present" and \
            is not reported; nor are PostgreSQL 15 `NULLS NOT DISTINCT` constraints, or partial unique indexes \
            whose condition excludes the NULLs.
            """,
        fix: "Make the columns NOT NULL, use NULLS NOT DISTINCT (PostgreSQL 15+), or add partial unique indexes for the NULL cases.",
        triggering: [
            RuleExample("""
                CREATE TABLE memberships (
                    id bigint PRIMARY KEY,
                    user_id bigint NOT NULL,
                    team_id bigint,
                    ↓CONSTRAINT memberships_user_team UNIQUE (user_id, team_id)
                );
                """, .postgresql),
            RuleExample("""
                CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, region text);
                ↓CREATE UNIQUE INDEX prices_product_region ON prices (product_id, region);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE memberships (id INT NOT NULL, user_id INT NOT NULL, team_id INT, PRIMARY KEY (id),
                    UNIQUE KEY ↓memberships_user_team (user_id, team_id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE memberships (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, team_id INTEGER,
                    ↓UNIQUE (user_id, team_id));
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);
                CREATE TABLE memberships (id bigint PRIMARY KEY, user_id bigint NOT NULL, team_id bigint NOT NULL,
                    UNIQUE (user_id, team_id));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE memberships (id bigint PRIMARY KEY, user_id bigint NOT NULL, team_id bigint,
                    UNIQUE NULLS NOT DISTINCT (user_id, team_id));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, region text);
                CREATE UNIQUE INDEX prices_product_region ON prices (product_id, region) WHERE region IS NOT NULL;
                """, .postgresql),
            RuleExample("""
                CREATE TABLE memberships (id INT NOT NULL, user_id INT NOT NULL, team_id INT NOT NULL, PRIMARY KEY (id),
                    UNIQUE KEY memberships_user_team (user_id, team_id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE);
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                for key in table.keys where key.kind != .primaryKey && key.isUnique {
                    guard let columns = key.columns, columns.count > 1, !key.nullsNotDistinct else { continue }
                    let excluded = key.predicate.flatMap(SQLText.notNullColumns(in:)) ?? []
                    let nullable = columns.filter { name in
                        !excluded.contains(name) && (table.column(named: name)?.isNullable ?? false)
                    }
                    guard let first = nullable.first else { continue }
                    let names = nullable.compactMap { table.column(named: $0)?.name }
                    findings.append(RuleFinding(.nullableInUnique(key.label, table: context.target(table),
                                                                  elements: key.elementList, nullable: names),
                                                at: key.location, target: context.target(table, table.column(named: first)?.name ?? first)))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func nullableInUnique(_ key: String, table: String, elements: String, nullable: [String]) -> Self {
        let list = nullable.joined(separator: ", ")
        let verb = nullable.count == 1 ? "is" : "are"
        return "\(key) on \(table) \(elements) does not prevent duplicates when \(list) \(verb) NULL"
    }
}
