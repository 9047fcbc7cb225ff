/// How PostgreSQL prints an identifier (`quote_ident`): bare when it is lower case letters, digits, `_`
/// and `$` and not a keyword that needs quoting; otherwise in double quotes.
enum PgIdentifier {
    static func quoted(_ name: String) -> String {
        if isBare(name) { return name }
        return "\"" + name.doublingQuote("\"") + "\""
    }

    /// Name parts joined with dots, each quoted as needed.
    static func quoted(_ parts: [String]) -> String {
        parts.map(quoted).joined(separator: ".")
    }

    private static func isBare(_ name: String) -> Bool {
        guard let first = name.utf8.first, (first >= 0x61 && first <= 0x7A) || first == UInt8(ascii: "_") else { return false }
        for c in name.utf8 {
            let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
            if !ok { return false }
        }
        return !keywords.contains(name)
    }

    /// PostgreSQL's reserved, type/function-name and column-name keywords (the ones `quote_ident` quotes).
    private static let keywords = PostgresKeywords.reserved.union(PostgresKeywords.typeFunctionName)
        .union(PostgresKeywords.columnName)
}
