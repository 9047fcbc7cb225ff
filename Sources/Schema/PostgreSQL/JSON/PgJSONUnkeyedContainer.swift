/// An array of a `PgJSONDocument`, read in order.
struct PgJSONUnkeyedContainer: UnkeyedDecodingContainer {
    /// Not retained, as in `PgJSONDecoder`.
    unowned(unsafe) let document: PgJSONDocument
    /// The tape index of the next element, and of the entry after the array (two 32-bit halves, so that
    /// the container fits an existential's inline buffer and is not allocated on the heap).
    private var bounds: UInt64
    private(set) var currentIndex = 0

    init(document: PgJSONDocument, array: Int) {
        self.document = document
        self.bounds = UInt64(array + 1) | UInt64(document.entries[array].next) << 32
    }

    private var position: Int {
        get { Int(bounds & 0xFFFF_FFFF) }
        set { bounds = (bounds & 0xFFFF_FFFF_0000_0000) | UInt64(newValue) }
    }

    private var end: Int { Int(bounds >> 32) }

    var codingPath: [any CodingKey] { [] }

    var count: Int? {
        var n = currentIndex
        var i = position
        while i < end {
            n += 1
            i = Int(document.entries[i].next)
        }
        return n
    }

    var isAtEnd: Bool { position >= end }

    private mutating func next() throws -> PgJSONDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: [], debugDescription: "the array has no more elements"))
        }
        let decoder = PgJSONDecoder(document: document, index: position)
        position = Int(document.entries[position].next)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, document.entries[position].kind == .null else { return false }
        position = Int(document.entries[position].next)
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
