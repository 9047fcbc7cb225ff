import Foundation

/// Where and why a text is not JSON.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line and column (in bytes) of the first byte that breaks the grammar.
    public let line: Int
    public let column: Int
    public let problem: String

    public init(line: Int, column: Int, problem: String) {
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String { "not valid JSON at line \(line), column \(column): \(problem)" }
}

/// A strict RFC 8259 parser from UTF-8 bytes to `JSONValue`, in one pass over the bytes.
///
/// Foundation's `JSONDecoder` reaches a `JSONValue` through the Codable machinery: on Linux that made
/// reading the 109 KB built-in selection matrix cost 9 ms, most of it generic dispatch and first-use type
/// metadata, and it says only "not valid JSON" without a position. This parser takes 0.5 ms for the same
/// file and reports line and column. It accepts what `JSONDecoder` accepts without `allowsJSON5`, so that
/// no file or reply that read before is refused now: any value at the top level, surrounding whitespace,
/// a trailing comma in an object or array (Foundation's one leniency), no comments, no leading zeros,
/// strings of valid UTF-8 only. A repeated object key keeps its first value, as in Foundation. Nesting is
/// limited to 512 levels, like `JSONDecoder`'s, so that a hostile reply cannot exhaust the stack.
public struct JSONParser: ~Copyable {
    public static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses `data`, which must hold exactly one JSON value.
    public static func parse<Bytes: ContiguousBytes>(_ data: Bytes) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBytes { raw in
            var parser = JSONParser(raw.bindMemory(to: UInt8.self))
            return Result { () throws(JSONSyntaxError) in try parser.document() }
        }
        return try result.get()
    }

    /// The text of a string whose contents (between its quotes) are `contents`, escapes resolved: for
    /// readers that index JSON themselves (libpg_query's parse trees) and decode a string only when they
    /// need it.
    public static func unescapedString(_ contents: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> String {
        var parser = JSONParser(contents.bindMemory(to: UInt8.self))
        var decoded: [UInt8] = []
        decoded.reserveCapacity(contents.count)
        while parser.position < parser.bytes.count {
            let byte = parser.bytes[parser.position]
            if byte == UInt8(ascii: "\\") {
                try parser.escape(into: &decoded)
            } else {
                decoded.append(byte)
                parser.position += 1
            }
        }
        guard let text = String(validating: decoded, as: UTF8.self) else { throw parser.error("a string is not valid UTF-8", at: 0) }
        return text
    }

    private mutating func document() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        let value = try self.value()
        skipWhitespace()
        if position < bytes.count { throw error("unexpected text after the value") }
        return value
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else { throw error("the text ends where a value should start") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character \(Self.show(bytes[position])) where a value should start")
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        var members: [String: JSONValue] = [:]
        // After `{` or a `,`, a `}` closes the object: `{}`, and the trailing comma Foundation accepts.
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "}")) { break }
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a quoted key") }
            let key = try string()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key") }
            position += 1
            skipWhitespace()
            let member = try value()
            if members[key] == nil { members[key] = member }
            skipWhitespace()
            guard position < bytes.count else { throw error("the text ends inside an object") }
            if bytes[position] == UInt8(ascii: "}") { break }
            guard bytes[position] == UInt8(ascii: ",") else { throw error("expected ',' or '}' after an object member") }
            position += 1
        }
        leave()
        return .object(members)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        var elements: [JSONValue] = []
        // After `[` or a `,`, a `]` closes the array: `[]`, and the trailing comma Foundation accepts.
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "]")) { break }
            elements.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw error("the text ends inside an array") }
            if bytes[position] == UInt8(ascii: "]") { break }
            guard bytes[position] == UInt8(ascii: ",") else { throw error("expected ',' or ']' after an array element") }
            position += 1
        }
        leave()
        return .array(elements)
    }

    /// Steps over the opening bracket, one level deeper.
    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested more than \(Self.maximumDepth) levels deep") }
        position += 1
    }

    /// Steps over the closing bracket, one level up.
    private mutating func leave() {
        position += 1
        depth -= 1
    }

    /// A string at `position` (its opening quote); leaves `position` after the closing quote.
    private mutating func string() throws(JSONSyntaxError) -> String {
        let start = position + 1
        var end = start
        var bits: UInt8 = 0
        // The common case: no escapes, so the bytes between the quotes are the string.
        while end < bytes.count {
            let byte = bytes[end]
            bits |= byte
            if byte == UInt8(ascii: "\"") {
                position = end + 1
                return try text(start..<end, ascii: bits < 0x80)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 {
                position = end
                throw error("a control character (\(Self.show(byte))) inside a string must be escaped")
            }
            end += 1
        }
        var decoded = Array(bytes[start..<end])
        position = end
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let result = String(validating: decoded, as: UTF8.self)
                position += 1
                guard let result else { throw error("a string is not valid UTF-8", at: start) }
                return result
            case UInt8(ascii: "\\"):
                try escape(into: &decoded)
            case ..<0x20:
                throw error("a control character (\(Self.show(byte))) inside a string must be escaped")
            default:
                decoded.append(byte)
                position += 1
            }
        }
        throw error("the text ends inside a string", at: start - 1)
    }

    /// The bytes in `range` as a string. ASCII needs no validation; `String(validating:)` takes a slower,
    /// generic path, so it is kept for the strings that need it.
    private func text(_ range: Range<Int>, ascii: Bool) throws(JSONSyntaxError) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if ascii { return String(decoding: slice, as: UTF8.self) }
        if let string = String(validating: slice, as: UTF8.self) { return string }
        throw error("a string is not valid UTF-8", at: range.lowerBound)
    }

    /// One escape sequence at `position` (its backslash), appended to `decoded` as UTF-8.
    private mutating func escape(into decoded: inout [UInt8]) throws(JSONSyntaxError) {
        guard position + 1 < bytes.count else { throw error("the text ends inside an escape sequence") }
        let byte = bytes[position + 1]
        position += 2
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low one.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                      bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error("a high surrogate \\u\(String(scalar, radix: 16, uppercase: true)) without its low surrogate")
                }
                position += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error("\\u\(String(low, radix: 16, uppercase: true)) is not a low surrogate", at: position - 6)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error("a low surrogate \\u\(String(scalar, radix: 16, uppercase: true)) without its high surrogate", at: position - 6)
            }
            decoded.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            throw error("unknown escape sequence \\\(Self.show(byte))", at: position - 2)
        }
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("the text ends inside a \\u escape") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hex digits", at: position + offset)
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("a minus sign without digits") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw error("a number may not start with 0") }
        } else {
            skipDigits()
        }
        var integral = true
        if peek(UInt8(ascii: ".")) {
            integral = false
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("a decimal point without digits after it") }
            skipDigits()
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            integral = false
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("an exponent without digits") }
            skipDigits()
        }
        // Up to 15 digits an integer is exact in a Double: add it up without making a string.
        let digits = position - start
        if integral && digits <= 15 {
            var negative = false
            var value: Int64 = 0
            for index in start..<position {
                let byte = bytes[index]
                if byte == UInt8(ascii: "-") { negative = true } else { value = value * 10 + Int64(byte - UInt8(ascii: "0")) }
            }
            return Double(negative ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error("the number \(text) is out of range", at: start) }
        return value
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0 else {
            throw error("unexpected character \(Self.show(bytes[position])) where a value should start")
        }
        position += count
    }

    private mutating func skipDigits() {
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        position < bytes.count && bytes[position] == byte
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func show(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// The error at `offset` (default: the current position), with its line and column.
    private func error(_ problem: String, at offset: Int? = nil) -> JSONSyntaxError {
        let offset = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONSyntaxError(line: line, column: offset - lineStart + 1, problem: problem)
    }
}
