import Schema

/// The `[lint]` section of `review.toml`: thresholds, per-rule severities, disabled rules.
///
/// ```toml
/// [lint]
/// disable = ["char-column", "enum-type"]
/// max-indexes-per-table = 12     # too-many-indexes fires above this
/// max-table-columns = 60         # wide-table fires above this
/// max-index-columns = 4          # wide-composite-index fires above this
///
/// [lint.severity]
/// varchar-with-length = "warning"   # error, warning, info, or off
/// ```
public struct LintConfiguration: Sendable, Equatable {
    public static let defaultMaxIndexesPerTable = 10
    public static let defaultMaxTableColumns = 50
    public static let defaultMaxIndexColumns = 5

    /// too-many-indexes reports tables with more indexes than this (primary key and unique constraints count).
    public var maxIndexesPerTable: Int
    /// wide-table reports tables with more columns than this.
    public var maxTableColumns: Int
    /// wide-composite-index reports indexes with more key columns than this.
    public var maxIndexColumns: Int
    /// Rule ids that do not run.
    public var disabledRules: Set<String>
    /// Severities that replace rules' defaults.
    public var severityOverrides: [String: Diagnostic.Severity]

    public init(maxIndexesPerTable: Int = defaultMaxIndexesPerTable, maxTableColumns: Int = defaultMaxTableColumns,
                maxIndexColumns: Int = defaultMaxIndexColumns, disabledRules: Set<String> = [],
                severityOverrides: [String: Diagnostic.Severity] = [:]) {
        self.maxIndexesPerTable = maxIndexesPerTable
        self.maxTableColumns = maxTableColumns
        self.maxIndexColumns = maxIndexColumns
        self.disabledRules = disabledRules
        self.severityOverrides = severityOverrides
    }

    /// Whether the rule runs: not listed in `disable` (a severity of "off" is decoded into `disable` too).
    public func isEnabled(_ rule: Rule) -> Bool { !disabledRules.contains(rule.id) }

    /// The severity the rule's findings get: `[lint.severity]` when set, else the rule's default.
    public func severity(of rule: Rule) -> Diagnostic.Severity {
        severityOverrides[rule.id] ?? rule.defaultSeverity
    }

    /// The severity findings of the rule with this id get under this configuration; nil when the id is not a
    /// rule or the rule is disabled, so a caller holding only an id learns whether the rule reports at all.
    public func severity(ofRuleID id: String) -> Diagnostic.Severity? {
        guard let rule = Rule.named(id), isEnabled(rule) else { return nil }
        return severity(of: rule)
    }
}
