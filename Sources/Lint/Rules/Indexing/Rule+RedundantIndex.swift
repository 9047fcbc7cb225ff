import Schema

extension Rule {
    public static let redundantIndex = Rule(
        id: "redundant-index",
        name: "Index covered by another index",
        category: .indexing,
        severity: .warning,
        rationale: """
            A B-tree index on (a) is a leading prefix of an index on (a, b): every lookup, range scan and sort \
            the first can serve, the second serves too (including the lookups a foreign key on a needs), so the \
            first only costs writes and memory. Only non-unique B-tree indexes with the same condition are \
            reported (a unique index enforces something the longer one does not), element by element with the \
            same order and options, and only when the longer key also holds the shorter one's INCLUDE columns.
            """,
        fix: "Drop the reported index.",
        triggering: [
            RuleExample("""
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL);
                ↓CREATE INDEX orders_customer_idx ON orders (customer_id);
                CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE grants (user_id bigint NOT NULL, role text NOT NULL, PRIMARY KEY (user_id, role));
                ↓CREATE INDEX grants_user_idx ON grants (user_id);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id INT NOT NULL, customer_id INT NOT NULL, placed_at DATETIME NOT NULL, PRIMARY KEY (id),
                    KEY ↓orders_customer (customer_id), KEY orders_customer_placed (customer_id, placed_at)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, placed_at TEXT NOT NULL);
                CREATE INDEX ↓orders_customer ON orders (customer_id);
                CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, placed_at timestamptz NOT NULL,
                    reference text NOT NULL);
                CREATE UNIQUE INDEX orders_reference_key ON orders (reference);
                CREATE INDEX orders_reference_placed_idx ON orders (reference, placed_at);
                CREATE INDEX orders_placed_idx ON orders (placed_at);
                CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at);
                CREATE INDEX orders_open_customer_idx ON orders (customer_id) WHERE placed_at > '2020-01-01';
                CREATE INDEX orders_customer_gin ON orders USING gin (customer_id, reference);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
                CREATE INDEX orders_customer_total_idx ON orders (customer_id) INCLUDE (total);
                CREATE INDEX orders_customer_id_idx ON orders (customer_id, id);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, placed_at TEXT NOT NULL);
                CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at);
                CREATE INDEX orders_placed_customer ON orders (placed_at, customer_id);
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                let keys = table.keys
                // Each key's signatures once, not once per pair.
                let allSignatures = keys.map(\.elementSignatures)
                for (offset, key) in keys.enumerated() where key.kind == .index && !key.isUnique && key.isBTree {
                    let signatures = allSignatures[offset]
                    let covering = keys.enumerated().filter { other, candidate in
                        guard other != offset, candidate.isBTree, candidate.predicate == key.predicate else { return false }
                        let candidateSignatures = allSignatures[other]
                        guard candidateSignatures.count >= signatures.count,
                              Array(candidateSignatures.prefix(signatures.count)) == signatures else { return false }
                        let available = Set(candidate.leadingColumns + candidate.include)
                        guard Set(key.include).isSubset(of: available) else { return false }
                        // Identical definitions are duplicate-index's to report.
                        return !(candidateSignatures.count == signatures.count && Set(candidate.include) == Set(key.include))
                    }.map(\.element)
                    guard let longer = covering.min(by: { ($0.elements.count, -$0.strength) < ($1.elements.count, -$1.strength) })
                    else { continue }
                    findings.append(RuleFinding(.redundant(key.label, table: context.target(table), elements: key.elementList,
                                                           longer: longer.label, longerElements: longer.elementList,
                                                           line: longer.location.line),
                                                at: key.location, target: context.target(table)))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func redundant(_ key: String, table: String, elements: String, longer: String,
                                      longerElements: String, line: Int) -> Self {
        "\(key) on \(table) \(elements) is a prefix of the \(longer) \(longerElements) on line \(line), which serves the same lookups"
    }
}
