/// CREATE TABLE: create definitions (columns, keys, indexes, constraints), table options and
/// partitioning, following MySQL 8's grammar.
///
/// Keys are modelled the way MySQL builds them: `KEY`/`INDEX`, `UNIQUE KEY`/`UNIQUE INDEX`, `FULLTEXT` and
/// `SPATIAL` are `Index` values (unique ones with `isUnique`); the standard forms `UNIQUE (cols)` and
/// `CONSTRAINT name UNIQUE (cols)` and a column's own `UNIQUE` are `UniqueConstraint`s, as in the other
/// dialects. MySQL also creates an index for each foreign key that has none; the model does not invent
/// it (the lint reports the missing index per dialect).
extension MySQLParser {
    mutating func createTable(temporary: Bool) throws(MySQLSyntaxError) -> MySQLStatement {
        let ifNotExists = accept("IF", "NOT", "EXISTS")
        let name = try qualifiedName("a table name")
        var create = MySQLCreateTable(table: Table(name: name.name, location: source.location(ofByte: name.offset)),
                                      offset: name.offset, ifNotExists: ifNotExists)
        if temporary { create.table.options["temporary"] = "true" }
        if accept("LIKE") {
            create.like = try qualifiedName("the table to copy")
            return .createTable(create)
        }
        if isSymbol("("), keyword(1) == "LIKE" {
            position += 2
            create.like = try qualifiedName("the table to copy")
            try expectSymbol(")")
            return .createTable(create)
        }
        if isSymbol("("), keyword(1) != "SELECT", keyword(1) != "WITH" {
            advance()
            repeat { try createDefinition(into: &create) } while acceptSymbol(",")
            guard acceptSymbol(")") else { throw error(expected: "',' or ')'") }
        }
        try tableOptions(into: &create.table)
        if accept("PARTITION", "BY") { create.table.partitioning = try partitionBy() }
        if !atEnd {
            if let word = keyword(), ["AS", "SELECT", "IGNORE", "REPLACE", "WITH", "TABLE", "VALUES"].contains(word) || isSymbol("(") {
                create.queryOffset = currentOffset()
            } else {
                throw error(expected: "a table option or the end of the statement")
            }
        }
        // MySQL makes primary key columns NOT NULL.
        if let key = create.table.primaryKey {
            for i in create.table.columns.indices where key.columns.contains(where: { $0.lowercased() == create.table.columns[i].name.lowercased() }) {
                create.table.columns[i].isNullable = false
            }
        }
        return .createTable(create)
    }

    private static let constraintWords: Set<String> = ["PRIMARY", "UNIQUE", "FOREIGN", "CHECK"]

    /// One element of the parenthesized body: a column, a key, an index or a constraint.
    private mutating func createDefinition(into create: inout MySQLCreateTable) throws(MySQLSyntaxError) {
        var constraintName: (name: String, offset: Int)?
        if accept("CONSTRAINT"), !(keyword().map(Self.constraintWords.contains) ?? false) {
            constraintName = try identifier("a constraint name")
        }
        let start = currentOffset()
        let offset = constraintName?.offset ?? start
        switch keyword() {
        case "PRIMARY":
            create.table.primaryKey = try primaryKey(name: constraintName?.name, offset: offset, existing: create.table.primaryKey)
        case "UNIQUE":
            advance()
            let isIndex = accept("KEY") || accept("INDEX")
            let indexName = isSymbol("(") || keyword() == "USING" ? nil : try identifier("an index name")
            if isIndex || indexName != nil {
                let named = indexName ?? constraintName
                var index = Index(name: named?.name, isUnique: true, elements: [],
                                  location: source.location(ofByte: named?.offset ?? start))
                try indexBody(into: &index)
                create.table.indexes.append(index)
            } else {
                var index = Index(elements: [], location: source.location(ofByte: offset))
                try indexBody(into: &index)
                create.table.uniqueConstraints.append(UniqueConstraint(name: constraintName?.name,
                                                                       columns: try columnNames(of: index, at: offset),
                                                                       location: index.location))
            }
        case "FOREIGN":
            advance()
            try expect("KEY")
            if !isSymbol("(") { _ = try identifier("an index name or '('") }
            let columns = try keyParts().compactMap(\.columnName)
            create.table.foreignKeys.append(try references(columns: columns, name: constraintName?.name, offset: offset))
        case "CHECK":
            create.table.checks.append(try check(name: constraintName?.name, offset: offset))
        default:
            if constraintName != nil { throw error(expected: "PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK after CONSTRAINT") }
            if let word = keyword(), ["KEY", "INDEX", "FULLTEXT", "SPATIAL"].contains(word) {
                create.table.indexes.append(try index())
                return
            }
            let name = try identifier("a column name or a key definition")
            if create.table.column(named: name.name) != nil {
                throw MySQLSyntaxError(message: "duplicate column name '\(name.name)'", offset: name.offset)
            }
            let definition = try columnDefinition(name: name)
            create.table.columns.append(definition.column)
            if let key = definition.primaryKey {
                if create.table.primaryKey != nil { throw multiplePrimaryKeys(at: definition.primaryKeyOffset ?? name.offset) }
                create.table.primaryKey = key
            }
            if let unique = definition.unique { create.table.uniqueConstraints.append(unique) }
            if let foreignKey = definition.foreignKey {
                create.table.foreignKeys.append(foreignKey)
                create.inlineReferences.append(definition.referencesOffset ?? name.offset)
            }
            create.table.checks += definition.checks
        }
    }

