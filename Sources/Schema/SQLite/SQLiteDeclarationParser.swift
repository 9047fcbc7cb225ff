/// Reads the declarations out of a CREATE, ALTER or DROP statement that SQLite has already run
/// successfully. SQLite checked the syntax, so this parser is lenient: it looks for the clauses it
/// needs and steps over everything else.
struct SQLiteDeclarationParser {
    let stream: SQLiteTokenStream

    /// What the statement did, for `SQLiteDeclarations.apply`.
    static func effect(of stream: SQLiteTokenStream) -> SQLiteStatementEffect {
        SQLiteDeclarationParser(stream: stream).effect()
    }

    private func effect() -> SQLiteStatementEffect {
        switch stream.keyword(0) {
        case "CREATE": return create()
        case "ALTER": return alter()
        case "DROP": return drop()
        default: return .none
        }
    }

    // MARK: - Names

    /// A possibly schema-qualified name at `i`: its folded key, its name, its offset and the index after it.
    private func qualifiedName(at i: Int, temporary: Bool = false)
        -> (key: String, schema: String?, name: String, offset: Int, next: Int) {
        var schema: String? = temporary ? "temp" : nil
        var nameIndex = i
        if stream.isSymbol(i + 1, ".") {
            schema = stream.identifier(i)
            nameIndex = i + 2
        }
        if schema?.lowercased() == "main" { schema = nil }
        let name = stream.identifier(nameIndex)
        return (SQLiteDeclarations.key(schema: schema, name), schema, name, stream.offset(i), nameIndex + 1)
    }

    /// Steps over `IF NOT EXISTS` / `IF EXISTS` at `i`.
    private func skipIfExists(_ i: Int) -> (present: Bool, next: Int) {
        guard stream.isKeyword(i, "IF") else { return (false, i) }
        return (true, stream.isKeyword(i + 1, "NOT") ? i + 3 : i + 2)
    }

    /// The first identifier of each element of the parenthesized list at `open`, and the index after `)`.
    private func columnList(at open: Int) -> (names: [String], next: Int) {
        guard stream.isSymbol(open, "(") else { return ([], open) }
        let close = stream.closingParen(from: open)
        let names = stream.splitByCommas(open + 1..<close).map { stream.identifier($0.lowerBound) }
        return (names, close + 1)
    }

    // MARK: - CREATE

    private func create() -> SQLiteStatementEffect {
        var i = 1
        var temporary = false
        while let word = stream.keyword(i), ["TEMP", "TEMPORARY", "UNIQUE", "VIRTUAL"].contains(word) {
            if word == "TEMP" || word == "TEMPORARY" { temporary = true }
            i += 1
        }
        let kind = stream.keyword(i)
        let ifNotExists = skipIfExists(i + 1)
        let name = qualifiedName(at: ifNotExists.next, temporary: temporary)
        switch kind {
        case "TABLE":
            var table = SQLiteTableDeclaration(name: name.name, offset: name.offset)
            if stream.isSymbol(name.next, "(") {
                let close = stream.closingParen(from: name.next)
                for part in stream.splitByCommas(name.next + 1..<close) { definition(part, into: &table) }
            } else if stream.isKeyword(name.next, "USING") {
                table.module = stream.identifier(name.next + 1)
                // Module arguments: for fts and rtree, column names (options such as tokenize=... never match a column).
                if stream.isSymbol(name.next + 2, "(") {
                    let close = stream.closingParen(from: name.next + 2)
                    for argument in stream.splitByCommas(name.next + 3..<close) {
                        table.columns.append(.init(name: stream.identifier(argument.lowerBound), offset: stream.offset(argument.lowerBound)))
                    }
                }
            }
            return .createTable(key: name.key, table, ifNotExists: ifNotExists.present)
        case "INDEX":
            var index = SQLiteNamedDeclaration(name: name.name, offset: name.offset)
            // ON table ( keys ) [WHERE predicate]
            let open = name.next + 2
            guard stream.isSymbol(open, "(") else { return .none }
            let close = stream.closingParen(from: open)
            index.elements = stream.splitByCommas(open + 1..<close).map(indexKey)
            if stream.isKeyword(close + 1, "WHERE") {
                var end = stream.count
                if stream.isSymbol(end - 1, ";") { end -= 1 }
                index.predicate = stream.render(close + 2..<end)
            }
            return .createIndex(key: name.key, index, ifNotExists: ifNotExists.present)
        case "VIEW":
            return .createView(key: name.key, SQLiteNamedDeclaration(name: name.name, offset: name.offset),
                               ifNotExists: ifNotExists.present)
        default:
            return .none
        }
    }

    /// An index key's expression without a trailing `COLLATE name` and `ASC`/`DESC`.
    private func indexKey(_ range: Range<Int>) -> String {
        var end = range.upperBound
        if end > range.lowerBound + 1, let word = stream.keyword(end - 1), word == "ASC" || word == "DESC" { end -= 1 }
        if end > range.lowerBound + 2, stream.isKeyword(end - 2, "COLLATE") { end -= 2 }
        return stream.render(range.lowerBound..<end)
    }

