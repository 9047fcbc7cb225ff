import Consensus

/// The finding category of a deterministic rule, so that a lint finding and a panel finding on the same
/// object can be recognized as the same concern. Rule ids are the lint target's; an unknown id has no category.
enum RuleCategories {
    private static let table: [String: FindingCategory] = [
        "missing-primary-key": .integrity, "foreign-key-without-index": .indexing,
        "likely-missing-foreign-key": .integrity, "foreign-key-type-mismatch": .integrity,
        "nullable-column-in-unique-constraint": .integrity, "cascade-delete-chain": .integrity,
        "float-for-money": .types, "money-type": .types, "timestamp-without-time-zone": .types,
        "varchar-with-length": .types, "char-column": .types, "int-primary-key": .types,
        "serial-instead-of-identity": .types, "json-instead-of-jsonb": .types, "enum-type": .types,
        "duplicate-index": .indexing, "redundant-index": .indexing, "too-many-indexes": .indexing,
        "low-cardinality-index": .indexing, "wide-composite-index": .indexing,
        "polymorphic-association": .design, "entity-attribute-value": .design, "repeating-column-group": .design,
        "wide-table": .design, "multi-valued-attribute": .design,
        "reserved-word-identifier": .naming, "identifier-too-long": .naming, "inconsistent-naming": .naming,
        "plaintext-password-column": .security,
    ]

    static func category(of ruleID: String) -> FindingCategory? { table[ruleID] }
}
