/// Finds the identifiers in SQL text the way PostgreSQL's scanner delimits them, skipping comments (nested
/// `/* */` included), string literals (`'...'`, `E'...'`) and dollar-quoted bodies. Used where the parser
/// loses information the rules need: PostgreSQL truncates identifiers to 63 bytes while parsing, so only the
/// text shows that a name was longer.
enum IdentifierScanner {
    struct Token: Equatable {
        /// The identifier as written (without quotes for a quoted identifier).
        let text: String
        /// Byte offset of the token's first byte (the opening quote of a quoted identifier).
        let offset: Int
        let isQuoted: Bool
    }

    /// Identifiers whose UTF-8 length is greater than `bytes`, in order.
    static func identifiers(longerThan bytes: Int, in utf8: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = utf8.count
        func isIdentifierStart(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
        }
        func isIdentifierPart(_ byte: UInt8) -> Bool {
            isIdentifierStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x24
        }
        while index < count {
            let byte = utf8[index]
            switch byte {
            case 0x2D where index + 1 < count && utf8[index + 1] == 0x2D:  // -- comment
                while index < count && utf8[index] != 0x0A { index += 1 }
            case 0x2F where index + 1 < count && utf8[index + 1] == 0x2A:  // /* comment */, nested
                var depth = 0
                while index < count {
                    if utf8[index] == 0x2F, index + 1 < count, utf8[index + 1] == 0x2A { depth += 1; index += 2; continue }
                    if utf8[index] == 0x2A, index + 1 < count, utf8[index + 1] == 0x2F {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                        continue
                    }
                    index += 1
                }
            case 0x27:  // 'string' with '' escapes (and backslash escapes, harmless to honor here)
                index += 1
                while index < count {
                    if utf8[index] == 0x5C { index += 2; continue }
                    if utf8[index] == 0x27 {
                        if index + 1 < count && utf8[index + 1] == 0x27 { index += 2; continue }
                        index += 1
                        break
                    }
                    index += 1
                }
            case 0x22:  // "quoted identifier" with "" escapes
                let start = index
                var name: [UInt8] = []
                index += 1
                while index < count {
                    if utf8[index] == 0x22 {
                        if index + 1 < count && utf8[index + 1] == 0x22 { name.append(0x22); index += 2; continue }
                        index += 1
                        break
                    }
                    name.append(utf8[index])
                    index += 1
                }
                if name.count > bytes { tokens.append(Token(text: String(decoding: name, as: UTF8.self), offset: start, isQuoted: true)) }
            case 0x24:  // $tag$ ... $tag$
                var end = index + 1
                while end < count && isIdentifierPart(utf8[end]) && utf8[end] != 0x24 { end += 1 }
                if end < count && utf8[end] == 0x24 {
                    let tag = Array(utf8[index...end])
                    index = end + 1
                    while index < count {
                        if utf8[index] == 0x24, index + tag.count <= count, Array(utf8[index..<index + tag.count]) == tag {
                            index += tag.count
                            break
                        }
                        index += 1
                    }
                } else {
                    index += 1
                }
            default:
                if isIdentifierStart(byte) {
                    let start = index
                    while index < count && isIdentifierPart(utf8[index]) { index += 1 }
                    // E'...' and similar prefixed strings: the letters before the quote are not an identifier.
                    if index - start > bytes {
                        tokens.append(Token(text: String(decoding: utf8[start..<index], as: UTF8.self), offset: start, isQuoted: false))
                    }
                } else {
                    index += 1
                }
            }
        }
        return tokens
    }
}
