/// A `Decoder` over a `PgJSONDocument`: decodes the reader's `Decodable` node structs from libpg_query's
/// JSON several times faster than Foundation's `JSONDecoder`, which builds a coding path and boxes for
/// every value. It supports what libpg_query's JSON needs: objects, arrays, strings, integers, booleans
/// and null; missing keys decode as nil through `decodeIfPresent`. Coding paths are not tracked.
struct PgJSONDecoder: Decoder {
    /// Not retained: decoders and containers are copied for every value, and the document outlives them
    /// all (`decode(_:from:)` holds it for the whole decoding).
    unowned(unsafe) let document: PgJSONDocument
    /// The tape index of the value this decoder reads.
    let index: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes a `T` from the JSON text in `bytes`.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let document = try PgJSONDocument(bytes)
        return try withExtendedLifetime(document) { try T(from: PgJSONDecoder(document: document, index: 0)) }
    }

    /// Decodes a `T` that reads itself from the tape (`PgTapeDecodable`) from the JSON text in `bytes`.
    static func decode<T: PgTapeDecodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let document = try PgJSONDocument(bytes)
        return try withExtendedLifetime(document) { try T(tape: PgJSONObject(PgJSONDecoder(document: document, index: 0))) }
    }

    /// Indexes the JSON text in `bytes` and hands `body` its top-level object; the document lives as long
    /// as `body` runs, and nothing read from it may outlive that.
    static func withRoot<T>(of bytes: UnsafeRawBufferPointer, _ body: (PgJSONObject) throws -> T) throws -> T {
        let document = try PgJSONDocument(bytes)
        return try withExtendedLifetime(document) { try body(PgJSONObject(PgJSONDecoder(document: document, index: 0))) }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard document.entries[index].kind == .object else { throw mismatch(expected: "an object") }
        return KeyedDecodingContainer(PgJSONKeyedContainer<Key>(document: document, object: index))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard document.entries[index].kind == .array else { throw mismatch(expected: "an array") }
        return PgJSONUnkeyedContainer(document: document, array: index)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// The tape index of the first key of the object this decoder reads (for one-key wrapper objects);
    /// nil for an empty object. Its value follows at the next index.
    func onlyMember() throws -> Int? {
        guard document.entries[index].kind == .object else { throw mismatch(expected: "an object") }
        return index + 1 < Int(document.entries[index].next) ? index + 1 : nil
    }

    /// The array this decoder reads, as nodes.
    func nodes() throws -> [PgNode] { try elements { try PgNode(tape: $0) } }

    /// The elements of the array this decoder reads, each read by `body`.
    func elements<Element>(_ body: (PgJSONDecoder) throws -> Element) throws -> [Element] {
        var elements: [Element] = []
        try forEachElement { elements.append(try body($0)) }
        return elements
    }

    /// Hands `body` each element of the array this decoder reads, in order.
    func forEachElement(_ body: (PgJSONDecoder) throws -> Void) throws {
        guard document.entries[index].kind == .array else { throw mismatch(expected: "an array") }
        var element = index + 1
        let end = Int(document.entries[index].next)
        while element < end {
            try body(PgJSONDecoder(document: document, index: element))
            element = Int(document.entries[element].next)
        }
    }

    func mismatch(expected: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: [], debugDescription: "expected \(expected) at byte \(document.entries[index].start)"))
    }
}

extension PgJSONDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { document.entries[index].kind == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch document.entries[index].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(expected: "a boolean")
        }
    }

    func decode(_ type: String.Type) throws -> String {
        let kind = document.entries[index].kind
        guard kind == .string || kind == .escapedString else { throw mismatch(expected: "a string") }
        return document.string(at: index)
    }

    func decode(_ type: Int.Type) throws -> Int {
        guard let value = document.integer(at: index) else { throw mismatch(expected: "an integer") }
        return value
    }

    func decode(_ type: Int32.Type) throws -> Int32 {
        guard let value = Int32(exactly: try decode(Int.self)) else { throw mismatch(expected: "a 32-bit integer") }
        return value
    }

    func decode(_ type: Int64.Type) throws -> Int64 { Int64(try decode(Int.self)) }

    func decode(_ type: Double.Type) throws -> Double {
        guard document.entries[index].kind == .number, let value = Double(document.rawText(at: index)) else {
            throw mismatch(expected: "a number")
        }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: self)
    }
}
