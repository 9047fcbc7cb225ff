import Schema

/// One design rule: what it looks for, why it matters, what to do about it, where it applies, examples that
/// must and must not trigger it, and the check itself.
///
/// Rules are values, not subclasses: each lives in its own file under `Rules/<category>/` as a static member
/// (`Rule.missingPrimaryKey`), with the messages it reports declared next to it, and `Rule.all` lists them.
public struct Rule: Sendable, Identifiable, CustomStringConvertible {
    /// Kebab-case and stable: configuration, suppression comments and reports refer to rules by it.
    public let id: String
    /// A short title, e.g. "Foreign key without index".
    public let name: String
    public let category: RuleCategory
    /// The severity findings get unless `[lint.severity]` overrides it.
    public let defaultSeverity: Diagnostic.Severity
    /// Why the rule exists, for a user reading `review lint --list-rules` or a SARIF viewer.
    public let rationale: String
    /// What to do about a finding, in general; each finding's message says it for its own object.
    public let fix: String
    /// The dialects the rule runs on; the rationale says why others are left out.
    public let dialects: Set<Dialect>
    /// DDL that must trigger the rule exactly at its `↓` markers.
    public let triggeringExamples: [RuleExample]
    /// DDL that must not trigger the rule.
    public let nonTriggeringExamples: [RuleExample]
    /// Looks at the model and returns what it found. Pure: no I/O, no state.
    public let check: @Sendable (RuleContext) -> [RuleFinding]

    public init(id: String, name: String, category: RuleCategory, severity: Diagnostic.Severity,
                dialects: Set<Dialect> = Set(Dialect.allCases), rationale: String, fix: String,
                triggering: [RuleExample], nonTriggering: [RuleExample],
                check: @escaping @Sendable (RuleContext) -> [RuleFinding]) {
        self.id = id
        self.name = name
        self.category = category
        self.defaultSeverity = severity
        self.dialects = dialects
        self.rationale = rationale
        self.fix = fix
        self.triggeringExamples = triggering
        self.nonTriggeringExamples = nonTriggering
        self.check = check
    }

    public var description: String { id }

    /// Whether the rule runs on schemas of `dialect`.
    public func applies(to dialect: Dialect) -> Bool { dialects.contains(dialect) }

    /// The dialects in a stable order, for listings.
    public var sortedDialects: [Dialect] { Dialect.allCases.filter(dialects.contains) }
}
