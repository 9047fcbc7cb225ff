import Schema

extension Rule {
    public static let zeroDateDefault = Rule(
        id: "zero-date-default",
        name: "Zero date default (MySQL)",
        category: .types,
        severity: .warning,
        dialects: [.mysql],
        rationale: """
            '0000-00-00' is not a date. MySQL's default SQL mode (strict, with NO_ZERO_DATE) rejects it, so the \
            CREATE TABLE fails on a server with default settings, and where it is accepted, drivers turn it into \
            errors or nulls. A column with no known date should be NULL.
            """,
        fix: "Make the column nullable with DEFAULT NULL, or give it a real default such as CURRENT_TIMESTAMP.",
        triggering: [
            RuleExample("""
                CREATE TABLE posts (id INT NOT NULL, ↓published_at DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                    PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE posts (id INT NOT NULL, published_at DATETIME NULL DEFAULT NULL,
                    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { column in
                    guard context.resolvedType(column.type).kind.isTemporal, let expression = column.defaultExpression else { return false }
                    return SQLText.normalized(expression).hasPrefix("'0000-00-00")
                }.map { column in
                    RuleFinding(.zeroDate(context.target(table, column.name)), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func zeroDate(_ column: String) -> Self {
        "\(column) defaults to the zero date '0000-00-00', which strict SQL modes reject"
    }
}
