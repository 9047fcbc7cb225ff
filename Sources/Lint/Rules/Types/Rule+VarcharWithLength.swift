import Schema

extension Rule {
    public static let varcharWithLength = Rule(
        id: "varchar-with-length",
        name: "varchar(n) in PostgreSQL",
        category: .types,
        severity: .info,
        dialects: [.postgresql],
        rationale: """
            In PostgreSQL varchar(n) is stored exactly like text; the length is only a check, and an arbitrary \
            one (255 is a MySQL habit). Raising it later is cheap, but lowering it or moving the limit rewrites \
            or rescans the table under an exclusive lock, and the limit counts characters, not the bytes an \
            index entry may hold. text with a named CHECK constraint says the same, can be changed with NOT \
            VALID plus VALIDATE without blocking, and gives a clearer error.
            """,
        fix: "Use text, with CHECK (char_length(col) <= n) when the limit is a real rule.",
        triggering: [
            RuleExample("CREATE TABLE users (id bigint PRIMARY KEY, ↓email varchar(255) NOT NULL);", .postgresql),
            RuleExample("CREATE TABLE users (id bigint PRIMARY KEY, ↓name character varying(100));", .postgresql),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL CHECK (char_length(email) <= 320),
                    nickname varchar);
                """, .postgresql),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { $0.type.kind == .varchar && $0.type.length != nil }.map { column in
                    RuleFinding(.limited(context.target(table, column.name), type: column.type), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func limited(_ column: String, type: DataType) -> Self {
        "\(column) is \(type.normalized); in PostgreSQL prefer text with a CHECK on its length"
    }
}
