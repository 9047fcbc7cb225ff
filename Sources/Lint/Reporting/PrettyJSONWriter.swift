import Support

/// Writes JSON exactly as Foundation's `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (two-space indent, `"key" : value`, an empty array as `[`, a blank line, `]`),
/// for documents whose shape is known in advance: the caller writes each object's keys in sorted order.
///
/// `review lint --format json` used `JSONEncoder`; on a large schema its generic encoding (and the runtime
/// type look-ups it causes at first use in each process) cost more than some rules. The output is the
/// same byte for byte; tests hold it against `JSONEncoder`'s.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the innermost open object or array has a member yet (decides the comma).
    private var hasMember: [Bool] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object: its key; the value (a scalar or begin…) follows.
    mutating func key(_ name: String) {
        startMember()
        appendString(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an element of the current array; the value follows.
    mutating func element() { startMember() }

    mutating func value(_ string: String) { appendString(string) }
    mutating func value(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

    mutating func member(_ name: String, _ string: String) { key(name); value(string) }
    mutating func member(_ name: String, _ number: Int) { key(name); value(number) }
    /// Leaves the key out when there is no value, as `JSONEncoder` does for a nil optional.
    mutating func member(_ name: String, _ string: String?) {
        if let string { member(name, string) }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = hasMember.removeLast()
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        // JSONEncoder writes an empty container as its brackets around a blank line.
        if !hadMembers { bytes.append(UInt8(ascii: "\n")) }
        indent()
        bytes.append(bracket)
    }

    private mutating func startMember() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    private mutating func indent() {
        for _ in 0..<depth * 2 { bytes.append(0x20) }
    }

    /// A JSON string, escaped as JSONEncoder escapes it (one implementation, in Support).
    private mutating func appendString(_ string: String) {
        JSONValue.appendQuoted(string, to: &bytes)
    }
}
