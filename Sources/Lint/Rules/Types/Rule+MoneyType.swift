import Schema

extension Rule {
    public static let moneyType = Rule(
        id: "money-type",
        name: "PostgreSQL money type",
        category: .types,
        severity: .warning,
        dialects: [.postgresql],
        rationale: """
            PostgreSQL's money type has a fixed fractional precision taken from the lc_monetary setting: the same \
            dump restored on a server with another locale reads different amounts, it holds no currency, and \
            division and conversions round in surprising ways. The PostgreSQL wiki lists it under "Don't Do This".
            """,
        fix: "Use numeric with an explicit scale (and a currency column if amounts may differ in currency).",
        triggering: [
            RuleExample("CREATE TABLE orders (id bigint PRIMARY KEY, ↓total money NOT NULL);", .postgresql),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL, currency char(3));", .postgresql),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.filter { context.resolvedType($0.type).kind == .money }.map { column in
                    RuleFinding(.money(context.target(table, column.name)), at: column.location,
                                target: context.target(table, column.name))
                }
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func money(_ column: String) -> Self {
        "\(column) uses the money type, whose precision depends on the server's lc_monetary setting"
    }
}
