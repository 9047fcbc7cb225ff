import Schema

extension Rule {
    public static let polymorphicAssociation = Rule(
        id: "polymorphic-association",
        name: "Polymorphic association",
        category: .design,
        severity: .warning,
        rationale: """
            A pair of columns `x_type` + `x_id` (Rails' commentable_type / commentable_id) lets one row point to a \
            row of any of several tables, named in the type column. No foreign key can express that, so the \
            database accepts ids of rows that do not exist or were deleted, cannot cascade, and every join needs \
            the type in its condition. Reported when the `_id` column is not part of a foreign key and the \
            `_type` column holds text or an enum.
            """,
        fix: "Give each target its own nullable foreign key column with a CHECK that exactly one is set, or reference a common parent table that every target shares.",
        triggering: [
            RuleExample("""
                CREATE TABLE comments (
                    id bigint PRIMARY KEY,
                    commentable_type text NOT NULL,
                    ↓commentable_id bigint NOT NULL,
                    body text NOT NULL
                );
                """, .postgresql),
            RuleExample("""
                CREATE TABLE attachments (id INT NOT NULL, owner_type VARCHAR(40) NOT NULL, ↓owner_id INT NOT NULL,
                    PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE likes (id INTEGER PRIMARY KEY, target_type TEXT NOT NULL, ↓target_id INTEGER NOT NULL);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE posts (id bigint PRIMARY KEY);
                CREATE TABLE photos (id bigint PRIMARY KEY);
                CREATE TABLE comments (
                    id bigint PRIMARY KEY,
                    post_id bigint REFERENCES posts (id),
                    photo_id bigint REFERENCES photos (id),
                    CHECK (num_nonnulls(post_id, photo_id) = 1)
                );
                """, .postgresql),
            RuleExample("""
                CREATE TABLE document_types (id bigint PRIMARY KEY);
                CREATE TABLE documents (id bigint PRIMARY KEY, document_type integer NOT NULL,
                    document_id bigint NOT NULL REFERENCES document_types (id));
                """, .postgresql),
            RuleExample("""
                CREATE TABLE likes (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL);
                """, .sqlite),
        ],
        check: { context in
            var findings: [RuleFinding] = []
            for table in context.model.tables {
                let referencing = Set(table.foreignKeys.flatMap { $0.columns.map { $0.lowercased() } })
                for column in table.columns where !referencing.contains(column.name.lowercased()) {
                    guard let prefix = IdentifierWords.prefixBeforeIDSuffix(column.name) else { continue }
                    let candidates = [prefix + "_type", prefix + "Type", prefix + "_TYPE"]
                    guard let typeColumn = candidates.lazy.compactMap({ table.column(named: $0) }).first else { continue }
                    let type = context.resolvedType(typeColumn.type)
                    guard type.kind.isText || type.kind == .enumeration else { continue }
                    findings.append(RuleFinding(.polymorphic(context.target(table), type: typeColumn.name, id: column.name),
                                                at: column.location, target: context.target(table, column.name)))
                }
            }
            return findings
        })
}

extension RuleFinding.Message {
    fileprivate static func polymorphic(_ table: String, type: String, id: String) -> Self {
        "\(table).\(type) + \(id) is a polymorphic association: no foreign key can check that \(id) points to an existing row"
    }
}
