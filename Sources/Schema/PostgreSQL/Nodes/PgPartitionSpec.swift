/// `PartitionSpec`: `PARTITION BY RANGE|LIST|HASH (...)`; in PostgreSQL 15 `strategy` is the word.
struct PgPartitionSpec: Decodable, Sendable {
    let strategy: String
    let partParams: [PgNode]?
    let location: Int?
}
