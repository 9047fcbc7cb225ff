#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An object of a `PgJSONDocument` read by key without Codable's containers, for the node types decoded
/// most often (`PgTapeDecodable`). Through `KeyedDecodingContainer` every object costs a heap-allocated
/// box and generic metadata look-ups, and every field a dynamic call; here a field is a key compared on
/// bytes and a value read from the tape. The rules are those of the synthesized `init(from:)`: a
/// missing or null key is nil for an optional field, an error for a required one (`required(_:_:)`).
struct PgJSONObject {
    /// Not retained, as in `PgJSONDecoder`.
    unowned(unsafe) let document: PgJSONDocument
    /// The tape index of the object.
    let index: Int
    /// One bit per key the object has (`bit(count:first:)`): most fields a node type asks for are absent
    /// (libpg_query leaves out defaults), and the bit answers for them without scanning the keys.
    private let keyBits: UInt64

    /// The object `decoder` reads; an error when it reads another kind of value.
    init(_ decoder: PgJSONDecoder) throws {
        let document = decoder.document
        guard document.entries[decoder.index].kind == .object else { throw decoder.mismatch(expected: "an object") }
        self.document = document
        index = decoder.index
        let entries = document.entries
        let base = document.bytes.baseAddress!
        let end = Int(entries[index].next)
        var bits: UInt64 = 0
        var i = index + 1
        while i < end {
            let entry = entries[i]
            if entry.end > entry.start {
                bits |= Self.bit(count: Int(entry.end - entry.start), first: base.load(fromByteOffset: Int(entry.start), as: UInt8.self))
            }
            i = Int(entries[i + 1].next)
        }
        keyBits = bits
    }

    private static func bit(count: Int, first: UInt8) -> UInt64 {
        1 << UInt64((count &* 7 &+ Int(first)) & 63)
    }

    /// The tape index of the value of `key`, unless it is missing or null.
    func value(_ key: StaticString) -> Int? {
        let count = key.utf8CodeUnitCount
        let name = key.utf8Start
        guard count > 0, keyBits & Self.bit(count: count, first: name[0]) != 0 else { return nil }
        let entries = document.entries
        let base = document.bytes.baseAddress!
        let end = Int(entries[index].next)
        var i = index + 1
        while i < end {
            let entry = entries[i]
            if Int(entry.end - entry.start) == count, base.load(fromByteOffset: Int(entry.start), as: UInt8.self) == name[0],
               memcmp(base + Int(entry.start), name, count) == 0 {
                return entries[i + 1].kind == .null ? nil : i + 1
            }
            i = Int(entries[i + 1].next)
        }
        return nil
    }

    func decoder(at index: Int) -> PgJSONDecoder { PgJSONDecoder(document: document, index: index) }

    func string(_ key: StaticString) throws -> String? { try value(key).map { try decoder(at: $0).decode(String.self) } }
    func int(_ key: StaticString) throws -> Int? { try value(key).map { try decoder(at: $0).decode(Int.self) } }
    func bool(_ key: StaticString) throws -> Bool? { try value(key).map { try decoder(at: $0).decode(Bool.self) } }
    func node(_ key: StaticString) throws -> PgNode? { try value(key).map { try PgNode(tape: decoder(at: $0)) } }
    func nodes(_ key: StaticString) throws -> [PgNode]? { try value(key).map { try decoder(at: $0).nodes() } }

    /// A field of a type that has its own tape reading.
    func decode<T: PgTapeDecodable>(_ type: T.Type, _ key: StaticString) throws -> T? {
        try value(key).map { try T(tape: PgJSONObject(decoder(at: $0))) }
    }

    /// `value`, or the error the synthesized `init(from:)` gives for a missing required key.
    func required<T>(_ value: T?, _ key: StaticString) throws -> T {
        guard let value else {
            throw DecodingError.valueNotFound(T.self, DecodingError.Context(
                codingPath: [], debugDescription: "no value for key \(key) at byte \(document.entries[index].start)"))
        }
        return value
    }
}
