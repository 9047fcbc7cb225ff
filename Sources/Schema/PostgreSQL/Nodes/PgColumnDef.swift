/// `ColumnDef`: a column in CREATE TABLE or ALTER TABLE ADD COLUMN. `typeName` is missing for the
/// `col WITH OPTIONS ...` entries of partitions and typed tables.
struct PgColumnDef: Decodable, Sendable {
    let colname: String?
    let typeName: PgTypeName?
    let constraints: [PgNode]?
    let collClause: PgCollateClause?
    let location: Int?
}

extension PgColumnDef: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        colname = try object.string("colname")
        typeName = try object.decode(PgTypeName.self, "typeName")
        constraints = try object.nodes("constraints")
        collClause = try object.decode(PgCollateClause.self, "collClause")
        location = try object.int("location")
    }
}
