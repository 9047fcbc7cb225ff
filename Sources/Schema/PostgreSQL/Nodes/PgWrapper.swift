#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens libpg_query's one-key wrappers: `{"ColumnRef": {...}}` around nodes, `{"sval": "x"}` around
/// values. Through `PgJSONDecoder` the key is read straight from the tape, and node type names are
/// matched on its bytes (no `String` is made for them); any other decoder goes through `allKeys` and
/// `superDecoder(forKey:)`.
enum PgWrapper {
    /// How to decode the payload of each wrapper key a type knows, most frequent first: keys are matched
    /// in order, by length and then bytes.
    typealias Table<Value> = [(key: StaticString, decode: @Sendable (Payload) throws -> Value)]

    /// The value inside a wrapper, with the tape decoder when there is one, so that `PgTapeDecodable`
    /// payloads are read from the tape without casting the decoder again.
    struct Payload {
        let decoder: any Decoder
        let tape: PgJSONDecoder?

        init(_ decoder: any Decoder) {
            self.decoder = decoder
            tape = nil
        }

        init(tape: PgJSONDecoder) {
            decoder = tape
            self.tape = tape
        }

        func decode<T: PgTapeDecodable>(_ type: T.Type) throws -> T {
            if let tape { return try T(tape: PgJSONObject(tape)) }
            return try T(from: decoder)
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }

        /// The payload as a value wrapper (`{"ival": 3}`): see `PgWrapper.value(_:as:)`.
        func value<Wrapped: Decodable>(_ type: Wrapped.Type) throws -> Wrapped? {
            if let tape { return try PgWrapper.value(tape, as: type) }
            return try PgWrapper.value(decoder, as: type)
        }
    }

    /// Decodes the wrapper in `decoder` with the entry of `table` for its key; `other` gets the key and
    /// payload of a key the table does not have. Nil for an empty object.
    static func decode<Value>(_ decoder: any Decoder, with table: Table<Value>,
                              other: (String, any Decoder) throws -> Value) throws -> Value? {
        if let json = decoder as? PgJSONDecoder { return try decode(json, with: table, other: other) }
        guard let (key, payload) = try open(decoder) else { return nil }
        var name = key
        if let entry = name.withUTF8({ name in table.first(where: { matches($0.key, UnsafeRawBufferPointer(name)) }) }) {
            return try entry.decode(Payload(payload))
        }
        return try other(key, payload)
    }

    /// `decode(_:with:other:)` on the tape.
    static func decode<Value>(_ json: PgJSONDecoder, with table: Table<Value>,
                              other: (String, any Decoder) throws -> Value) throws -> Value? {
        guard let key = try json.onlyMember() else { return nil }
        let payload = PgJSONDecoder(document: json.document, index: key + 1)
        let name = json.document.rawBytes(at: key)
        if let entry = table.first(where: { matches($0.key, name) }) { return try entry.decode(Payload(tape: payload)) }
        return try other(json.document.string(at: key), payload)
    }

    /// The wrapper's key and a decoder for its value; nil for an empty object.
    static func open(_ decoder: any Decoder) throws -> (key: String, value: any Decoder)? {
        if let json = decoder as? PgJSONDecoder {
            guard let key = try json.onlyMember() else { return nil }
            return (json.document.string(at: key), PgJSONDecoder(document: json.document, index: key + 1))
        }
        let container = try decoder.container(keyedBy: PgAnyKey.self)
        guard let key = container.allKeys.first else { return nil }
        return (key.stringValue, try container.superDecoder(forKey: key))
    }

    /// The value inside a value wrapper (`{"sval": "x"}`), or nil for an empty one (`{}`, libpg_query's
    /// way of writing "", 0 and false).
    static func value<Wrapped: Decodable>(_ decoder: any Decoder, as type: Wrapped.Type) throws -> Wrapped? {
        if let json = decoder as? PgJSONDecoder { return try value(json, as: type) }
        return try open(decoder).map { try Wrapped(from: $0.value) }
    }

    /// `value(_:as:)` on the tape.
    static func value<Wrapped: Decodable>(_ json: PgJSONDecoder, as type: Wrapped.Type) throws -> Wrapped? {
        guard let key = try json.onlyMember() else { return nil }
        let value = PgJSONDecoder(document: json.document, index: key + 1)
        if Wrapped.self == String.self { return unsafeBitCast(try value.decode(String.self), to: Wrapped.self) }
        if Wrapped.self == Int.self { return unsafeBitCast(try value.decode(Int.self), to: Wrapped.self) }
        if Wrapped.self == Bool.self { return unsafeBitCast(try value.decode(Bool.self), to: Wrapped.self) }
        return try Wrapped(from: value)
    }

    private static func matches(_ key: StaticString, _ name: UnsafeRawBufferPointer) -> Bool {
        key.utf8CodeUnitCount == name.count && (name.isEmpty || memcmp(key.utf8Start, name.baseAddress!, name.count) == 0)
    }
}
