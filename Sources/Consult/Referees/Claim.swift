import Consensus

/// The kinds of claim the schema itself can settle, recognized from a finding's words.
enum Claim: CaseIterable {
    case missingIndex
    case missingPrimaryKey
    case missingForeignKey
    case shouldBeNotNull
    case floatForMoney
    case timestampWithoutTimeZone
    case jsonInsteadOfJsonb
    case varcharWithLength
    case plaintextPassword

    /// Rule ids of the deterministic rules that look for the same thing.
    var ruleIDs: [String] {
        switch self {
        case .missingIndex: ["foreign-key-without-index"]
        case .missingPrimaryKey: ["missing-primary-key"]
        case .missingForeignKey: ["likely-missing-foreign-key", "polymorphic-association"]
        case .shouldBeNotNull: ["nullable-column-in-unique-constraint"]
        case .floatForMoney: ["float-for-money"]
        case .timestampWithoutTimeZone: ["timestamp-without-time-zone"]
        case .jsonInsteadOfJsonb: ["json-instead-of-jsonb"]
        case .varcharWithLength: ["varchar-with-length"]
        case .plaintextPassword: ["plaintext-password-column"]
        }
    }

    /// The first claim whose words the finding's title (and, failing that, detail) contains.
    static func recognize(_ finding: Finding) -> Claim? {
        recognize(finding.title.lowercased()) ?? recognize(finding.detail.lowercased())
    }

    private static func recognize(_ text: String) -> Claim? {
        func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        if has("primary key") && has("missing", "no primary", "lacks", "without", "has no") { return .missingPrimaryKey }
        if has("index") && has("missing", "no index", "not indexed", "unindexed", "lacks", "without", "has no", "add an index", "add index")
            && !has("redundant", "duplicate", "unused", "too many") { return .missingIndex }
        if has("foreign key", "references", "referential") && has("missing", "no foreign", "lacks", "without", "has no", "not enforced") {
            return .missingForeignKey
        }
        if has("not null", "nullable", "allows null", "can be null") { return .shouldBeNotNull }
        if has("float", "double", "real", "floating") && has("money", "price", "amount", "currency", "monetary", "decimal", "numeric") {
            return .floatForMoney
        }
        if has("time zone", "timezone", "timestamptz") && has("timestamp", "datetime") { return .timestampWithoutTimeZone }
        if has("jsonb") && has("json ") || has("json instead", "use jsonb", "json column") { return .jsonInsteadOfJsonb }
        if has("varchar", "character varying") && has("length", "255", "limit", "text") { return .varcharWithLength }
        if has("password") && has("plain", "clear", "hash", "unhashed", "stored") { return .plaintextPassword }
        return nil
    }
}