    func multiplePrimaryKeys(at offset: Int) -> MySQLSyntaxError {
        MySQLSyntaxError(message: "multiple primary keys defined", offset: offset)
    }

    /// `PRIMARY KEY [USING type] (key parts) [options]`.
    mutating func primaryKey(name: String?, offset: Int, existing: PrimaryKey?) throws(MySQLSyntaxError) -> PrimaryKey {
        if existing != nil { throw multiplePrimaryKeys(at: offset) }
        try expect("PRIMARY", "KEY")
        var index = Index(elements: [], location: source.location(ofByte: offset))
        try indexBody(into: &index)
        return PrimaryKey(name: name, columns: try columnNames(of: index, at: offset), location: index.location)
    }

    /// `{KEY|INDEX} [name] ...` or `{FULLTEXT|SPATIAL} [KEY|INDEX] [name] ...`.
    mutating func index() throws(MySQLSyntaxError) -> Index {
        let start = currentOffset()
        var index = Index(elements: [], location: source.location(ofByte: start))
        if accept("FULLTEXT") { index.method = "fulltext" }
        else if accept("SPATIAL") { index.method = "spatial" }
        if !(accept("KEY") || accept("INDEX")), index.method == "btree" { throw error(expected: "KEY or INDEX") }
        if !isSymbol("("), keyword() != "USING" {
            let name = try identifier("an index name or '('")
            index.name = name.name
            index.location = source.location(ofByte: name.offset)
        }
        try indexBody(into: &index)
        return index
    }

    /// `[USING type] (key parts) [index options]`.
    mutating func indexBody(into index: inout Index) throws(MySQLSyntaxError) {
        indexType(into: &index)
        index.elements = try keyParts()
        indexOptions(into: &index)
    }

    /// The plain column names of a key that may only hold columns.
    private func columnNames(of index: Index, at offset: Int) throws(MySQLSyntaxError) -> [String] {
        let names = index.elements.compactMap(\.columnName)
        if names.count != index.elements.count {
            throw MySQLSyntaxError(message: "expected column names, found an expression", offset: offset)
        }
        return names
    }

    mutating func indexType(into index: inout Index) {
        if accept("USING") || accept("TYPE"), let method = optionalIdentifier() {
            index.method = method.name.lowercased()
        }
    }

    /// KEY_BLOCK_SIZE, USING, WITH PARSER, COMMENT, VISIBLE/INVISIBLE, engine attributes, and CREATE INDEX's
    /// ALGORITHM and LOCK: none of them is modelled except the method.
    mutating func indexOptions(into index: inout Index) {
        while let word = keyword() {
            switch word {
            case "USING", "TYPE":
                indexType(into: &index)
            case "VISIBLE", "INVISIBLE":
                advance()
            case "WITH":
                position += 3
            default:
                guard ["KEY_BLOCK_SIZE", "COMMENT", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE", "ALGORITHM",
                       "LOCK", "CLUSTERING"].contains(word) else { return }
                advance()
                _ = acceptSymbol("=")
                advance()
            }
        }
    }

    /// `(part, ...)` where a part is `column [(length)] [ASC|DESC]` or `(expression) [ASC|DESC]`.
    mutating func keyParts() throws(MySQLSyntaxError) -> [IndexElement] {
        guard acceptSymbol("(") else { throw error(expected: "'(' and the indexed columns") }
        var elements: [IndexElement] = []
        repeat {
            var element: IndexElement
            if isSymbol("(") {
                element = IndexElement(.expression(try parenthesizedText("an expression")))
            } else {
                element = IndexElement(.column(try identifier("a column name").name))
                if isSymbol("("), peek(1)?.kind == .number {
                    advance()
                    element.prefixLength = try integer("a prefix length")
                    try expectSymbol(")")
                }
            }
            if accept("DESC") { element.isDescending = true } else { _ = accept("ASC") }
            elements.append(element)
        } while acceptSymbol(",")
        guard acceptSymbol(")") else { throw error(expected: "',' or ')'") }
        return elements
    }

    /// `REFERENCES table (columns) [MATCH ...] [ON DELETE action] [ON UPDATE action]`.
    mutating func references(columns: [String], name: String?, offset: Int) throws(MySQLSyntaxError) -> ForeignKey {
        try expect("REFERENCES")
        let table = try qualifiedName("the referenced table")
        var key = ForeignKey(name: name, columns: columns, referencedTable: table.name, referencedColumns: [],
                             location: source.location(ofByte: offset))
        if isSymbol("(") { key.referencedColumns = try keyParts().compactMap(\.columnName) }
        while true {
            if accept("MATCH") {
                advance()
            } else if accept("ON", "DELETE") {
                key.onDelete = try referentialAction()
            } else if accept("ON", "UPDATE") {
                key.onUpdate = try referentialAction()
            } else {
                return key
            }
        }
    }

