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
