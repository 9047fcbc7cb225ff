import Schema

extension Rule {
    public static let lowCardinalityIndex = Rule(
        id: "low-cardinality-index",
        name: "Index on a lone low-cardinality column",
        category: .indexing,
        severity: .info,
        rationale: """
            An index on just a boolean, a short enum, or a status-like column has a handful of distinct values, \
            each matching a large share of the table: the planner rarely uses it for the common values, yet every \
            write maintains it. Reported: single-column, non-unique, non-partial indexes on a boolean column, an \
            enum of at most 10 labels, or a text or small-integer column named like a status or flag (status, \
            state, gender, is_*, has_*).
            """,
        fix: "Make it a partial index on the rare value (WHERE NOT processed), or put the column after a selective one in a composite index.",
        triggering: [
            RuleExample("""
                CREATE TABLE jobs (id bigint PRIMARY KEY, processed boolean NOT NULL DEFAULT false);
                ↓CREATE INDEX jobs_processed_idx ON jobs (processed);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
                ↓CREATE INDEX orders_status_idx ON orders (status);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id INT NOT NULL, state ENUM('open','closed') NOT NULL, PRIMARY KEY (id),
                    KEY ↓orders_state (state)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY, is_admin INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX ↓users_is_admin ON users (is_admin);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE jobs (id bigint PRIMARY KEY, processed boolean NOT NULL DEFAULT false, queue text NOT NULL);
                CREATE INDEX jobs_pending_idx ON jobs (id) WHERE NOT processed;
                CREATE INDEX jobs_queue_processed_idx ON jobs (queue, processed);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE orders (id INT NOT NULL, status_code INT NOT NULL, PRIMARY KEY (id), KEY (status_code)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                CREATE INDEX users_email ON users (email);
                """, .sqlite),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.keys.compactMap { key -> RuleFinding? in
                    guard key.kind == .index, !key.isUnique, key.predicate == nil, key.elements.count == 1,
                          let name = key.columns?.first, let column = table.column(named: name),
                          let reason = LowCardinality.reason(column, context) else { return nil }
                    return RuleFinding(.lowCardinality(key.label, column: context.target(table, column.name), reason: reason),
                                       at: key.location, target: context.target(table, column.name))
                }
            }
        })
}

/// Why a column probably has few distinct values, if it does.
enum LowCardinality {
    static let statusWords: Set<String> = ["status", "state", "gender", "sex", "flag"]
    static let flagPrefixes: Set<String> = ["is", "has", "can", "should", "was"]

    static func reason(_ column: Column, _ context: RuleContext) -> String? {
        let type = context.resolvedType(column.type)
        guard !type.isArray else { return nil }
        if type.kind == .boolean { return "boolean" }
        if let labels = context.enumValues(of: type), labels.count <= 10 { return "an enum of \(labels.count) labels" }
        let words = IdentifierWords.split(column.name)
        guard let last = words.last else { return nil }
        let smallInteger = type.kind == .tinyint || type.kind == .smallint || type.kind == .boolean
            || (context.dialect == .sqlite && (type.kind == .integer || type.kind == .bigint))  // SQLite flags are INTEGER
        if let first = words.first, words.count > 1, flagPrefixes.contains(first), smallInteger || type.kind == .char {
            return "a flag"
        }
        if statusWords.contains(last), type.kind.isText || smallInteger { return "status-like" }
        return nil
    }
}

extension RuleFinding.Message {
    fileprivate static func lowCardinality(_ key: String, column: String, reason: String) -> Self {
        "\(key) covers only \(column) (\(reason)), whose few values each match many rows"
    }
}
