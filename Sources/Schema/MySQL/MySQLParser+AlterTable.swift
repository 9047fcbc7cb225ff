/// ALTER TABLE: a comma-separated list of actions, each parsed into a `MySQLAlterAction`.
extension MySQLParser {
    mutating func alterTable() throws(MySQLSyntaxError) -> MySQLStatement {
        let name = try qualifiedName("a table name")
        var actions: [MySQLAlterAction] = []
        while !atEnd {
            if accept("PARTITION", "BY") {
                actions.append(.setPartitioning(try partitionBy()))
                break
            }
            if accept("REMOVE", "PARTITIONING") {
                actions.append(.setPartitioning(nil))
            } else {
                actions += try alterAction()
            }
            guard acceptSymbol(",") || atEnd else {
                if keyword() == "PARTITION" { continue }
                throw error(expected: "',' or the end of the statement")
            }
        }
        return .alterTable(name: name.name, offset: name.offset, actions: actions)
    }

    private static let partitionMaintenanceWords: Set<String> = [
        "ADD", "COALESCE", "REORGANIZE", "EXCHANGE", "TRUNCATE", "REBUILD", "ANALYZE", "CHECK", "OPTIMIZE", "REPAIR",
    ]

    private mutating func alterAction() throws(MySQLSyntaxError) -> [MySQLAlterAction] {
        guard let word = keyword() else { throw error(expected: "an ALTER TABLE action") }
        switch word {
        case _ where keyword(1) == "PARTITION" && Self.partitionMaintenanceWords.contains(word):
            // Partition maintenance: the partitioning scheme stays.
            while advance() != nil {}
            return [.noEffect]
        case "ADD":
            advance()
            return try addAction()
        case "DROP":
            advance()
            return [try dropAction()]
        case "MODIFY", "CHANGE":
            advance()
            _ = accept("COLUMN")
            let from = word == "CHANGE" ? try identifier("a column name") : nil
            let name = try identifier("a column name")
            let definition = try columnDefinition(name: name)
            return [.changeColumn(from: from?.name, definition, position: try columnPosition(), offset: from?.offset ?? name.offset)]
        case "ALTER":
            advance()
            return [try alterColumnAction()]
        case "RENAME":
            advance()
            if accept("COLUMN") {
                let from = try identifier("a column name")
                try expect("TO")
                return [.renameColumn(from: from.name, to: try identifier("the new column name").name, offset: from.offset)]
            }
            if accept("INDEX") || accept("KEY") {
                let from = try identifier("an index name")
                try expect("TO")
                return [.renameIndex(from: from.name, to: try identifier("the new index name").name)]
            }
            _ = accept("TO") || accept("AS")
            return [.renameTable(try qualifiedName("the new table name").name)]
        case "DISABLE", "ENABLE", "DISCARD", "IMPORT":
            advance()
            guard accept("KEYS") || accept("TABLESPACE") else { throw error(expected: "KEYS or TABLESPACE") }
            return [.noEffect]
        case "FORCE":
            advance()
            return [.noEffect]
        case "ALGORITHM", "LOCK":
            advance()
            _ = acceptSymbol("=")
            advance()
            return [.noEffect]
        case "WITH", "WITHOUT":
            advance()
            try expect("VALIDATION")
            return [.noEffect]
        case "ORDER":
            try expect("ORDER", "BY")
            repeat {
                _ = try identifier("a column name")
                _ = accept("ASC") || accept("DESC")
            } while acceptSymbol(",")
            return [.noEffect]
        case "CONVERT":
            try expect("CONVERT", "TO")
            if !accept("CHARSET") { try expect("CHARACTER", "SET") }
            var actions: [MySQLAlterAction] = [.setOption(key: "charset", value: try identifier("a character set name").name)]
            if accept("COLLATE") { actions.append(.setOption(key: "collate", value: try identifier("a collation name").name)) }
            return actions
        default:
            // Table options: ENGINE=..., COMMENT '...', [DEFAULT] CHARSET ..., ROW_FORMAT=...
            var table = Table(name: QualifiedName(""), location: source.location(ofByte: 0))
            let before = position
            try tableOptions(into: &table)
            guard position > before else { throw error(expected: "an ALTER TABLE action") }
            var actions = table.options.sorted { $0.key < $1.key }.map { MySQLAlterAction.setOption(key: $0.key, value: $0.value) }
            if let comment = table.comment { actions.append(.setComment(comment)) }
            return actions.isEmpty ? [.noEffect] : actions
        }
    }

