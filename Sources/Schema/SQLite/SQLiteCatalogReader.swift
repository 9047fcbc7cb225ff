import SQLiteDB

/// Reads the normalized model back from the in-memory database a script was run in:
/// `pragma table_list` (tables, views, virtual tables, WITHOUT ROWID, STRICT), `table_xinfo` (columns;
/// hidden 2/3 are generated VIRTUAL/STORED), `foreign_key_list`, `index_list` (origin c/u/pk, partial)
/// and `index_xinfo` (order, collation, expression keys as cid -2). The declarations read from the
/// statements add what the pragmas leave out and the place of every object in the file.
///
/// Conventions shared with the other readers: `main` is the default namespace (`schema == nil`); a
/// PRIMARY KEY or UNIQUE constraint is not repeated as an `Index` (CREATE UNIQUE INDEX is an index);
/// `DEFAULT NULL` is no default. A single-column PRIMARY KEY on a column declared exactly `INTEGER` in a
/// rowid table is the rowid: not nullable, `Identity.rowid`, or `.autoIncrement` with AUTOINCREMENT.
struct SQLiteCatalogReader {
    let connection: SQLiteConnection
    let declarations: SQLiteDeclarations
    let source: SourceText

    func model() throws(SQLiteError) -> SchemaModel {
        var model = SchemaModel(dialect: .sqlite)
        var namespaces: Set<String> = []
        let objects = try connection.query("""
            SELECT schema, name, type, wr, strict FROM pragma_table_list
            WHERE schema IN ('main', 'temp') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            """)
        for object in objects {
            let schemaName = object["schema"].text ?? "main"
            let schema = schemaName == "main" ? nil : schemaName
            let name = object["name"].text ?? ""
            let key = SQLiteDeclarations.key(schema: schema, name)
            switch object["type"].text {
            case "view":
                let offset = declarations.views[key]?.offset
                model.views.append(View(name: QualifiedName(schema: schema, name), location: location(offset)))
            case "table", "virtual":
                let withoutRowid = object["wr"].integer == 1
                var table = try readTable(schema: schema, schemaName: schemaName, name: name, withoutRowid: withoutRowid,
                                          declaration: declarations.tables[key])
                if withoutRowid { table.options["without_rowid"] = "true" }
                if object["strict"].integer == 1 { table.options["strict"] = "true" }
                model.tables.append(table)
            default:
                continue  // shadow tables of virtual tables
            }
            if let schema { namespaces.insert(schema) }
        }
        model.tables.sort { $0.location < $1.location }
        model.views.sort { $0.location < $1.location }
        model.namespaces = namespaces.sorted()
        return model
    }

    private func location(_ offset: Int?) -> SourceLocation {
        source.location(ofByte: offset ?? 0)
    }

    private func readTable(schema: String?, schemaName: String, name: String, withoutRowid: Bool,
                           declaration: SQLiteTableDeclaration?) throws(SQLiteError) -> Table {
        let tableLocation = location(declaration?.offset)
        var table = Table(name: QualifiedName(schema: schema, name), location: tableLocation)
        if let module = declaration?.module { table.options["using"] = module }
        let arguments: [SQLiteValue] = [.text(name), .text(schemaName)]

        let indexRows = try connection.query("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1, ?2)", arguments)
        var primaryKeyColumns: [(position: Int64, name: String)] = []
        for row in try connection.query("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1, ?2)", arguments) {
            let hidden = row["hidden"].integer ?? 0
            guard hidden != 1 else { continue }  // hidden columns of virtual tables
            let columnName = row["name"].text ?? ""
            let columnDeclaration = declaration?.column(named: columnName)
            var column = Column(name: columnName, type: SQLiteTypeMapper.map(row["type"].text ?? ""),
                                isNullable: row["notnull"].integer != 1,
                                defaultExpression: Self.defaultExpression(row["dflt_value"].text),
                                collation: columnDeclaration?.collation,
                                location: columnDeclaration.map { location($0.offset) } ?? tableLocation)
            if hidden == 2 || hidden == 3 {
                column.generated = GeneratedColumn(expression: columnDeclaration?.generatedExpression ?? "", isStored: hidden == 3)
            }
            if let position = row["pk"].integer, position > 0 { primaryKeyColumns.append((position, columnName)) }
            table.columns.append(column)
        }

        if !primaryKeyColumns.isEmpty {
            let columns = primaryKeyColumns.sorted { $0.position < $1.position }.map(\.name)
            let keyDeclaration = declaration?.primaryKey
            table.primaryKey = PrimaryKey(name: keyDeclaration?.name, columns: columns,
                                          location: keyDeclaration.map { location($0.offset) } ?? tableLocation)
            if withoutRowid {
                // WITHOUT ROWID tables enforce NOT NULL on their key; rowid tables do not (an old SQLite quirk).
                for i in table.columns.indices where columns.contains(table.columns[i].name) { table.columns[i].isNullable = false }
            }
            let hasKeyIndex = indexRows.contains { $0["origin"].text == "pk" }
            let isRowidTable = declaration?.module == nil && !withoutRowid
            if columns.count == 1, isRowidTable, !hasKeyIndex, let i = table.columnIndex(named: columns[0]),
               table.columns[i].type.raw.uppercased() == "INTEGER" {
                table.columns[i].isNullable = false
                table.columns[i].identity = keyDeclaration?.isAutoIncrement == true ? .autoIncrement : .rowid
            }
        }

        var usedUniques = Set<Int>()
        for row in indexRows.reversed() {
            let indexName = row["name"].text ?? ""
            switch row["origin"].text {
            case "u":
                let elements = try indexElements(indexName, schemaName: schemaName, table: table, declaration: nil)
                let columns = elements.compactMap(\.columnName)
                let folded = columns.map { $0.lowercased() }
                let match = declaration?.uniques.indices.first { !usedUniques.contains($0)
                    && declaration?.uniques[$0].columns.map { $0.lowercased() } == folded }
                if let match { usedUniques.insert(match) }
                let unique = match.flatMap { declaration?.uniques[$0] }
                table.uniqueConstraints.append(UniqueConstraint(name: unique?.name, columns: columns,
                                                                location: unique.map { location($0.offset) } ?? tableLocation))
            case "c":
                let key = SQLiteDeclarations.key(schema: schemaName == "main" ? nil : schemaName, indexName)
                let indexDeclaration = declarations.indexes[key]
                let elements = try indexElements(indexName, schemaName: schemaName, table: table, declaration: indexDeclaration)
                table.indexes.append(Index(name: indexName, isUnique: row["unique"].integer == 1, elements: elements,
                                           predicate: row["partial"].integer == 1 ? indexDeclaration?.predicate : nil,
                                           location: location(indexDeclaration?.offset ?? declaration?.offset)))
            default:
                continue
            }
        }
        table.uniqueConstraints.sort { $0.location < $1.location }
        table.indexes.sort { $0.location < $1.location }

        table.foreignKeys = try foreignKeys(arguments, declaration: declaration, fallback: tableLocation)
        table.checks = declaration?.checks.map {
            CheckConstraint(name: $0.name, expression: $0.expression, location: location($0.offset))
        } ?? []
        return table
    }

