import Schema

extension Rule {
    /// Every rule, grouped by category in the order listings show them.
    public static let all: [Rule] = [
        // integrity
        .missingPrimaryKey, .foreignKeyWithoutIndex, .likelyMissingForeignKey, .foreignKeyTypeMismatch,
        .foreignKeyTargetNotUnique, .nullableColumnInUniqueConstraint, .nullablePrimaryKey, .cascadeDeleteChain,
        .circularForeignKeys, .nonTransactionalEngine,
        // types
        .floatForMoney, .moneyType, .timestampWithoutTimeZone, .varcharWithLength, .charColumn, .intPrimaryKey,
        .serialInsteadOfIdentity, .jsonInsteadOfJSONB, .enumType, .defaultNullString, .zeroDateDefault,
        .legacyUTF8Charset,
        // indexing
        .duplicateIndex, .redundantIndex, .tooManyIndexes, .lowCardinalityIndex, .wideCompositeIndex,
        // design
        .polymorphicAssociation, .entityAttributeValue, .repeatingColumnGroup, .wideTable, .multiValuedAttribute,
        // naming
        .reservedWordIdentifier, .identifierTooLong, .inconsistentNaming,
        // security
        .plaintextPasswordColumn,
    ]

    /// The rule with this id, or nil for an id that is not a rule (`syntax-error`, `invalid-suppression`, or a
    /// reader's own diagnostic). Callers that hold only a diagnostic's rule id use it to find the category,
    /// default severity, rationale and fix.
    public static func named(_ id: String) -> Rule? { byID[id] }

    /// The category of the rule with this id (nil when the id is not a rule): how the pipeline groups the
    /// rule findings it checks model answers against.
    public static func category(of id: String) -> RuleCategory? { byID[id]?.category }

    /// The default severity of the rule with this id, before `[lint.severity]` (nil when the id is not a rule);
    /// `LintConfiguration.severity(ofRuleID:)` gives the configured one.
    public static func defaultSeverity(of id: String) -> Diagnostic.Severity? { byID[id]?.defaultSeverity }

    private static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}
