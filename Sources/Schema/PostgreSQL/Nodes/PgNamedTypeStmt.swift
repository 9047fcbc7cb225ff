/// The name of a type created as composite (`CompositeTypeStmt.typevar`), range (`CreateRangeStmt`) or base
/// type (`DefineStmt`): the reader records that the type exists, not its definition.
struct PgNamedTypeStmt: Decodable, Sendable {
    let typevar: PgRangeVar?
    let typeName: [PgNode]?
    let defnames: [PgNode]?
    let kind: String?
}

extension PgNamedTypeStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        typevar = try object.decode(PgRangeVar.self, "typevar")
        typeName = try object.nodes("typeName")
        defnames = try object.nodes("defnames")
        kind = try object.string("kind")
    }
}
