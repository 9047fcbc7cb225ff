/// Column definitions: the data type, then attributes in any order.
extension MySQLParser {
    /// `type [NOT NULL|NULL] [DEFAULT v] [AUTO_INCREMENT] [UNIQUE [KEY]] [[PRIMARY] KEY] [COMMENT 's']
    /// [COLLATE c] [CHARACTER SET cs] [ON UPDATE CURRENT_TIMESTAMP] [[GENERATED ALWAYS] AS (expr) [VIRTUAL|STORED]]
    /// [VISIBLE|INVISIBLE] [[CONSTRAINT [name]] CHECK (expr)] [REFERENCES ...]`.
    ///
    /// `DEFAULT NULL` is no default. `SERIAL` is `BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE`.
    mutating func columnDefinition(name: (name: String, offset: Int)) throws(MySQLSyntaxError) -> MySQLColumnDefinition {
        let type = try dataType()
        var definition = MySQLColumnDefinition(column: Column(name: name.name, type: type,
                                                              location: source.location(ofByte: name.offset)))
        if type.raw.uppercased() == "SERIAL" {
            definition.column.isNullable = false
            definition.column.identity = .autoIncrement
            definition.unique = UniqueConstraint(columns: [name.name], location: definition.column.location)
        }
        while let word = keyword() {
            let offset = currentOffset()
            switch word {
            case "NOT":
                try expect("NOT", "NULL")
                definition.column.isNullable = false
            case "NULL":
                advance()
                definition.column.isNullable = true
            case "DEFAULT":
                advance()
                definition.column.defaultExpression = try defaultValue()
            case "AUTO_INCREMENT":
                advance()
                definition.column.identity = .autoIncrement
            case "UNIQUE":
                advance()
                _ = accept("KEY")
                definition.unique = UniqueConstraint(columns: [name.name], location: source.location(ofByte: offset))
            case "PRIMARY", "KEY":
                if !accept("PRIMARY", "KEY") { try expect("KEY") }
                definition.primaryKey = PrimaryKey(columns: [name.name], location: source.location(ofByte: offset))
                definition.primaryKeyOffset = offset
                definition.column.isNullable = false
            case "COMMENT":
                advance()
                definition.column.comment = try stringLiteral("the column comment")
            case "COLLATE":
                advance()
                _ = acceptSymbol("=")
                definition.column.collation = try nameOrString("a collation name")
            case "CHARSET", "CHARACTER":
                if !accept("CHARSET") { try expect("CHARACTER", "SET") }
                _ = try nameOrString("a character set name")
            case "ON":
                try expect("ON", "UPDATE")
                guard advance() != nil else { throw error(expected: "CURRENT_TIMESTAMP") }
                if isSymbol("(") { _ = try parenthesized("'('") }
            case "GENERATED", "AS":
                if accept("GENERATED") { try expect("ALWAYS") }
                try expect("AS")
                let expression = try parenthesizedText("'(' and the generation expression")
                let stored = accept("STORED") || accept("PERSISTENT")
                if !stored { _ = accept("VIRTUAL") }
                definition.column.generated = GeneratedColumn(expression: expression, isStored: stored)
            case "VISIBLE", "INVISIBLE":
                advance()
            case "COLUMN_FORMAT", "STORAGE", "SRID":
                advance()
                guard advance() != nil else { throw error(expected: "a value") }
            case "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE":
                advance()
                _ = acceptSymbol("=")
                _ = try stringLiteral("a quoted attribute")
            case "SERIAL":
                try expect("SERIAL", "DEFAULT", "VALUE")
                definition.column.isNullable = false
                definition.column.identity = .autoIncrement
                definition.unique = UniqueConstraint(columns: [name.name], location: source.location(ofByte: offset))
            case "CONSTRAINT", "CHECK":
                var constraintName: (name: String, offset: Int)?
                if accept("CONSTRAINT"), keyword() != "CHECK" { constraintName = try identifier("a constraint name") }
                definition.checks.append(try check(name: constraintName?.name, offset: constraintName?.offset ?? offset))
            case "REFERENCES":
                definition.foreignKey = try references(columns: [name.name], name: nil, offset: offset)
                definition.referencesOffset = offset
            default:
                return definition
            }
        }
        return definition
    }

    /// A bare or quoted name, or a string (collations and character sets may be written either way).
    private mutating func nameOrString(_ what: String) throws(MySQLSyntaxError) -> String {
        guard let token = peek(), token.kind != .symbol, token.kind != .number else { throw error(expected: what) }
        advance()
        return unquote(token)
    }

    /// A default: a literal (`'x'`, `-1`, `b'0'`, `_utf8mb4'x'`), a word with optional arguments
    /// (`CURRENT_TIMESTAMP(6)`, `NOW()`), or a parenthesized expression. Returns nil for `NULL`.
    mutating func defaultValue() throws(MySQLSyntaxError) -> String? {
        let start = position
        if isSymbol("(") {
            _ = try parenthesized("'('")
        } else {
            if isSymbol("-") || isSymbol("+") { advance() }
            guard let token = peek(), token.kind != .symbol else { throw error(expected: "a default value") }
            advance()
            if token.kind == .word {
                if let next = peek(), next.kind == .string, next.start == token.end {
                    advance()
                } else if isSymbol("(") {
                    _ = try parenthesized("'('")
                }
            } else {
                while let next = peek(), next.kind == .string { advance() }
            }
        }
        let text = render(start..<position)
        return text.uppercased() == "NULL" ? nil : text
    }

    /// A data type: its name (one or more words), `(length)`, `(precision, scale)` or ENUM/SET values,
    /// and the UNSIGNED/SIGNED/ZEROFILL and BINARY/ASCII/UNICODE attributes.
    mutating func dataType() throws(MySQLSyntaxError) -> DataType {
        let start = position
        guard var name = keyword() else { throw error(expected: "a column type") }
        advance()
        switch name {
        case "DOUBLE":
            if accept("PRECISION") { name = "DOUBLE PRECISION" }
        case "CHARACTER", "CHAR":
            if accept("VARYING") { name = "VARCHAR" }
        case "NATIONAL":
            if accept("VARCHAR") { name = "NVARCHAR" }
            else if accept("CHAR") || accept("CHARACTER") { name = accept("VARYING") ? "NVARCHAR" : "NCHAR" }
        case "NCHAR":
            if accept("VARCHAR") || accept("VARYING") { name = "NVARCHAR" }
        case "LONG":
            if accept("VARBINARY") { name = "LONGBLOB" }
            else { _ = accept("VARCHAR") || accept("CHAR", "VARYING"); name = "MEDIUMTEXT" }
        default:
            break
        }
        var arguments: [Int] = []
        var values: [String] = []
        if acceptSymbol("(") {
            if name == "ENUM" || name == "SET" {
                repeat { values.append(try stringLiteral("a quoted value")) } while acceptSymbol(",")
            } else {
                repeat { arguments.append(try integer("a number")) } while acceptSymbol(",")
            }
            guard acceptSymbol(")") else { throw error(expected: "',' or ')'") }
        }
        var isUnsigned = false
        while true {
            if accept("UNSIGNED") || accept("ZEROFILL") { isUnsigned = true }
            else if !accept("SIGNED") { break }
        }
        let raw = render(start..<position)
        while accept("BINARY") || accept("ASCII") || accept("UNICODE") || accept("BYTE") {}
        return MySQLTypeMapper.map(name: name, arguments: arguments, values: values, isUnsigned: isUnsigned, raw: raw)
    }
}