    /// `DEFAULT NULL` means no default; other defaults keep their text with whitespace runs made one space.
    static func defaultExpression(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.uppercased() == "NULL" ? nil : collapsed
    }

    private func indexElements(_ indexName: String, schemaName: String, table: Table,
                               declaration: SQLiteNamedDeclaration?) throws(SQLiteError) -> [IndexElement] {
        let rows = try connection.query("SELECT seqno, cid, name, \"desc\", coll FROM pragma_index_xinfo(?1, ?2) WHERE key = 1 ORDER BY seqno",
                                        [.text(indexName), .text(schemaName)])
        return rows.map { row in
            let position = Int(row["seqno"].integer ?? 0)
            let columnID = row["cid"].integer ?? -1
            let collation = row["coll"].text
            var element: IndexElement
            var inherited = "BINARY"
            if columnID == -2 {
                let expression = declaration.flatMap { position < $0.elements.count ? $0.elements[position] : nil } ?? ""
                element = IndexElement(.expression(expression))
            } else {
                let name = columnID == -1 ? "rowid" : row["name"].text ?? ""
                element = IndexElement(.column(name))
                inherited = table.column(named: name)?.collation ?? "BINARY"
            }
            element.isDescending = row["desc"].integer == 1
            if let collation, collation.lowercased() != inherited.lowercased() { element.collation = collation }
            return element
        }
    }

    /// Foreign keys in declaration order (the pragma lists them last first), each matched to its
    /// declaration by columns and referenced table for its name, DEFERRABLE and place.
    private func foreignKeys(_ arguments: [SQLiteValue], declaration: SQLiteTableDeclaration?,
                             fallback: SourceLocation) throws(SQLiteError) -> [ForeignKey] {
        let rows = try connection.query("SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?1, ?2) ORDER BY id DESC, seq",
                                        arguments)
        var keys: [ForeignKey] = []
        var currentID: Int64?
        for row in rows {
            let id = row["id"].integer ?? 0
            if id != currentID {
                currentID = id
                keys.append(ForeignKey(columns: [], referencedTable: QualifiedName(row["table"].text ?? ""), referencedColumns: [],
                                       onDelete: Self.action(row["on_delete"].text), onUpdate: Self.action(row["on_update"].text),
                                       location: fallback))
            }
            keys[keys.count - 1].columns.append(row["from"].text ?? "")
            if let to = row["to"].text { keys[keys.count - 1].referencedColumns.append(to) }
        }
        var used = Set<Int>()
        for k in keys.indices {
            let columns = keys[k].columns.map { $0.lowercased() }
            let table = keys[k].referencedTable.name.lowercased()
            guard let declarations = declaration?.foreignKeys,
                  let match = declarations.indices.first(where: { !used.contains($0)
                      && declarations[$0].columns.map { $0.lowercased() } == columns
                      && declarations[$0].table.lowercased() == table }) else { continue }
            used.insert(match)
            let found = declarations[match]
            keys[k].name = found.name
            keys[k].isDeferrable = found.isDeferrable
            keys[k].isInitiallyDeferred = found.isInitiallyDeferred
            keys[k].location = location(found.offset)
        }
        return keys
    }

    static func action(_ text: String?) -> ReferentialAction {
        switch text?.uppercased() {
        case "CASCADE": .cascade
        case "RESTRICT": .restrict
        case "SET NULL": .setNull
        case "SET DEFAULT": .setDefault
        default: .noAction
        }
    }
}
