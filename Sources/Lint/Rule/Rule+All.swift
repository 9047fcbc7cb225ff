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

    /// The rule with this id.
    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }
}
