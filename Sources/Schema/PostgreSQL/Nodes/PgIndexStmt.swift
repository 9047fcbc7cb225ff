/// `IndexStmt`: CREATE [UNIQUE] INDEX. It has no location of its own.
struct PgIndexStmt: Decodable, Sendable {
    let idxname: String?
    let relation: PgRangeVar
    let accessMethod: String?
    let indexParams: [PgNode]
    let indexIncludingParams: [PgNode]?
    let whereClause: PgNode?
    let unique: Bool?
    let nullsNotDistinct: Bool?
    let ifNotExists: Bool?

    private enum CodingKeys: String, CodingKey {
        case idxname, relation, accessMethod, indexParams, indexIncludingParams, whereClause, unique
        case nullsNotDistinct = "nulls_not_distinct", ifNotExists = "if_not_exists"
    }
}

extension PgIndexStmt: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        idxname = try object.string("idxname")
        relation = try object.required(object.decode(PgRangeVar.self, "relation"), "relation")
        accessMethod = try object.string("accessMethod")
        indexParams = try object.required(object.nodes("indexParams"), "indexParams")
        indexIncludingParams = try object.nodes("indexIncludingParams")
        whereClause = try object.node("whereClause")
        unique = try object.bool("unique")
        nullsNotDistinct = try object.bool("nulls_not_distinct")
        ifNotExists = try object.bool("if_not_exists")
    }
}
