import Schema

extension Rule {
    public static let foreignKeyTargetNotUnique = Rule(
        id: "foreign-key-target-not-unique",
        name: "Foreign key references columns that are not a key",
        category: .integrity,
        severity: .error,
        rationale: """
            A foreign key must reference a primary key or a unique key, so that each child row has exactly one \
            parent. PostgreSQL refuses the constraint; SQLite accepts the DDL but then fails every insert, update \
            and delete on the child with "foreign key mismatch" while foreign keys are enabled; MySQL (InnoDB) \
            accepts it when the columns are merely indexed, and a child row may then match several parents. \
            Also reported: a foreign key that names no columns on a table without a primary key.
            """,
        fix: "Reference the parent's primary key, or declare a UNIQUE constraint on the referenced columns.",
        triggering: [
            RuleExample("""
                CREATE TABLE teams (id bigint PRIMARY KEY, slug text NOT NULL);
                CREATE TABLE members (id bigint PRIMARY KEY, team_slug text ↓REFERENCES teams (slug));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE teams (id INT NOT NULL, slug VARCHAR(40) NOT NULL, PRIMARY KEY (id), KEY (slug)) ENGINE=InnoDB;
                CREATE TABLE members (id INT NOT NULL, team_slug VARCHAR(40), PRIMARY KEY (id), KEY (team_slug),
                    ↓FOREIGN KEY (team_slug) REFERENCES teams (slug)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE teams (id INTEGER PRIMARY KEY, slug TEXT NOT NULL);
                CREATE TABLE members (id INTEGER PRIMARY KEY, team_slug TEXT ↓REFERENCES teams (slug));
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE teams (id bigint PRIMARY KEY, slug text NOT NULL UNIQUE);
                CREATE TABLE members (id bigint PRIMARY KEY, team_slug text REFERENCES teams (slug),
                    team_id bigint REFERENCES teams);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE teams (id INT NOT NULL, slug VARCHAR(40) NOT NULL, PRIMARY KEY (id), UNIQUE KEY (slug)) ENGINE=InnoDB;
                CREATE TABLE members (id INT NOT NULL, team_slug VARCHAR(40), PRIMARY KEY (id), KEY (team_slug),
                    FOREIGN KEY (team_slug) REFERENCES teams (slug)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE teams (id INTEGER PRIMARY KEY, slug TEXT NOT NULL);
                CREATE UNIQUE INDEX teams_slug ON teams (slug);
                CREATE TABLE members (id INTEGER PRIMARY KEY, team_slug TEXT REFERENCES teams (slug));
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                for foreignKey in table.foreignKeys {
                    guard let parent = context.table(named: foreignKey.referencedTable) else { continue }
                    let target = foreignKey.columns.count == 1 ? context.target(table, foreignKey.columns[0]) : context.target(table)
                    if foreignKey.referencedColumns.isEmpty {
                        if parent.primaryKey == nil {
                            findings.append(RuleFinding(.noParentKey(context.target(table), parent: context.target(parent)),
                                                        at: foreignKey.location, target: target))
                        }
                        continue
                    }
                    let referenced = Set(foreignKey.referencedColumns.map { $0.lowercased() })
                    let isKey = parent.keys.contains { key in
                        key.isUnique && key.predicate == nil && key.columns.map(Set.init) == referenced
                    }
                    guard !isKey else { continue }
                    findings.append(RuleFinding(.notUnique(context.target(table), parent: context.target(parent),
                                                           columns: foreignKey.referencedColumns.joined(separator: ", ")),
                                                at: foreignKey.location, target: target))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func notUnique(_ table: String, parent: String, columns: String) -> Self {
        "a foreign key of \(table) references \(parent) (\(columns)), which is neither its primary key nor a unique key"
    }

    fileprivate static func noParentKey(_ table: String, parent: String) -> Self {
        "a foreign key of \(table) references \(parent) without naming columns, but \(parent) has no primary key"
    }
}
