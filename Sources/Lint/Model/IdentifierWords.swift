/// Splits identifiers into lowercase words, whatever their case style: `user_id`, `userId`, `UserID`,
/// `HTTPServerLog` → [user, id], [user, id], [user, id], [http, server, log].
enum IdentifierWords {
    static func split(_ identifier: String) -> [String] {
        if let bytes = ASCIIName.bytes(of: identifier) { return splitASCII(bytes) }
        return splitCharacters(identifier)
    }

    /// `split` on Characters, for any name.
    static func splitCharacters(_ identifier: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(identifier)
        for (index, character) in characters.enumerated() {
            if character == "_" || character == "-" || character == " " || character == "." || character == "$" {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                continue
            }
            if character.isUppercase, let last = current.last {
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                // fooBar: a new word at B. HTTPServer: a new word at S (upper followed by lower after uppers).
                if last.isLowercase || last.isNumber || (last.isUppercase && nextIsLower) {
                    words.append(current.lowercased())
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// `split` on the bytes of an ASCII name (see `ASCIIName`): the same words without Character look-ups.
    static func splitASCII(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "$"):
                if !current.isEmpty { words.append(ASCIIName.lowercased(current)) }
                current.removeAll(keepingCapacity: true)
                continue
            default: break
            }
            if ASCIIName.isUpper(byte), let last = current.last {
                let nextIsLower = index + 1 < bytes.count && ASCIIName.isLower(bytes[index + 1])
                if ASCIIName.isLower(last) || ASCIIName.isDigit(last) || (ASCIIName.isUpper(last) && nextIsLower) {
                    words.append(ASCIIName.lowercased(current))
                    current.removeAll(keepingCapacity: true)
                }
            }
            current.append(byte)
        }
        if !current.isEmpty { words.append(ASCIIName.lowercased(current)) }
        return words
    }

    /// The identifier without a trailing id word (`customer_id` → `customer`, `customerId` → `customer`),
    /// with the words of the prefix in their original spelling joined as written; nil when there is none.
    static func prefixBeforeIDSuffix(_ identifier: String) -> String? {
        for suffix in ["_id", "_ID", "_Id"] where identifier.hasSuffix(suffix) && identifier.count > suffix.count {
            return String(identifier.dropLast(suffix.count))
        }
        for suffix in ["Id", "ID"] where identifier.hasSuffix(suffix) && identifier.count > suffix.count {
            let prefix = identifier.dropLast(suffix.count)
            if let last = prefix.last, last.isLowercase || (suffix == "ID" && last.isLowercase) { return String(prefix) }
        }
        return nil
    }
}
