/// The schema a MySQL script builds, statement by statement, with MySQL's rules for each change.
///
/// Namespaces: the default database is the one a mysqldump header names (`-- Host: ... Database: x`),
/// else the first one the script selects with `USE`. Tables in the default database have
/// `schema == nil`; a table created while another database is selected, or qualified with another
/// database (`other.t`), keeps that database as its schema and the database is listed in
/// `SchemaModel.namespaces`. Unqualified names resolve to the database selected at that point.
struct MySQLSchemaBuilder {
    let source: SourceText
    private var tables: [Table] = []
    private var views: [View] = []
    private var databases: Set<String> = []
    private var currentDatabase: String?
    private var defaultDatabase: String?
    /// Warnings about constructs MySQL does not honour, or that are read only in part.
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, dumpDatabase: String?) {
        self.source = source
        self.currentDatabase = dumpDatabase
        self.defaultDatabase = dumpDatabase
    }

    // MARK: - Statements

    mutating func apply(_ statement: MySQLStatement) throws(MySQLSyntaxError) {
        switch statement {
        case .createTable(let create):
            try createTable(create)
        case .alterTable(let name, let offset, let actions):
            guard actions.contains(where: { if case .noEffect = $0 { false } else { true } }) else { return }
            let i = try tableIndex(name, offset: offset)
            var table = tables[i]
            let warningsBefore = diagnostics.count
            do {
                for action in actions { try apply(action, to: &table) }
            } catch {
                // A statement that fails changes nothing, its warnings included.
                diagnostics.removeSubrange(warningsBefore...)
                throw error
            }
            requirePrimaryKeyColumns(&table)
            let renamed = table.name != tables[i].name
            let oldName = tables[i].name
            tables[i] = table
            if renamed { retarget(from: oldName, to: table.name) }
        case .createIndex(let name, let offset, let index):
            let i = try tableIndex(name, offset: offset)
            tables[i].indexes.append(index)
        case .createView(var view, _):
            view.name = resolve(view.name)
            views.removeAll { $0.name == view.name }
            views.append(view)
        case .createDatabase(let name):
            databases.insert(name)
        case .use(let name):
            databases.insert(name)
            currentDatabase = name
            if defaultDatabase == nil { defaultDatabase = name }
        case .dropTables(let names, _):
            for name in names {
                if let i = existingTableIndex(resolve(name.name)) { tables.remove(at: i) }
            }
        case .dropViews(let names):
            for name in names.map(resolve) { views.removeAll { $0.name == name } }
        case .dropIndex(let name, let table, let offset):
            let i = try tableIndex(table, offset: offset)
            try dropIndex(name, from: &tables[i], offset: offset)
        case .renameTables(let pairs):
            for pair in pairs {
                let i = try tableIndex(pair.from, offset: pair.offset)
                let old = tables[i].name
                tables[i].name = resolve(pair.to)
                retarget(from: old, to: tables[i].name)
            }
        case .skipped:
            break
        }
    }

    private mutating func createTable(_ create: MySQLCreateTable) throws(MySQLSyntaxError) {
        var table = create.table
        table.name = resolve(table.name)
        if existingTableIndex(table.name) != nil {
            if create.ifNotExists { return }
            throw MySQLSyntaxError(message: "table '\(table.name)' already exists", offset: create.offset)
        }
        if let like = create.like {
            // LIKE copies columns, keys, indexes, checks and options; not foreign keys.
            let source = tables[try tableIndex(like.name, offset: like.offset)]
            table.columns = source.columns
            table.primaryKey = source.primaryKey
            table.uniqueConstraints = source.uniqueConstraints
            table.checks = source.checks
            table.indexes = source.indexes
            table.options = source.options
            table.partitioning = source.partitioning
            table.comment = source.comment
        }
        for k in table.foreignKeys.indices { table.foreignKeys[k].referencedTable = resolve(table.foreignKeys[k].referencedTable) }
        for offset in create.inlineReferences { warnInlineReferences(at: offset) }
        if let offset = create.queryOffset {
            diagnostics.append(Diagnostic(ruleID: "read-in-part", severity: .warning,
                                          message: "the columns CREATE TABLE ... SELECT takes from its query are not read",
                                          location: source.location(ofByte: offset), target: table.name.description,
                                          fix: "declare the columns in the CREATE TABLE statement"))
        }
        tables.append(table)
    }

    private mutating func warnInlineReferences(at offset: Int) {
        diagnostics.append(Diagnostic(ruleID: "mysql-inline-references", severity: .warning,
                                      message: "MySQL 8.4 and earlier parse and ignore a REFERENCES clause written on a column; the foreign key is modelled but may not exist",
                                      location: source.location(ofByte: offset),
                                      fix: "declare it as FOREIGN KEY (column) REFERENCES table (column) in the table"))
    }

    // MARK: - ALTER TABLE actions

    private mutating func apply(_ action: MySQLAlterAction, to table: inout Table) throws(MySQLSyntaxError) {
        switch action {
        case .addColumn(let definition, let position):
            if table.column(named: definition.column.name) != nil {
                throw MySQLSyntaxError(message: "duplicate column name '\(definition.column.name)'", offset: offset(of: definition.column.location))
            }
            table.columns.insert(definition.column, at: try insertionIndex(position, in: table))
            try addConstraints(of: definition, to: &table)
        case .changeColumn(let from, let definition, let position, let offset):
            let oldName = from ?? definition.column.name
            guard let i = table.columnIndex(named: oldName) else {
                throw MySQLSyntaxError(message: "unknown column '\(oldName)' in table '\(table.name)'", offset: offset)
            }
            table.columns[i] = definition.column
            if let position {
                let column = table.columns.remove(at: i)
                table.columns.insert(column, at: try insertionIndex(position, in: table))
            }
            if oldName != definition.column.name { renameColumn(oldName, to: definition.column.name, in: &table) }
            try addConstraints(of: definition, to: &table)
        case .addPrimaryKey(let key):
            if table.primaryKey != nil { throw MySQLSyntaxError(message: "multiple primary keys defined", offset: offset(of: key.location)) }
            table.primaryKey = key
        case .addUnique(let unique):
            table.uniqueConstraints.append(unique)
        case .addIndex(let index):
            table.indexes.append(index)
        case .addForeignKey(var key):
            key.referencedTable = resolve(key.referencedTable)
            table.foreignKeys.append(key)
        case .addCheck(let check):
            table.checks.append(check)
        case .dropColumn(let name, let offset):
            guard let i = table.columnIndex(named: name) else {
                throw MySQLSyntaxError(message: "unknown column '\(name)' in table '\(table.name)'", offset: offset)
            }
            table.columns.remove(at: i)
            dropColumnFromKeys(name.lowercased(), in: &table)
        case .dropIndex(let name, let offset):
            try dropIndex(name, from: &table, offset: offset)
        case .dropPrimaryKey:
            table.primaryKey = nil
        case .dropForeignKey(let name):
            table.foreignKeys.removeAll { $0.name?.lowercased() == name.lowercased() }
        case .dropConstraint(let name):
            let folded = name.lowercased()
            table.checks.removeAll { $0.name?.lowercased() == folded }
            table.foreignKeys.removeAll { $0.name?.lowercased() == folded }
            table.uniqueConstraints.removeAll { $0.name?.lowercased() == folded }
            table.indexes.removeAll { $0.name?.lowercased() == folded && $0.isUnique }
        case .setDefault(let column, let expression, let offset):
            guard let i = table.columnIndex(named: column) else {
                throw MySQLSyntaxError(message: "unknown column '\(column)' in table '\(table.name)'", offset: offset)
            }
            table.columns[i].defaultExpression = expression
        case .renameTable(let name):
            table.name = resolve(name)
        case .renameColumn(let from, let to, let offset):
            guard let i = table.columnIndex(named: from) else {
                throw MySQLSyntaxError(message: "unknown column '\(from)' in table '\(table.name)'", offset: offset)
            }
            table.columns[i].name = to
            renameColumn(from, to: to, in: &table)
        case .renameIndex(let from, let to):
            for i in table.indexes.indices where table.indexes[i].name?.lowercased() == from.lowercased() { table.indexes[i].name = to }
        case .setOption(let key, let value):
            table.options[key] = value
        case .setComment(let comment):
            table.comment = comment
        case .setPartitioning(let partitioning):
            table.partitioning = partitioning
        case .noEffect:
            break
        }
    }

    private mutating func addConstraints(of definition: MySQLColumnDefinition, to table: inout Table) throws(MySQLSyntaxError) {
        if let key = definition.primaryKey {
            if table.primaryKey != nil {
                throw MySQLSyntaxError(message: "multiple primary keys defined", offset: definition.primaryKeyOffset ?? offset(of: key.location))
            }
            table.primaryKey = key
        }
        if let unique = definition.unique { table.uniqueConstraints.append(unique) }
        if var key = definition.foreignKey {
            key.referencedTable = resolve(key.referencedTable)
            table.foreignKeys.append(key)
            if let offset = definition.referencesOffset { warnInlineReferences(at: offset) }
        }
        table.checks += definition.checks
    }

    private func insertionIndex(_ position: MySQLColumnPosition?, in table: Table) throws(MySQLSyntaxError) -> Int {
        switch position {
        case nil: return table.columns.count
        case .first: return 0
        case .after(let name, let offset):
            guard let i = table.columnIndex(named: name) else {
                throw MySQLSyntaxError(message: "unknown column '\(name)' in table '\(table.name)'", offset: offset)
            }
            return i + 1
        }
    }

    private func dropIndex(_ name: String, from table: inout Table, offset: Int) throws(MySQLSyntaxError) {
        let folded = name.lowercased()
        if folded == "primary", table.primaryKey != nil {
            table.primaryKey = nil
            return
        }
        let before = table.indexes.count + table.uniqueConstraints.count
        table.indexes.removeAll { $0.name?.lowercased() == folded }
        table.uniqueConstraints.removeAll { $0.name?.lowercased() == folded }
        if table.indexes.count + table.uniqueConstraints.count == before {
            throw MySQLSyntaxError(message: "can't drop index '\(name)' of table '\(table.name)': it does not exist", offset: offset)
        }
    }

    private func renameColumn(_ old: String, to new: String, in table: inout Table) {
        let folded = old.lowercased()
        let rename: (String) -> String = { $0.lowercased() == folded ? new : $0 }
        if let key = table.primaryKey { table.primaryKey?.columns = key.columns.map(rename) }
        for i in table.uniqueConstraints.indices { table.uniqueConstraints[i].columns = table.uniqueConstraints[i].columns.map(rename) }
        for i in table.foreignKeys.indices { table.foreignKeys[i].columns = table.foreignKeys[i].columns.map(rename) }
        for i in table.indexes.indices {
            for k in table.indexes[i].elements.indices {
                if let name = table.indexes[i].elements[k].columnName { table.indexes[i].elements[k].target = .column(rename(name)) }
            }
        }
    }

    /// MySQL removes a dropped column from every key; a key left with no column goes too.
    private func dropColumnFromKeys(_ folded: String, in table: inout Table) {
        if let key = table.primaryKey {
            let columns = key.columns.filter { $0.lowercased() != folded }
            table.primaryKey = columns.isEmpty ? nil : PrimaryKey(name: key.name, columns: columns, location: key.location)
        }
        for i in table.uniqueConstraints.indices { table.uniqueConstraints[i].columns.removeAll { $0.lowercased() == folded } }
        table.uniqueConstraints.removeAll { $0.columns.isEmpty }
        for i in table.indexes.indices { table.indexes[i].elements.removeAll { $0.columnName?.lowercased() == folded } }
        table.indexes.removeAll { $0.elements.isEmpty }
        table.foreignKeys.removeAll { $0.columns.contains { $0.lowercased() == folded } }
    }

    /// Primary key columns are NOT NULL in MySQL, whatever the column says.
    private func requirePrimaryKeyColumns(_ table: inout Table) {
        guard let key = table.primaryKey else { return }
        let folded = Set(key.columns.map { $0.lowercased() })
        for i in table.columns.indices where folded.contains(table.columns[i].name.lowercased()) {
            table.columns[i].isNullable = false
        }
    }

    // MARK: - Names

    /// An unqualified name lives in the database selected at this point.
    private func resolve(_ name: QualifiedName) -> QualifiedName {
        name.schema == nil ? QualifiedName(schema: currentDatabase, name.name) : name
    }

    private func existingTableIndex(_ resolved: QualifiedName) -> Int? {
        if let exact = tables.firstIndex(where: { $0.name == resolved }) { return exact }
        let folded = resolved.folded
        return tables.firstIndex { $0.name.folded == folded }
    }

    private func tableIndex(_ name: QualifiedName, offset: Int) throws(MySQLSyntaxError) -> Int {
        guard let i = existingTableIndex(resolve(name)) else {
            throw MySQLSyntaxError(message: "table '\(name)' does not exist (it is not created earlier in the file)", offset: offset)
        }
        return i
    }

    /// Foreign keys follow a renamed table, as in MySQL.
    private mutating func retarget(from old: QualifiedName, to new: QualifiedName) {
        for t in tables.indices {
            for k in tables[t].foreignKeys.indices where tables[t].foreignKeys[k].referencedTable.folded == old.folded {
                tables[t].foreignKeys[k].referencedTable = new
            }
        }
    }

    /// The byte offset of a location in this file (columns count characters, not bytes).
    private func offset(of location: SourceLocation) -> Int {
        var offset = source.byteOffset(ofLine: location.line)
        var column = 1
        while column < location.column, offset < source.utf8.count {
            offset += 1
            if offset >= source.utf8.count || source.utf8[offset] & 0xC0 != 0x80 { column += 1 }
        }
        return offset
    }

    // MARK: - Result

    /// The model, with the default database's names unqualified.
    func model() -> SchemaModel {
        let local: (QualifiedName) -> QualifiedName = { name in
            name.schema != nil && name.schema == defaultDatabase ? QualifiedName(name.name) : name
        }
        var model = SchemaModel(dialect: .mysql)
        model.tables = tables.map { table in
            var table = table
            table.name = local(table.name)
            for k in table.foreignKeys.indices { table.foreignKeys[k].referencedTable = local(table.foreignKeys[k].referencedTable) }
            return table
        }
        model.views = views.map { View(name: local($0.name), isMaterialized: false, location: $0.location) }
        var namespaces = databases
        for name in model.tables.map(\.name) + model.views.map(\.name) { if let schema = name.schema { namespaces.insert(schema) } }
        if let defaultDatabase { namespaces.remove(defaultDatabase) }
        model.namespaces = namespaces.sorted()
        return model
    }
}
