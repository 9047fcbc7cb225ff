#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// A JSON text indexed in one pass into a flat "tape" of values (as simdjson does), so that decoding
/// can find an object's keys and skip whole subtrees without reading them again.
///
/// libpg_query writes each statement's tree as JSON; reading it with Foundation's `JSONDecoder` took
/// most of the time `review inspect` spent on a pg_dump file, so the node structs are decoded through
/// `PgJSONDecoder` over this tape instead (still plain `Decodable` types).
final class PgJSONDocument {
    enum Kind: UInt8 {
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    /// One value. Strings and numbers span `start..<end` bytes (strings without their quotes);
    /// `next` is the index of the entry after the value and everything inside it.
    struct Entry {
        var kind: Kind
        var start: Int32
        var end: Int32
        var next: Int32
    }

    struct SyntaxError: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "invalid JSON at byte \(offset)" }
    }

    let bytes: UnsafeRawBufferPointer
    /// The tape, `count` entries, read-only once built. Owned by the document (freed in `deinit`); kept
    /// as a raw pointer so that reading an entry needs no bounds or exclusivity checks and no reference
    /// counting on an array buffer.
    let entries: UnsafeMutablePointer<Entry>
    let count: Int

    /// Indexes `bytes`, which must stay valid as long as the document is used.
    init(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes = bytes
        var builder = Builder(bytes: bytes)
        defer { if builder.entries != nil { builder.entries.deallocate() } }
        var position = 0
        try builder.parseValue(&position)
        entries = builder.entries
        count = builder.count
        builder.entries = nil
    }

    deinit { entries.deallocate() }

    /// The one pass that fills the tape.
    private struct Builder {
        let base: UnsafePointer<UInt8>
        let length: Int
        /// A growing buffer, handed over to the document when the pass succeeds.
        var entries: UnsafeMutablePointer<Entry>!
        var capacity: Int
        var count = 0

        init(bytes: UnsafeRawBufferPointer) {
            base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
            length = bytes.count
            // libpg_query's JSON has about one entry per 8 bytes: enough room that the buffer seldom grows.
            capacity = bytes.count / 6 + 16
            entries = .allocate(capacity: capacity)
        }

        @inline(__always)
        mutating func append(_ entry: Entry) {
            if count == capacity {
                let grown = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: entries, count: count)
                entries.deallocate()
                entries = grown
                capacity *= 2
            }
            (entries + count).initialize(to: entry)
            count += 1
        }

        func skipWhitespace(_ position: inout Int) {
            while position < length {
                let c = base[position]
                guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
                position += 1
            }
        }

        mutating func parseValue(_ position: inout Int) throws {
            skipWhitespace(&position)
            guard position < length else { throw SyntaxError(offset: position) }
            let index = count
            switch base[position] {
            case UInt8(ascii: "{"):
                append(Entry(kind: .object, start: Int32(position), end: 0, next: 0))
                position += 1
                skipWhitespace(&position)
                if position < length, base[position] == UInt8(ascii: "}") {
                    position += 1
                } else {
                    while true {
                        skipWhitespace(&position)
                        guard position < length, base[position] == UInt8(ascii: "\"") else { throw SyntaxError(offset: position) }
                        try parseString(&position)
                        skipWhitespace(&position)
                        guard position < length, base[position] == UInt8(ascii: ":") else { throw SyntaxError(offset: position) }
                        position += 1
                        try parseValue(&position)
                        skipWhitespace(&position)
                        guard position < length else { throw SyntaxError(offset: position) }
                        let c = base[position]
                        position += 1
                        if c == UInt8(ascii: "}") { break }
                        guard c == UInt8(ascii: ",") else { throw SyntaxError(offset: position - 1) }
                    }
                }
                entries[index].end = Int32(position)
                entries[index].next = Int32(count)
            case UInt8(ascii: "["):
                append(Entry(kind: .array, start: Int32(position), end: 0, next: 0))
                position += 1
                skipWhitespace(&position)
                if position < length, base[position] == UInt8(ascii: "]") {
                    position += 1
                } else {
                    while true {
                        try parseValue(&position)
                        skipWhitespace(&position)
                        guard position < length else { throw SyntaxError(offset: position) }
                        let c = base[position]
                        position += 1
                        if c == UInt8(ascii: "]") { break }
                        guard c == UInt8(ascii: ",") else { throw SyntaxError(offset: position - 1) }
                    }
                }
                entries[index].end = Int32(position)
                entries[index].next = Int32(count)
            case UInt8(ascii: "\""):
                try parseString(&position)
            case UInt8(ascii: "t"):
                try literal("true", .true, &position)
            case UInt8(ascii: "f"):
                try literal("false", .false, &position)
            case UInt8(ascii: "n"):
                try literal("null", .null, &position)
            default:
                let start = position
                while position < length {
                    let c = base[position]
                    guard (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                        || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") else { break }
                    position += 1
                }
                guard position > start else { throw SyntaxError(offset: start) }
                append(Entry(kind: .number, start: Int32(start), end: Int32(position), next: Int32(index + 1)))
            }
        }

        mutating func parseString(_ position: inout Int) throws {
            let start = position + 1
            var i = start
            var escaped = false
            while i < length {
                // Eight bytes at a time up to the first quote or backslash (a zero byte of word ^ pattern).
                if i + 8 <= length {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let quote = word ^ 0x2222_2222_2222_2222, backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
                    let found = ((quote &- 0x0101_0101_0101_0101) & ~quote | (backslash &- 0x0101_0101_0101_0101) & ~backslash)
                        & 0x8080_8080_8080_8080
                    if found == 0 {
                        i += 8
                        continue
                    }
                    i += found.trailingZeroBitCount >> 3
                }
                let c = base[i]
                if c == UInt8(ascii: "\"") { break }
                if c == UInt8(ascii: "\\") {
                    escaped = true
                    i += 2
                    continue
                }
                i += 1
            }
            guard i < length else { throw SyntaxError(offset: position) }
            append(Entry(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(i), next: Int32(count + 1)))
            position = i + 1
        }

        mutating func literal(_ word: StaticString, _ kind: Kind, _ position: inout Int) throws {
            let length = word.utf8CodeUnitCount
            guard position + length <= self.length, memcmp(base + position, word.utf8Start, length) == 0 else {
                throw SyntaxError(offset: position)
            }
            append(Entry(kind: kind, start: Int32(position), end: Int32(position + length), next: Int32(count + 1)))
            position += length
        }
    }

    // MARK: - Reading values

    /// The index of the value of `key` in the object at `object`, or nil.
    func find(_ key: String, in object: Int) -> Int? {
        var key = key
        return key.withUTF8 { name in
            guard let first = name.first else { return nil }
            let count = name.count
            let end = Int(entries[object].next)
            let base = bytes.baseAddress!
            var i = object + 1
            while i < end {
                let entry = entries[i]
                // Length and first byte tell most keys apart without a call to memcmp.
                if Int(entry.end - entry.start) == count, base.load(fromByteOffset: Int(entry.start), as: UInt8.self) == first,
                   memcmp(base + Int(entry.start), name.baseAddress!, count) == 0 {
                    return i + 1
                }
                i = Int(entries[i + 1].next)
            }
            return nil
        }
    }

    /// The keys of the object at `object`, in order.
    func keys(of object: Int) -> [String] {
        var names: [String] = []
        let end = Int(entries[object].next)
        var i = object + 1
        while i < end {
            names.append(string(at: i))
            i = Int(entries[i + 1].next)
        }
        return names
    }

    /// The bytes of the string at `index` as written, escapes not resolved (for names that have none).
    func rawBytes(at index: Int) -> UnsafeRawBufferPointer {
        let entry = entries[index]
        return UnsafeRawBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)])
    }

    /// The text of the string at `index` (escapes resolved).
    func string(at index: Int) -> String {
        let entry = entries[index]
        let raw = UnsafeRawBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)])
        guard entry.kind == .escapedString else { return String(decoding: raw, as: UTF8.self) }
        // libpg_query writes only valid escapes; anything else is shown as written.
        return (try? JSONParser.unescapedString(raw)) ?? String(decoding: raw, as: UTF8.self)
    }

    /// The integer at `index`, if it is one.
    func integer(at index: Int) -> Int? {
        let entry = entries[index]
        guard entry.kind == .number else { return nil }
        var i = Int(entry.start)
        let end = Int(entry.end)
        var negative = false
        if i < end, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        guard i < end else { return nil }
        var value = 0
        while i < end {
            let digit = Int(bytes[i]) - 0x30
            guard digit >= 0, digit <= 9 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            i += 1
        }
        return negative ? -value : value
    }

    func rawText(at index: Int) -> String {
        let entry = entries[index]
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)]), as: UTF8.self)
    }
}
