/// Byte classes shared by the SQL tokenizers.
enum SQLByte {
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Letters, digits, `_`, `$` and every byte of a multi-byte UTF-8 character.
    static func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || isDigit(c) || c == 0x5F || c == 0x24 || c >= 0x80
    }

    static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
    }
}
