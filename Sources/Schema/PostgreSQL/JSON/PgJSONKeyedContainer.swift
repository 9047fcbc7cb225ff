/// An object of a `PgJSONDocument`, read by key. `decodeIfPresent` looks the key up once (the default
/// implementation would look it up three times).
struct PgJSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// Not retained, as in `PgJSONDecoder`.
    unowned(unsafe) let document: PgJSONDocument
    let object: Int

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] { document.keys(of: object).compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { document.find(key.stringValue, in: object) != nil }

    private func value(_ key: Key) throws -> PgJSONDecoder {
        guard let index = document.find(key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no key \(key.stringValue)"))
        }
        return PgJSONDecoder(document: document, index: index)
    }

    /// The value of `key` unless it is missing or null.
    private func presentValue(_ key: Key) -> PgJSONDecoder? {
        guard let index = document.find(key.stringValue, in: object), document.entries[index].kind != .null else { return nil }
        return PgJSONDecoder(document: document, index: index)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let value = try value(key)
        if T.self == [PgNode].self { return unsafeBitCast(try value.nodes(), to: T.self) }
        return try T(from: value)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try presentValue(key)?.decode(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try presentValue(key)?.decode(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try presentValue(key)?.decode(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try presentValue(key)?.decode(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = presentValue(key) else { return nil }
        // Node lists are most of the tree: decoded element by element here rather than through
        // `Array.init(from:)`'s generic unkeyed container (same result, a few percent less time).
        if T.self == [PgNode].self { return unsafeBitCast(try value.nodes(), to: T.self) }
        return try T(from: value)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try value(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { PgJSONDecoder(document: document, index: object) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
}
