/// The name of a type created as composite (`CompositeTypeStmt.typevar`), range (`CreateRangeStmt`) or base
/// type (`DefineStmt`): the reader records that the type exists, not its definition.
struct PgNamedTypeStmt: Decodable, Sendable {
    let typevar: PgRangeVar?
    let typeName: [PgNode]?
    let defnames: [PgNode]?
    let kind: String?
}
