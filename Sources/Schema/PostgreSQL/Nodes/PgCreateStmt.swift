/// `CreateStmt`: CREATE TABLE, including `PARTITION OF` (then `inhRelations` holds the parent and
/// `partbound` the bound) and typed tables.
struct PgCreateStmt: Decodable, Sendable {
    let relation: PgRangeVar
    let tableElts: [PgNode]?
    let inhRelations: [PgNode]?
    let partbound: PgPartitionBoundSpec?
    let partspec: PgPartitionSpec?
    let options: [PgNode]?
    let tablespacename: String?
    let accessMethod: String?
    let ifNotExists: Bool?

    private enum CodingKeys: String, CodingKey {
        case relation, tableElts, inhRelations, partbound, partspec, options, tablespacename, accessMethod
        case ifNotExists = "if_not_exists"
    }
}

extension PgCreateStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        relation = try object.required(object.decode(PgRangeVar.self, "relation"), "relation")
        tableElts = try object.nodes("tableElts")
        inhRelations = try object.nodes("inhRelations")
        partbound = try object.decode(PgPartitionBoundSpec.self, "partbound")
        partspec = try object.decode(PgPartitionSpec.self, "partspec")
        options = try object.nodes("options")
        tablespacename = try object.string("tablespacename")
        accessMethod = try object.string("accessMethod")
        ifNotExists = try object.bool("if_not_exists")
    }
}
