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
