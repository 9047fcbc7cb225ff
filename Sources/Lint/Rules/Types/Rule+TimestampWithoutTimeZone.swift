import Schema

extension Rule {
    public static let timestampWithoutTimeZone = Rule(
        id: "timestamp-without-time-zone",
        name: "timestamp without time zone",
        category: .types,
        severity: .warning,
        dialects: [.postgresql],
        rationale: """
            PostgreSQL's `timestamp` (without time zone) stores a wall-clock reading with no zone: the same \
            value means different instants to clients in different zones, and arithmetic across daylight-saving \
            changes is off by an hour. `timestamptz` stores an instant (in UTC) and converts for each session, at \
            the same 8 bytes. Not run on MySQL: it has no zone-aware type (TIMESTAMP converts through the session \
            zone but ends in 2038, DATETIME never converts), so neither is a fix for the other. Not run on SQLite, \
            which has no date types.
            """,
        fix: "Use timestamptz (timestamp with time zone); keep a wall-clock timestamp only for local times with a separate zone column.",
        triggering: [
            RuleExample("CREATE TABLE events (id bigint PRIMARY KEY, ↓happened_at timestamp NOT NULL);", .postgresql),
            RuleExample("CREATE TABLE events (id bigint PRIMARY KEY, ↓happened_at timestamp(3) without time zone);", .postgresql),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, on_day date);", .postgresql),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { context.resolvedType($0.type).kind == .timestamp }.map { column in
                    RuleFinding(.noZone(context.target(table, column.name)), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func noZone(_ column: String) -> Self {
        "\(column) is timestamp without time zone; use timestamptz so it records an instant"
    }
}
