/// Byte-level stand-ins for Character properties on names that are plain ASCII, which almost every SQL
/// identifier is: `isUppercase`, `isLowercase`, `isNumber` and `isLetter` are Unicode table look-ups per
/// Character, and the name rules ask them of every table and column name. On ASCII without a carriage return
/// each Character is exactly one byte (only "\r\n" joins two ASCII bytes into one Character), and the
/// properties reduce to the ranges below, so code on these bytes gives the same answers.
enum ASCIIName {
    /// The UTF-8 bytes of `name` when they are all ASCII and none is a carriage return; nil otherwise (use
    /// the Character code then).
    static func bytes(of name: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            guard byte < 0x80, byte != UInt8(ascii: "\r") else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

    /// The bytes as a String, A-Z lowered (what `String.lowercased()` does to ASCII).
    static func lowercased(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.map { isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
