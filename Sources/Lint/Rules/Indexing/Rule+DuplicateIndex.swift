import Schema

extension Rule {
    public static let duplicateIndex = Rule(
        id: "duplicate-index",
        name: "Duplicate index",
        category: .indexing,
        severity: .warning,
        rationale: """
            Two indexes with the same columns, order, method and condition do the same job: the second one \
            only slows every write, takes disk and cache, and makes the planner choose between equals. A primary \
            key and a UNIQUE constraint are backed by an index, so an index on exactly their columns is a \
            duplicate too. Of two duplicates the weaker one is reported: a plain index before a unique one, an \
            index before a constraint, and otherwise the later one.
            """,
        fix: "Drop the reported index (or constraint).",
        triggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE INDEX users_email_idx ON users (email);
                ↓CREATE INDEX users_email_idx2 ON users (email);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
                ↓CREATE INDEX users_email_idx ON users (email);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE users (id INT NOT NULL, email VARCHAR(200) NOT NULL, PRIMARY KEY (id),
                    UNIQUE KEY users_email (email), KEY ↓users_email_idx (email)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                CREATE INDEX users_email ON users (email);
                CREATE INDEX ↓users_email_again ON users (email);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, deleted_at timestamptz);
                CREATE INDEX users_email_idx ON users (email);
                CREATE INDEX users_live_email_idx ON users (email) WHERE deleted_at IS NULL;
                CREATE INDEX users_email_lower_idx ON users (lower(email));
                CREATE INDEX users_email_hash_idx ON users USING hash (email);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE users (id INT NOT NULL, email VARCHAR(200) NOT NULL, PRIMARY KEY (id),
                    KEY users_email (email), KEY users_email_id (email, id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                CREATE INDEX users_email ON users (email);
                CREATE INDEX users_email_nocase ON users (email COLLATE NOCASE);
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                let keys = table.keys
                // Each key's signatures once, not once per pair.
                let signatures = keys.map(\.elementSignatures)
                var reported = Set<Int>()
                for i in keys.indices {
                    for j in keys.indices where j > i && !reported.contains(i) && !reported.contains(j) {
                        let a = keys[i], b = keys[j]
                        guard signatures[i] == signatures[j], a.hasSameMethodConditionAndInclude(as: b) else { continue }
                        let (duplicate, kept) = a.strength > b.strength || (a.strength == b.strength && a.location <= b.location)
                            ? (j, a) : (i, b)
                        reported.insert(duplicate)
                        let key = keys[duplicate]
                        findings.append(RuleFinding(.duplicate(key.label, table: context.target(table), elements: key.elementList,
                                                               kept: kept.label, line: kept.location.line),
                                                    at: key.location, target: context.target(table)))
                    }
                }
            }
            return findings
        })
}

extension TableKey {
    /// Same method, condition and INCLUDE columns: with the same `elementSignatures`, the same definition.
    func hasSameMethodConditionAndInclude(as other: TableKey) -> Bool {
        method == other.method && predicate == other.predicate && Set(include) == Set(other.include)
    }

    /// Which of two equal keys to keep: primary key, then unique constraint, unique index, plain index.
    var strength: Int {
        switch kind {
        case .primaryKey: 3
        case .uniqueConstraint: 2
        case .index: isUnique ? 1 : 0
        }
    }
}

extension RuleFinding.Message {
    fileprivate static func duplicate(_ key: String, table: String, elements: String, kept: String, line: Int) -> Self {
        "\(key) on \(table) \(elements) duplicates the \(kept) on line \(line)"
    }
}
