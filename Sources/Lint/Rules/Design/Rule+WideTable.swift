import Schema

extension Rule {
    public static let wideTable = Rule(
        id: "wide-table",
        name: "Table with very many columns",
        category: .design,
        severity: .info,
        rationale: """
            A table with dozens of columns usually mixes several things: optional attributes that are NULL in \
            most rows, groups that change at different rates, or sub-types. Every update writes a new version of \
            the whole row (PostgreSQL), wide rows fit fewer to a page, and the table is hard to understand and to \
            constrain. The limit is max-table-columns in [lint] (default 50).
            """,
        fix: "Split groups of columns that belong together (or are mostly NULL) into 1:1 tables or sub-type tables.",
        triggering: [
            RuleExample("CREATE TABLE ↓profiles (id bigint PRIMARY KEY, a text, b text, c text);", .postgresql,
                        configuration: LintConfiguration(maxTableColumns: 3)),
            RuleExample("CREATE TABLE ↓profiles (id INT NOT NULL, a TEXT, b TEXT, c TEXT, PRIMARY KEY (id)) ENGINE=InnoDB;", .mysql,
                        configuration: LintConfiguration(maxTableColumns: 3)),
            RuleExample("CREATE TABLE ↓profiles (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);", .sqlite,
                        configuration: LintConfiguration(maxTableColumns: 3)),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE profiles (id bigint PRIMARY KEY, a text, b text);", .postgresql,
                        configuration: LintConfiguration(maxTableColumns: 3)),
            RuleExample("CREATE TABLE profiles (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);", .sqlite),
        ],
        check: { context in
            let limit = context.configuration.maxTableColumns
            return context.model.tables.compactMap { table in
                guard table.columns.count > limit else { return nil }
                return RuleFinding(.wide(context.target(table), count: table.columns.count, limit: limit), at: table.location,
                                   target: context.target(table))
            }
        })
}

extension RuleFinding.Message {
    fileprivate static func wide(_ table: String, count: Int, limit: Int) -> Self {
        "table \(table) has \(count) columns, more than the limit of \(limit)"
    }
}
