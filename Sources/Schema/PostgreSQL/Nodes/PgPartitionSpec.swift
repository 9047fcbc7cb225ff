/// `PartitionSpec`: `PARTITION BY RANGE|LIST|HASH (...)`; in PostgreSQL 15 `strategy` is the word.
struct PgPartitionSpec: Decodable, Sendable {
    let strategy: String
    let partParams: [PgNode]?
    let location: Int?
}

extension PgPartitionSpec: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        strategy = try object.required(object.string("strategy"), "strategy")
        partParams = try object.nodes("partParams")
        location = try object.int("location")
    }
}
