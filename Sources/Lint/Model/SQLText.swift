/// Small, conservative text operations on SQL fragments the readers keep as written (predicates, index
/// expressions, defaults), so that two spellings of the same fragment compare equal.
enum SQLText {
    /// Lowercased outside string literals, whitespace collapsed, spaces next to parentheses and commas dropped,
    /// double quotes around identifiers removed, and outer parentheses stripped.
    static func normalized(_ text: String) -> String {
        var text = text
        if let ascii = text.withUTF8(normalizedASCII) { return strippingOuterParentheses(ascii) }
        var out = ""
        var inString = false
        var pendingSpace = false
        for character in text {
            if inString {
                out.append(character)
                if character == "'" { inString = false }
                continue
            }
            if character == "'" {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                inString = true
                out.append(character)
                continue
            }
            if character == "\"" || character == "`" { continue }
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = out.last, !"(,".contains(last), !"),".contains(character) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(contentsOf: character.lowercased())
        }
        return strippingOuterParentheses(out)
    }

    /// `normalized` for ASCII text, byte by byte (the `Character` loop lowercased each character into a new
    /// string); nil when the text is not ASCII. In ASCII every character is one byte except `\r\n`, which
    /// both loops treat as white space or copy unchanged inside a literal.
    private static func normalizedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false
        var pendingSpace = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if inString {
                out.append(byte)
                if byte == UInt8(ascii: "'") { inString = false }
                continue
            }
            if byte == UInt8(ascii: "'") {
                if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                inString = true
                out.append(byte)
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") { continue }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = out.last, last != UInt8(ascii: "("), last != UInt8(ascii: ","),
               byte != UInt8(ascii: ")"), byte != UInt8(ascii: ",") {
                out.append(UInt8(ascii: " "))
            }
            pendingSpace = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `((a))` → `a`; `(a) and (b)` stays as it is.
    static func strippingOuterParentheses(_ text: String) -> String {
        var text = Substring(text)
        while text.first == "(", text.last == ")", enclosesWhole(text) {
            text = text.dropFirst().dropLast()
        }
        return String(text)
    }

    private static func enclosesWhole(_ text: Substring) -> Bool {
        var depth = 0
        var inString = false
        for (offset, character) in text.enumerated() {
            if character == "'" { inString.toggle() }
            if inString { continue }
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 && offset < text.count - 1 { return false }
            }
        }
        return depth == 0
    }

    /// The columns a predicate requires to be non-null when it is only `col IS NOT NULL` conditions joined by
    /// AND (nil when it says anything else), e.g. `(a IS NOT NULL) AND b IS NOT NULL` → [a, b].
    static func notNullColumns(in predicate: String) -> Set<String>? {
        let normalized = normalized(predicate)
        var columns: Set<String> = []
        for part in normalized.components(separatedByWord: "and") {
            let condition = strippingOuterParentheses(part.trimmingSpaces)
            guard condition.hasSuffix(" is not null") else { return nil }
            let column = String(condition.dropLast(" is not null".count))
            guard !column.isEmpty, column.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return nil }
            columns.insert(String(column.split(separator: ".").last ?? Substring(column)))
        }
        return columns.isEmpty ? nil : columns
    }

    /// Whether a default expression is the string literal 'NULL' (any case), possibly with a cast.
    static func isNullStringLiteral(_ expression: String) -> Bool {
        var text = normalized(expression)
        if let cast = text.range(of: "::") { text = String(text[..<cast.lowerBound]) }
        return text.lowercased() == "'null'"
    }
}

extension String {
    /// Splits on a whole lowercase word surrounded by spaces (`a and b` → [a, b]).
    func components(separatedByWord word: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        let separator = " \(word) "
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    var trimmingSpaces: String {
        // On ASCII a space is one byte and one Character, so trimming bytes trims the same Characters.
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        }
        guard let first = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }),
              let last = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(self[first...last])
    }
}
