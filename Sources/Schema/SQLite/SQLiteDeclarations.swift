/// What SQLite's pragmas do not tell about the objects a script created, read from the statements'
/// own text: CHECK constraints, generated-column and index expressions, partial-index predicates,
/// AUTOINCREMENT, DEFERRABLE, constraint names, collations, and the byte offset of every name so that
/// each object maps back to its place in the file.
///
/// Keys are folded (lowercased) names, `schema.name` outside `main`: SQLite names ignore ASCII case.
struct SQLiteDeclarations {
    var tables: [String: SQLiteTableDeclaration] = [:]
    var indexes: [String: SQLiteNamedDeclaration] = [:]
    var views: [String: SQLiteNamedDeclaration] = [:]

    static func key(schema: String?, _ name: String) -> String {
        (schema.map { $0.lowercased() + "." } ?? "") + name.lowercased()
    }

    /// Records what a statement SQLite has just run successfully changed.
    mutating func apply(_ effect: SQLiteStatementEffect) {
        switch effect {
        case .createTable(let key, let table, let ifNotExists):
            if !(ifNotExists && tables[key] != nil) { tables[key] = table }
        case .createIndex(let key, let index, let ifNotExists):
            if !(ifNotExists && indexes[key] != nil) { indexes[key] = index }
        case .createView(let key, let view, let ifNotExists):
            if !(ifNotExists && views[key] != nil) { views[key] = view }
        case .addColumn(let key, let addition):
            tables[key]?.append(addition)
        case .renameTable(let key, let newKey, let newName):
            if var table = tables.removeValue(forKey: key) {
                table.name = newName
                tables[newKey] = table
            }
        case .renameColumn(let key, let old, let new):
            tables[key]?.renameColumn(old, to: new)
        case .dropTable(let key):
            tables[key] = nil
        case .dropIndex(let key):
            indexes[key] = nil
        case .dropView(let key):
            views[key] = nil
        case .none:
            break
        }
    }
}

/// What one successful statement did to the declarations.
enum SQLiteStatementEffect {
    case createTable(key: String, SQLiteTableDeclaration, ifNotExists: Bool)
    case createIndex(key: String, SQLiteNamedDeclaration, ifNotExists: Bool)
    case createView(key: String, SQLiteNamedDeclaration, ifNotExists: Bool)
    case addColumn(tableKey: String, SQLiteTableDeclaration)
    case renameTable(key: String, newKey: String, newName: String)
    case renameColumn(tableKey: String, old: String, new: String)
    case dropTable(key: String)
    case dropIndex(key: String)
    case dropView(key: String)
    case none
}

/// An index or a view: its name's offset, and for indexes the text of each key and the predicate.
struct SQLiteNamedDeclaration: Equatable {
    var name: String
    var offset: Int
    /// Index keys as written, without COLLATE and ASC/DESC (used for expression keys).
    var elements: [String] = []
    /// `WHERE ...` of a partial index, without the keyword.
    var predicate: String?
}

/// A table's declaration: from CREATE TABLE, extended by ALTER TABLE ADD COLUMN.
struct SQLiteTableDeclaration: Equatable {
    struct ColumnDeclaration: Equatable {
        var name: String
        var offset: Int
        var collation: String?
        var generatedExpression: String?
    }

    /// A PRIMARY KEY or UNIQUE constraint.
    struct KeyDeclaration: Equatable {
        var name: String?
        var offset: Int
        var columns: [String]
        var isAutoIncrement = false
    }

    struct ForeignKeyDeclaration: Equatable {
        var name: String?
        var offset: Int
        var columns: [String]
        var table: String
        var isDeferrable = false
        var isInitiallyDeferred = false
    }

    struct CheckDeclaration: Equatable {
        var name: String?
        var offset: Int
        var expression: String
    }

    var name: String
    var offset: Int
    /// The module of a virtual table (`USING fts5`).
    var module: String?
    var columns: [ColumnDeclaration] = []
    var primaryKey: KeyDeclaration?
    var uniques: [KeyDeclaration] = []
    var foreignKeys: [ForeignKeyDeclaration] = []
    var checks: [CheckDeclaration] = []

    func column(named name: String) -> ColumnDeclaration? {
        let folded = name.lowercased()
        return columns.first { $0.name.lowercased() == folded }
    }

    /// Adds the columns and constraints of an ALTER TABLE ADD COLUMN.
    mutating func append(_ addition: SQLiteTableDeclaration) {
        columns += addition.columns
        if primaryKey == nil { primaryKey = addition.primaryKey }
        uniques += addition.uniques
        foreignKeys += addition.foreignKeys
        checks += addition.checks
    }

    mutating func renameColumn(_ old: String, to new: String) {
        let folded = old.lowercased()
        let rename: (String) -> String = { $0.lowercased() == folded ? new : $0 }
        for i in columns.indices { columns[i].name = rename(columns[i].name) }
        if let key = primaryKey { primaryKey?.columns = key.columns.map(rename) }
        for i in uniques.indices { uniques[i].columns = uniques[i].columns.map(rename) }
        for i in foreignKeys.indices { foreignKeys[i].columns = foreignKeys[i].columns.map(rename) }
    }
}
