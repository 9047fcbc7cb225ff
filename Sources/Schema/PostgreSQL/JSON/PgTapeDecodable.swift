/// A node type that, besides `Decodable`, reads itself straight from the tape (`PgJSONObject`) when
/// `PgJSONDecoder` decodes it: the same fields with the same rules, without Codable's per-object boxes
/// and per-field dynamic calls. The node types decoded most often in pg_dump files conform.
protocol PgTapeDecodable: Decodable {
    init(tape object: PgJSONObject) throws
}

extension PgTapeDecodable {
    /// Reads the value `decoder` reads: from the tape when it is a `PgJSONDecoder`, else as `Decodable`.
    static func decode(from decoder: any Decoder) throws -> Self {
        if let json = decoder as? PgJSONDecoder { return try Self(tape: PgJSONObject(json)) }
        return try Self(from: decoder)
    }
}