    private mutating func referentialAction() throws(MySQLSyntaxError) -> ReferentialAction {
        if accept("RESTRICT") { return .restrict }
        if accept("CASCADE") { return .cascade }
        if accept("SET", "NULL") { return .setNull }
        if accept("SET", "DEFAULT") { return .setDefault }
        if accept("NO", "ACTION") { return .noAction }
        throw error(expected: "RESTRICT, CASCADE, SET NULL, SET DEFAULT or NO ACTION")
    }

    /// `CHECK (expr) [[NOT] ENFORCED]`. A check MySQL does not enforce is recorded as `isNotValid`.
    mutating func check(name: String?, offset: Int) throws(MySQLSyntaxError) -> CheckConstraint {
        try expect("CHECK")
        let expression = try parenthesizedText("'(' and the check expression")
        let notEnforced = accept("NOT", "ENFORCED")
        if !notEnforced { _ = accept("ENFORCED") }
        return CheckConstraint(name: name, expression: expression, isNotValid: notEnforced,
                               location: source.location(ofByte: offset))
    }

    // MARK: - Table options and partitioning

    /// ENGINE, [DEFAULT] CHARSET / CHARACTER SET, COLLATE and every `NAME = value` option go to
    /// `Table.options` (lowercased keys: `engine`, `charset`, `collate`, `row_format`, ...); COMMENT
    /// becomes the table's comment; AUTO_INCREMENT = n is ignored.
    mutating func tableOptions(into table: inout Table) throws(MySQLSyntaxError) {
        while true {
            let mark = position
            _ = acceptSymbol(",")
            guard var word = keyword() else {
                position = mark
                return
            }
            if word == "DEFAULT", let next = keyword(1), ["CHARSET", "CHARACTER", "COLLATE"].contains(next) {
                advance()
                word = next
            }
            switch word {
            case "CHARSET", "CHARACTER":
                if !accept("CHARSET") { try expect("CHARACTER", "SET") }
                table.options["charset"] = try optionValue()
            case "COMMENT":
                advance()
                _ = acceptSymbol("=")
                table.comment = try stringLiteral("the table comment")
            case "AUTO_INCREMENT":
                advance()
                _ = try optionValue()
            case "UNION":
                advance()
                _ = acceptSymbol("=")
                table.options["union"] = try parenthesizedText("'(' and table names")
            case "DATA", "INDEX":
                advance()
                try expect("DIRECTORY")
                table.options[word.lowercased() + "_directory"] = try optionValue()
            case "START":
                advance()
                try expect("TRANSACTION")
                table.options["start_transaction"] = "true"
            case "TABLESPACE":
                advance()
                table.options["tablespace"] = try optionValue()
                if accept("STORAGE") { advance() }
            case "ENGINE", "TYPE", "COLLATE", "ROW_FORMAT":
                advance()
                table.options[word == "TYPE" ? "engine" : word.lowercased()] = try optionValue()
            default:
                guard isSymbol("=", 1) else {
                    position = mark
                    return
                }
                advance()
                table.options[word.lowercased()] = try optionValue()
            }
        }
    }

    /// `[=] value`: a name, a number or a string.
    private mutating func optionValue() throws(MySQLSyntaxError) -> String {
        _ = acceptSymbol("=")
        guard let token = peek(), token.kind != .symbol else { throw error(expected: "an option value") }
        advance()
        return unquote(token)
    }

    /// `PARTITION BY` strategy and key; the partition definitions that follow are not modelled.
    mutating func partitionBy() throws(MySQLSyntaxError) -> Partitioning {
        _ = accept("LINEAR")
        let partitioning: Partitioning
        if accept("HASH") {
            partitioning = Partitioning(strategy: .hash, key: [try parenthesizedText("'(' and the partition expression")])
        } else if accept("KEY") {
            if accept("ALGORITHM") {
                _ = acceptSymbol("=")
                _ = try integer("1 or 2")
            }
            partitioning = Partitioning(strategy: .key, key: try identifierList())
        } else if let word = keyword(), word == "RANGE" || word == "LIST" {
            advance()
            let strategy: Partitioning.Strategy = word == "RANGE" ? .range : .list
            if accept("COLUMNS") {
                partitioning = Partitioning(strategy: strategy, key: try identifierList())
            } else {
                partitioning = Partitioning(strategy: strategy, key: [try parenthesizedText("'(' and the partition expression")])
            }
        } else {
            throw error(expected: "RANGE, LIST, HASH or KEY after PARTITION BY")
        }
        // PARTITIONS n, SUBPARTITION BY ..., (PARTITION p0 VALUES ...): not modelled.
        while advance() != nil {}
        return partitioning
    }

    /// `(name, ...)`, possibly empty.
    private mutating func identifierList() throws(MySQLSyntaxError) -> [String] {
        try expectSymbol("(")
        var names: [String] = []
        if acceptSymbol(")") { return names }
        repeat { names.append(try identifier("a column name").name) } while acceptSymbol(",")
        guard acceptSymbol(")") else { throw error(expected: "',' or ')'") }
        return names
    }
}
