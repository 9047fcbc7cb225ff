/// The statement level: which statement this is, and the short ones (CREATE INDEX/VIEW/DATABASE, USE,
/// DROP, RENAME TABLE). CREATE TABLE and ALTER TABLE have their own files.
extension MySQLParser {
    /// Statements that define nothing: they are counted under their first word and not read further.
    static let skippedFirstWords: Set<String> = [
        "SET", "LOCK", "UNLOCK", "INSERT", "REPLACE", "UPDATE", "DELETE", "SELECT", "WITH", "TABLE", "VALUES",
        "START", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "XA", "GRANT", "REVOKE", "FLUSH", "SOURCE",
        "ANALYZE", "OPTIMIZE", "REPAIR", "CHECK", "CHECKSUM", "CALL", "DO", "HANDLER", "LOAD", "TRUNCATE", "SHOW",
        "DESCRIBE", "DESC", "EXPLAIN", "PREPARE", "EXECUTE", "DEALLOCATE", "RESET", "PURGE", "CHANGE", "INSTALL",
        "UNINSTALL", "KILL", "SHUTDOWN", "RESTART", "CLONE", "IMPORT", "HELP", "CACHE", "BINLOG", "STOP", "SIGNAL",
        "RESIGNAL", "GET", "WARNINGS", "NOWARNING", "CHARSET", "TEE", "NOTEE", "PROMPT", "SYSTEM",
    ]

    /// Parses the current statement; the caller then drops whatever is left of it.
    mutating func statement() throws(MySQLSyntaxError) -> MySQLStatement {
        guard let first = keyword() else { throw error(expected: "a statement") }
        switch first {
        case "CREATE":
            advance()
            return try create()
        case "ALTER":
            advance()
            _ = accept("ONLINE") || accept("IGNORE")
            guard accept("TABLE") else { return .skipped("alter " + (keyword()?.lowercased() ?? "")) }
            return try alterTable()
        case "DROP":
            advance()
            return try drop()
        case "USE":
            advance()
            return .use(try identifier("a database name").name)
        case "RENAME":
            advance()
            guard accept("TABLE") || accept("TABLES") else { return .skipped("rename " + (keyword()?.lowercased() ?? "")) }
            var pairs: [(from: QualifiedName, to: QualifiedName, offset: Int)] = []
            repeat {
                let from = try qualifiedName("a table name")
                try expect("TO")
                pairs.append((from.name, try qualifiedName("the new table name").name, from.offset))
            } while acceptSymbol(",")
            return .renameTables(pairs)
        default:
            if Self.skippedFirstWords.contains(first) { return .skipped(first.lowercased()) }
            throw error(expected: "a statement (CREATE, ALTER, DROP, USE, INSERT, SET, ...)")
        }
    }

    private mutating func create() throws(MySQLSyntaxError) -> MySQLStatement {
        let orReplace = accept("OR", "REPLACE")
        let temporary = accept("TEMPORARY")
        // View and routine prefixes: ALGORITHM = x, DEFINER = user, SQL SECURITY x.
        while true {
            if accept("ALGORITHM") {
                _ = acceptSymbol("=")
                advance()
            } else if accept("DEFINER") {
                _ = acceptSymbol("=")
                try userName()
            } else if accept("SQL", "SECURITY") {
                advance()
            } else {
                break
            }
        }
        guard let object = keyword() else { throw error(expected: "TABLE, INDEX, VIEW or DATABASE after CREATE") }
        switch object {
        case "TABLE":
            advance()
            return try createTable(temporary: temporary)
        case "INDEX", "UNIQUE", "FULLTEXT":
            return try createIndex()
        case "SPATIAL" where keyword(1) == "INDEX" || keyword(1) == "KEY":
            return try createIndex()
        case "VIEW":
            advance()
            let name = try qualifiedName("a view name")
            return .createView(View(name: name.name, location: source.location(ofByte: name.offset)), orReplace: orReplace)
        case "DATABASE", "SCHEMA":
            advance()
            _ = accept("IF", "NOT", "EXISTS")
            return .createDatabase(try identifier("a database name").name)
        case "AGGREGATE":
            return .skipped("create function")
        default:
            return .skipped("create " + object.lowercased())
        }
    }

    /// `user`, `'user'@'host'`, `CURRENT_USER` or `CURRENT_USER()`.
    private mutating func userName() throws(MySQLSyntaxError) {
        guard advance() != nil else { throw error(expected: "a user name") }
        if acceptSymbol("@") {
            guard advance() != nil else { throw error(expected: "a host name") }
        } else if isSymbol("("), isSymbol(")", 1) {
            position += 2
        }
    }

    /// `CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name [USING type] ON table (key parts) [options]`.
    private mutating func createIndex() throws(MySQLSyntaxError) -> MySQLStatement {
        var index = Index(elements: [], location: source.location(ofByte: currentOffset()))
        if accept("UNIQUE") { index.isUnique = true }
        else if accept("FULLTEXT") { index.method = "fulltext" }
        else if accept("SPATIAL") { index.method = "spatial" }
        try expect("INDEX")
        let name = try identifier("an index name")
        index.name = name.name
        index.location = source.location(ofByte: name.offset)
        indexType(into: &index)
        try expect("ON")
        let table = try qualifiedName("a table name")
        index.elements = try keyParts()
        indexOptions(into: &index)
        return .createIndex(table: table.name, offset: table.offset, index: index)
    }

    private mutating func drop() throws(MySQLSyntaxError) -> MySQLStatement {
        _ = accept("TEMPORARY")
        guard let object = keyword() else { throw error(expected: "TABLE, VIEW, INDEX or DATABASE after DROP") }
        advance()
        switch object {
        case "TABLE", "TABLES":
            let ifExists = accept("IF", "EXISTS")
            var names: [(name: QualifiedName, offset: Int)] = []
            repeat { names.append(try qualifiedName("a table name")) } while acceptSymbol(",")
            return .dropTables(names, ifExists: ifExists)
        case "VIEW":
            _ = accept("IF", "EXISTS")
            var names: [QualifiedName] = []
            repeat { names.append(try qualifiedName("a view name").name) } while acceptSymbol(",")
            return .dropViews(names)
        case "INDEX":
            let name = try identifier("an index name")
            try expect("ON")
            let table = try qualifiedName("a table name")
            return .dropIndex(name: name.name, table: table.name, offset: name.offset)
        default:
            return .skipped("drop " + object.lowercased())
        }
    }
}
