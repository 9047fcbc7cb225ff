import Schema

extension Rule {
    public static let identifierTooLong = Rule(
        id: "identifier-too-long",
        name: "Identifier longer than the dialect allows",
        category: .naming,
        severity: .error,
        dialects: [.postgresql, .mysql],
        rationale: """
            PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1), so two long names that share \
            their first 63 bytes become the same name, and the name in the database is not the one in the code. \
            MySQL rejects names longer than 64 characters. SQLite has no limit. Checked: tables, columns, \
            indexes, constraints, enum types, sequences and views.
            """,
        fix: "Shorten the name (abbreviate consistently, drop redundant table prefixes).",
        triggering: [
            RuleExample("""
                CREATE TABLE orders (id bigint PRIMARY KEY,
                    ↓customer_preferred_delivery_window_start_time_in_local_time_zone_x time);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE ↓a_table_name_that_goes_on_and_on_well_past_the_sixty_four_character_limit (
                    id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE orders (id bigint PRIMARY KEY, preferred_delivery_start time);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE a_table_name_that_stops_at_exactly_sixty_four_characters_long_ok (
                    id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
        ],
        check: { context in
            guard let limit = context.dialect.identifierByteLimit else { return [] }
            // libpg_query truncates long identifiers as PostgreSQL does, so the model never holds one: the
            // source text does.
            if context.dialect == .postgresql, let source = context.source {
                return IdentifierScanner.identifiers(longerThan: limit, in: source.utf8).map { token in
                    let stored = LongNames.truncated(token.isQuoted ? token.text : token.text.lowercased(), toBytes: limit)
                    return RuleFinding(.truncated(token.text, length: token.text.utf8.count, limit: limit, stored: stored),
                                       at: source.location(ofByte: token.offset), target: LongNames.target(named: stored, in: context))
                }
            }
            let countsBytes = context.dialect == .postgresql
            func length(_ name: String) -> Int { countsBytes ? name.utf8.count : name.count }
            func finding(_ kind: String, _ name: String, _ location: SourceLocation, _ target: String) -> RuleFinding? {
                guard length(name) > limit else { return nil }
                return RuleFinding(.tooLong(kind, name, length: length(name), limit: limit, bytes: countsBytes),
                                   at: location, target: target)
            }
            var findings: [RuleFinding?] = []
            for table in context.model.tables {
                let tableTarget = context.target(table)
                findings.append(finding("table", table.name.name, table.location, tableTarget))
                for column in table.columns {
                    findings.append(finding("column", column.name, column.location, context.target(table, column.name)))
                }
                for key in table.keys { findings.append(key.name.flatMap { finding(key.kindName, $0, key.location, tableTarget) }) }
                for foreignKey in table.foreignKeys {
                    findings.append(foreignKey.name.flatMap { finding("foreign key", $0, foreignKey.location, tableTarget) })
                }
                for check in table.checks {
                    findings.append(check.name.flatMap { finding("check constraint", $0, check.location, tableTarget) })
                }
            }
            for type in context.model.enums { findings.append(finding("enum type", type.name.name, type.location, type.name.description)) }
            for sequence in context.model.sequences {
                findings.append(finding("sequence", sequence.name.name, sequence.location, sequence.name.description))
            }
            for view in context.model.views { findings.append(finding("view", view.name.name, view.location, view.name.description)) }
            return findings.compactMap { $0 }
        })
}

/// What PostgreSQL makes of a long name, and which object got it.
enum LongNames {
    /// The first `bytes` bytes, cut back to a character boundary (PostgreSQL's pg_mbcliplen).
    static func truncated(_ name: String, toBytes bytes: Int) -> String {
        var result = ""
        var used = 0
        for character in name {
            let size = String(character).utf8.count
            guard used + size <= bytes else { break }
            result.append(character)
            used += size
        }
        return result
    }

    /// The table or column that ended up with the truncated name, or the table of an index or constraint.
    static func target(named name: String, in context: RuleContext) -> String? {
        for table in context.model.tables {
            if table.name.name == name { return context.target(table) }
            if let column = table.columns.first(where: { $0.name == name }) { return context.target(table, column.name) }
            let constraintNames = table.keys.compactMap(\.name) + table.foreignKeys.compactMap(\.name) + table.checks.compactMap(\.name)
            if constraintNames.contains(name) { return context.target(table) }
        }
        return nil
    }
}

extension TableKey {
    /// "primary key", "unique constraint", "index".
    var kindName: String {
        switch kind {
        case .primaryKey: "primary key"
        case .uniqueConstraint: "unique constraint"
        case .index: "index"
        }
    }
}

extension RuleFinding.Message {
    fileprivate static func tooLong(_ kind: String, _ name: String, length: Int, limit: Int, bytes: Bool) -> Self {
        let unit = bytes ? "bytes" : "characters"
        return "\(kind) name \(name) is \(length) \(unit), over the limit of \(limit) \(unit)"
    }

    fileprivate static func truncated(_ name: String, length: Int, limit: Int, stored: String) -> Self {
        "identifier \(name) is \(length) bytes; PostgreSQL silently truncates it to \(limit) bytes, \(stored)"
    }
}
