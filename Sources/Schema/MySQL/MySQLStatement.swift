/// One parsed MySQL statement, ready to be applied to the schema being built (`MySQLSchemaBuilder`).
/// Names are as written: `schema` is the database only when the statement names one.
enum MySQLStatement {
    case createTable(MySQLCreateTable)
    case alterTable(name: QualifiedName, offset: Int, actions: [MySQLAlterAction])
    case createIndex(table: QualifiedName, offset: Int, index: Index)
    case createView(View, orReplace: Bool)
    case createDatabase(String)
    case use(String)
    case dropTables([(name: QualifiedName, offset: Int)], ifExists: Bool)
    case dropViews([QualifiedName])
    case dropIndex(name: String, table: QualifiedName, offset: Int)
    case renameTables([(from: QualifiedName, to: QualifiedName, offset: Int)])
    /// A statement that defines nothing, counted under this label (`insert`, `set`, `create trigger`).
    case skipped(String)
}

/// CREATE TABLE, with what the builder needs besides the table itself.
struct MySQLCreateTable {
    var table: Table
    /// Where the table's name is.
    var offset: Int
    var ifNotExists = false
    /// `CREATE TABLE t LIKE source`: the table copies `source`'s columns, keys and indexes.
    var like: (name: QualifiedName, offset: Int)?
    /// Where inline column `REFERENCES` clauses are (MySQL 8.4 and earlier ignore them).
    var inlineReferences: [Int] = []
    /// Where `AS SELECT ...` starts, when the table takes columns from a query.
    var queryOffset: Int?
}

/// A column definition with the constraints written on the column itself.
struct MySQLColumnDefinition {
    var column: Column
    var primaryKey: PrimaryKey?
    /// Where the column's PRIMARY KEY is.
    var primaryKeyOffset: Int?
    var unique: UniqueConstraint?
    var foreignKey: ForeignKey?
    /// Where the inline `REFERENCES` is (MySQL 8.4 and earlier ignore it).
    var referencesOffset: Int?
    var checks: [CheckConstraint] = []
}

/// Where ADD/MODIFY/CHANGE COLUMN puts the column.
enum MySQLColumnPosition: Equatable {
    case first
    case after(String, offset: Int)
}

/// One action of an ALTER TABLE statement.
enum MySQLAlterAction {
    case addColumn(MySQLColumnDefinition, position: MySQLColumnPosition?)
    /// MODIFY (`from == nil`) or CHANGE (`from` is the old name).
    case changeColumn(from: String?, MySQLColumnDefinition, position: MySQLColumnPosition?, offset: Int)
    case addPrimaryKey(PrimaryKey)
    case addUnique(UniqueConstraint)
    case addIndex(Index)
    case addForeignKey(ForeignKey)
    case addCheck(CheckConstraint)
    case dropColumn(String, offset: Int)
    case dropIndex(String, offset: Int)
    case dropPrimaryKey
    case dropForeignKey(String)
    /// DROP CHECK / DROP CONSTRAINT: whatever constraint has that name.
    case dropConstraint(String)
    case setDefault(column: String, expression: String?, offset: Int)
    case renameTable(QualifiedName)
    case renameColumn(from: String, to: String, offset: Int)
    case renameIndex(from: String, to: String)
    case setOption(key: String, value: String)
    case setComment(String)
    case setPartitioning(Partitioning?)
    /// DISABLE KEYS, ALGORITHM=..., FORCE and the like: nothing changes in the model.
    case noEffect
}
