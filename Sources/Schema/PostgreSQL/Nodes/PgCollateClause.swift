/// `CollateClause`: `arg COLLATE name`, and a column's `COLLATE name` (then without `arg`).
struct PgCollateClause: Decodable, Sendable {
    let arg: PgNode?
    let collname: [PgNode]
    let location: Int?
}

extension PgCollateClause: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        arg = try object.node("arg")
        collname = try object.required(object.nodes("collname"), "collname")
        location = try object.int("location")
    }
}