    /// ADD [COLUMN] definition | ADD [COLUMN] (definitions) | ADD INDEX/KEY/FULLTEXT/SPATIAL |
    /// ADD [CONSTRAINT [name]] PRIMARY KEY / UNIQUE / FOREIGN KEY / CHECK.
    private mutating func addAction() throws(MySQLSyntaxError) -> [MySQLAlterAction] {
        var constraintName: (name: String, offset: Int)?
        if accept("CONSTRAINT"), !(keyword().map { ["PRIMARY", "UNIQUE", "FOREIGN", "CHECK"].contains($0) } ?? false) {
            constraintName = try identifier("a constraint name")
        }
        let start = currentOffset()
        let offset = constraintName?.offset ?? start
        switch keyword() {
        case "PRIMARY":
            return [.addPrimaryKey(try primaryKey(name: constraintName?.name, offset: offset, existing: nil))]
        case "UNIQUE":
            advance()
            let isIndex = accept("KEY") || accept("INDEX")
            let indexName = isSymbol("(") || keyword() == "USING" ? nil : try identifier("an index name")
            let named = indexName ?? constraintName
            var index = Index(name: named?.name, isUnique: true, elements: [], location: source.location(ofByte: named?.offset ?? start))
            try indexBody(into: &index)
            if isIndex || indexName != nil { return [.addIndex(index)] }
            let columns = index.elements.compactMap(\.columnName)
            guard columns.count == index.elements.count else {
                throw MySQLSyntaxError(message: "expected column names, found an expression", offset: offset)
            }
            return [.addUnique(UniqueConstraint(name: constraintName?.name, columns: columns, location: index.location))]
        case "FOREIGN":
            advance()
            try expect("KEY")
            if !isSymbol("(") { _ = try identifier("an index name or '('") }
            let columns = try keyParts().compactMap(\.columnName)
            return [.addForeignKey(try references(columns: columns, name: constraintName?.name, offset: offset))]
        case "CHECK":
            return [.addCheck(try check(name: constraintName?.name, offset: offset))]
        default:
            if constraintName != nil { throw error(expected: "PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK after CONSTRAINT") }
            if let word = keyword(), ["KEY", "INDEX", "FULLTEXT", "SPATIAL"].contains(word) {
                return [.addIndex(try index())]
            }
            _ = accept("COLUMN")
            if acceptSymbol("(") {
                var actions: [MySQLAlterAction] = []
                repeat {
                    let name = try identifier("a column name")
                    actions.append(.addColumn(try columnDefinition(name: name), position: nil))
                } while acceptSymbol(",")
                guard acceptSymbol(")") else { throw error(expected: "',' or ')'") }
                return actions
            }
            let name = try identifier("a column name or a key definition")
            let definition = try columnDefinition(name: name)
            return [.addColumn(definition, position: try columnPosition())]
        }
    }

    /// DROP [COLUMN] c | DROP {INDEX|KEY} i | DROP PRIMARY KEY | DROP FOREIGN KEY f | DROP {CHECK|CONSTRAINT} c.
    private mutating func dropAction() throws(MySQLSyntaxError) -> MySQLAlterAction {
        if accept("PRIMARY", "KEY") { return .dropPrimaryKey }
        if accept("FOREIGN", "KEY") { return .dropForeignKey(try identifier("a foreign key name").name) }
        if accept("INDEX") || accept("KEY") {
            let name = try identifier("an index name")
            return .dropIndex(name.name, offset: name.offset)
        }
        if accept("CHECK") || accept("CONSTRAINT") { return .dropConstraint(try identifier("a constraint name").name) }
        if accept("PARTITION") {
            while advance() != nil {}
            return .noEffect
        }
        _ = accept("COLUMN")
        let name = try identifier("a column name")
        return .dropColumn(name.name, offset: name.offset)
    }

    /// ALTER [COLUMN] c SET DEFAULT v | DROP DEFAULT | SET VISIBLE/INVISIBLE; ALTER INDEX i VISIBLE;
    /// ALTER CHECK/CONSTRAINT c [NOT] ENFORCED.
    private mutating func alterColumnAction() throws(MySQLSyntaxError) -> MySQLAlterAction {
        if accept("INDEX") || accept("CHECK") || accept("CONSTRAINT") {
            _ = try identifier("a name")
            _ = accept("NOT")
            advance()
            return .noEffect
        }
        _ = accept("COLUMN")
        let column = try identifier("a column name")
        if accept("SET", "DEFAULT") {
            return .setDefault(column: column.name, expression: try defaultValue(), offset: column.offset)
        }
        if accept("DROP", "DEFAULT") { return .setDefault(column: column.name, expression: nil, offset: column.offset) }
        if accept("SET", "VISIBLE") || accept("SET", "INVISIBLE") { return .noEffect }
        throw error(expected: "SET DEFAULT, DROP DEFAULT or SET VISIBLE")
    }

    /// `FIRST` or `AFTER column`, when given.
    private mutating func columnPosition() throws(MySQLSyntaxError) -> MySQLColumnPosition? {
        if accept("FIRST") { return .first }
        if accept("AFTER") {
            let column = try identifier("a column name")
            return .after(column.name, offset: column.offset)
        }
        return nil
    }
}
