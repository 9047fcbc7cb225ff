/// libpg_query's one-key wrapper around a scalar (`{"ival": 3}`, `{"sval": "x"}`). Zero, false and empty
/// values are left out of the JSON, so `{}` decodes as nil and the reader supplies the default.
struct PgValue<Wrapped: Decodable & Sendable>: Decodable, Sendable {
    let value: Wrapped?

    init(from decoder: any Decoder) throws {
        value = try PgWrapper.value(decoder, as: Wrapped.self)
    }
}

extension PgValue: PgTapeDecodable {
    init(tape object: PgJSONObject) throws {
        value = try PgWrapper.value(object.decoder(at: object.index), as: Wrapped.self)
    }
}
