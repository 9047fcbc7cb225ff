/// A node type that, besides `Decodable`, reads itself straight from the tape (`PgJSONObject`) when
/// `PgJSONDecoder` decodes it: the same fields with the same rules, without Codable's per-object boxes
/// and per-field dynamic calls. The node types decoded most often in pg_dump files conform; their
/// wrappers choose this reading in `PgWrapper.Payload.decode(_:)`.
protocol PgTapeDecodable: Decodable {
    init(tape object: PgJSONObject) throws
}
