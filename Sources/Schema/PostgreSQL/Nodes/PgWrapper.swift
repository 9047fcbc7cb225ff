/// Opens libpg_query's one-key wrappers: `{"ColumnRef": {...}}` around nodes, `{"sval": "x"}` around
/// values. Through `PgJSONDecoder` the key is read straight from the tape; any other decoder goes
/// through `allKeys` and `superDecoder(forKey:)`.
enum PgWrapper {
    /// The wrapper's key and a decoder for its value; nil for an empty object.
    static func open(_ decoder: any Decoder) throws -> (key: String, value: any Decoder)? {
        if let json = decoder as? PgJSONDecoder {
            return try json.onlyMember()
        }
        let container = try decoder.container(keyedBy: PgAnyKey.self)
        guard let key = container.allKeys.first else { return nil }
        return (key.stringValue, try container.superDecoder(forKey: key))
    }
}