    /// One element of a CREATE TABLE body: a table constraint or a column definition.
    private func definition(_ range: Range<Int>, into table: inout SQLiteTableDeclaration) {
        let first = stream.keyword(range.lowerBound)
        if ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"].contains(first) {
            tableConstraint(range, into: &table)
        } else {
            columnDefinition(range, into: &table)
        }
    }

    private static let columnConstraintWords: Set<String> = [
        "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS",
    ]

    private func columnDefinition(_ range: Range<Int>, into table: inout SQLiteTableDeclaration) {
        let columnName = stream.identifier(range.lowerBound)
        var column = SQLiteTableDeclaration.ColumnDeclaration(name: columnName, offset: stream.offset(range.lowerBound))
        var i = range.lowerBound + 1
        // The type: any words and a parenthesized size, up to the first constraint.
        while i < range.upperBound, !(stream.keyword(i).map(Self.columnConstraintWords.contains) ?? false) {
            i = stream.skipTerm(i)
        }
        var constraintName: (name: String, offset: Int)?
        while i < range.upperBound {
            let start = constraintName?.offset ?? stream.offset(i)
            switch stream.keyword(i) {
            case "CONSTRAINT":
                constraintName = (stream.identifier(i + 1), stream.offset(i + 1))
                i += 2
                continue
            case "PRIMARY":
                table.primaryKey = .init(name: constraintName?.name, offset: start, columns: [columnName])
                i += 2
            case "AUTOINCREMENT":
                table.primaryKey?.isAutoIncrement = true
                i += 1
            case "UNIQUE":
                table.uniques.append(.init(name: constraintName?.name, offset: start, columns: [columnName]))
                i += 1
            case "CHECK":
                let close = stream.closingParen(from: i + 1)
                table.checks.append(.init(name: constraintName?.name, offset: start, expression: stream.render(i + 2..<close)))
                i = close + 1
            case "REFERENCES":
                i = references(at: i, columns: [columnName], name: constraintName?.name, offset: start, into: &table)
            case "COLLATE":
                column.collation = stream.identifier(i + 1)
                i += 2
            case "AS":
                let close = stream.closingParen(from: i + 1)
                column.generatedExpression = stream.render(i + 2..<close)
                i = close + 1
            case "DEFAULT":
                i += 1
                if stream.isSymbol(i, "+") || stream.isSymbol(i, "-") { i += 1 }
                i = stream.skipTerm(i)
            default:
                i = stream.skipTerm(i)
                continue
            }
            constraintName = nil
        }
        table.columns.append(column)
    }

    private func tableConstraint(_ range: Range<Int>, into table: inout SQLiteTableDeclaration) {
        var i = range.lowerBound
        var name: String?
        if stream.isKeyword(i, "CONSTRAINT") {
            name = stream.identifier(i + 1)
            i += 2
        }
        let offset = stream.offset(name == nil ? i : range.lowerBound + 1)
        switch stream.keyword(i) {
        case "PRIMARY":
            table.primaryKey = .init(name: name, offset: offset, columns: columnList(at: i + 2).names)
        case "UNIQUE":
            table.uniques.append(.init(name: name, offset: offset, columns: columnList(at: i + 1).names))
        case "CHECK":
            let close = stream.closingParen(from: i + 1)
            table.checks.append(.init(name: name, offset: offset, expression: stream.render(i + 2..<close)))
        case "FOREIGN":
            let columns = columnList(at: i + 2)
            _ = references(at: columns.next, columns: columns.names, name: name, offset: offset, into: &table)
        default:
            break
        }
    }

    /// A `REFERENCES table [(columns)] [ON ... | MATCH ... | [NOT] DEFERRABLE [INITIALLY ...]]` clause;
    /// returns the index after it.
    private func references(at i: Int, columns: [String], name: String?, offset: Int,
                            into table: inout SQLiteTableDeclaration) -> Int {
        var key = SQLiteTableDeclaration.ForeignKeyDeclaration(name: name, offset: offset, columns: columns,
                                                                table: stream.identifier(i + 1))
        var j = columnList(at: i + 2).next
        loop: while j < stream.count {
            switch stream.keyword(j) {
            case "ON":
                j += 2
                if let word = stream.keyword(j), word == "SET" || word == "NO" { j += 1 }
                j += 1
            case "MATCH":
                j += 2
            case "NOT" where stream.isKeyword(j + 1, "DEFERRABLE"):
                j += 2
                if stream.isKeyword(j, "INITIALLY") { j += 2 }
            case "DEFERRABLE":
                key.isDeferrable = true
                j += 1
                if stream.isKeyword(j, "INITIALLY") {
                    key.isInitiallyDeferred = stream.isKeyword(j + 1, "DEFERRED")
                    j += 2
                }
            default:
                break loop
            }
        }
        table.foreignKeys.append(key)
        return j
    }

    // MARK: - ALTER and DROP

    private func alter() -> SQLiteStatementEffect {
        guard stream.isKeyword(1, "TABLE") else { return .none }
        let name = qualifiedName(at: 2)
        var i = name.next
        switch stream.keyword(i) {
        case "ADD":
            i += 1
            if stream.isKeyword(i, "COLUMN") { i += 1 }
            var end = stream.count
            if stream.isSymbol(end - 1, ";") { end -= 1 }
            var addition = SQLiteTableDeclaration(name: name.name, offset: name.offset)
            columnDefinition(i..<end, into: &addition)
            return .addColumn(tableKey: name.key, addition)
        case "RENAME":
            i += 1
            if stream.isKeyword(i, "TO") {
                let newName = stream.identifier(i + 1)
                return .renameTable(key: name.key, newKey: SQLiteDeclarations.key(schema: name.schema, newName), newName: newName)
            }
            if stream.isKeyword(i, "COLUMN") { i += 1 }
            return .renameColumn(tableKey: name.key, old: stream.identifier(i), new: stream.identifier(i + 2))
        default:
            return .none
        }
    }

    private func drop() -> SQLiteStatementEffect {
        let kind = stream.keyword(1)
        let name = qualifiedName(at: skipIfExists(2).next)
        switch kind {
        case "TABLE": return .dropTable(key: name.key)
        case "INDEX": return .dropIndex(key: name.key)
        case "VIEW": return .dropView(key: name.key)
        default: return .none
        }
    }
}
