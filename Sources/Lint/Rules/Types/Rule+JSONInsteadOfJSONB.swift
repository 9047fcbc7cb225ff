import Schema

extension Rule {
    public static let jsonInsteadOfJSONB = Rule(
        id: "json-instead-of-jsonb",
        name: "json instead of jsonb",
        category: .types,
        severity: .warning,
        dialects: [.postgresql],
        rationale: """
            PostgreSQL's json stores the text as given and parses it again on every access; it has no equality \
            operator (so no DISTINCT, GROUP BY or unique index on it) and cannot be indexed with GIN. jsonb stores \
            the parsed form, supports containment operators and GIN indexes, and is what functions are optimized \
            for. Keep json only when the exact text, key order and duplicate keys must survive. MySQL's JSON is \
            already binary; SQLite has no JSON type.
            """,
        fix: "Use jsonb.",
        triggering: [
            RuleExample("CREATE TABLE events (id bigint PRIMARY KEY, ↓payload json NOT NULL);", .postgresql),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);", .postgresql),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { context.resolvedType($0.type).kind == .json }.map { column in
                    RuleFinding(.json(context.target(table, column.name)), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func json(_ column: String) -> Self {
        "\(column) is json; use jsonb, which can be compared and indexed"
    }
}
