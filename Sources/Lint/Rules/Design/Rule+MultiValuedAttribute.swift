import Schema

extension Rule {
    public static let multiValuedAttribute = Rule(
        id: "multi-valued-attribute",
        name: "List of values in one text column",
        category: .design,
        severity: .warning,
        rationale: """
            A text column holding a delimited list (`tag_ids` = '3,17,42', `tags` = 'red,blue') cannot be \
            checked, indexed for membership or joined without string splitting; ids in it escape foreign keys, \
            values can contain the delimiter, and removing one item rewrites the string. Reported for \
            char/varchar/text columns named `*_ids`, `*_list`, `*_csv` or `tags`, and for MySQL SET columns. \
            PostgreSQL arrays and JSON are not reported: their elements are typed and indexable.
            """,
        fix: "Use a child table (one row per value, with a foreign key where values are ids); in PostgreSQL an array column is a lighter alternative.",
        triggering: [
            RuleExample("CREATE TABLE posts (id bigint PRIMARY KEY, ↓tag_ids text);", .postgresql),
            RuleExample("""
                CREATE TABLE users (id INT NOT NULL, ↓roles SET('admin','editor','viewer'), ↓tags VARCHAR(200),
                    PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("CREATE TABLE mailings (id INTEGER PRIMARY KEY, ↓recipient_list TEXT NOT NULL);", .sqlite),
        ],
        nonTriggering: [
            RuleExample("CREATE TABLE posts (id bigint PRIMARY KEY, tag_ids bigint[], tags jsonb, title text);", .postgresql),
            RuleExample("CREATE TABLE mailings (id INTEGER PRIMARY KEY, subject TEXT NOT NULL, list_id INTEGER);", .sqlite),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                table.columns.compactMap { column -> RuleFinding? in
                    let type = context.resolvedType(column.type)
                    guard !type.isArray else { return nil }
                    if type.kind == .set {
                        return RuleFinding(.setType(context.target(table, column.name)), at: column.location,
                                           target: context.target(table, column.name))
                    }
                    guard type.kind.isText, let word = ListNames.listWord(in: column.name) else { return nil }
                    return RuleFinding(.list(context.target(table, column.name), word: word), at: column.location,
                                       target: context.target(table, column.name))
                }
            }
        })
}

/// Column names that say the column holds several values.
enum ListNames {
    static func listWord(in identifier: String) -> String? {
        let words = IdentifierWords.split(identifier)
        guard let last = words.last else { return nil }
        if ["ids", "list", "csv"].contains(last), words.count > 1 { return last }
        if last == "tags" { return last }
        return nil
    }
}

extension RuleFinding.Message {
    fileprivate static func list(_ column: String, word: String) -> Self {
        "\(column) is a text column named as a list ('\(word)'): delimited values cannot be constrained, indexed or joined"
    }

    fileprivate static func setType(_ column: String) -> Self {
        "\(column) is a SET: several values in one column, which cannot be referenced or extended without rebuilding the table"
    }
}
