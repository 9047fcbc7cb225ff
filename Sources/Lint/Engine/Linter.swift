import Foundation
import Schema
import Support

/// Runs rules over a schema model and turns their findings into diagnostics with the configured severities,
/// then drops the ones a `review-ignore` comment suppresses.
public struct Linter: Sendable {
    public let rules: [Rule]
    public let configuration: LintConfiguration

    public init(rules: [Rule] = Rule.all, configuration: LintConfiguration = LintConfiguration()) {
        self.rules = rules
        self.configuration = configuration
    }

    /// Every rule's findings on `model` under `configuration`, sorted by location: the entry point for callers
    /// that hold a model rather than files (the pipeline checks model answers against these). Suppression
    /// comments need the source text and are applied by `lint(_:source:)`; `source`, when given, lets rules
    /// that read the text (identifier-too-long on PostgreSQL) see names as written.
    public static func lint(_ model: SchemaModel, configuration: LintConfiguration = LintConfiguration(),
                            source: SourceText? = nil) -> [Diagnostic] {
        Linter(configuration: configuration).findings(in: model, source: source)
    }

    /// The rules that run on `dialect` under this configuration.
    public func activeRules(for dialect: Dialect) -> [Rule] {
        rules.filter { $0.applies(to: dialect) && configuration.isEnabled($0) }
    }

    /// Every finding of the active rules, sorted by location, without suppression. `source` is the text the
    /// model was read from, when there is one.
    /// Rules share nothing but the read-only context, so on a large model they run on every core (each
    /// thread takes the next rule nobody has taken); a small model is checked on the calling thread.
    public func findings(in model: SchemaModel, source: SourceText? = nil) -> [Diagnostic] {
        let context = RuleContext(model: model, configuration: configuration, source: source)
        let rules = activeRules(for: model.dialect)
        let workers = model.columnCount < Self.parallelThreshold ? 1 : max(1, min(rules.count, ParallelWork.cores))
        let configuration = configuration
        let folding = PartitionFolding(context: context)
        var findings: [Diagnostic] = []
        ParallelWork.stream(count: rules.count, helpers: workers - 1, context: {}, work: { _, index in
            let rule = rules[index], severity = configuration.severity(of: rule)
            return folding.fold(rule.check(context).map { finding in
                Diagnostic(ruleID: rule.id, severity: severity, message: finding.message.text, location: finding.location,
                           target: finding.target, fix: rule.fix)
            })
        }, consume: { _, ruleFindings in findings.append(contentsOf: ruleFindings) })
        return findings.sorted(by: Diagnostic.inReadingOrder)
    }

    /// Below this many columns, starting workers costs more than the rules take.
    static let parallelThreshold = 200

    /// Lints one file that was read: the reader's own diagnostics (syntax errors and the like), the rules'
    /// findings, and problems with its suppression comments; suppressed findings are counted, not kept.
    public func lint(_ result: SchemaReadResult, source: String) -> FileReport {
        let directives = SuppressionDirectives(text: source, path: result.path, ruleIDs: Set(rules.map(\.id)))
        var kept: [Diagnostic] = []
        var suppressed = 0
        for diagnostic in findings(in: result.model, source: SourceText(path: result.path, text: source)) {
            if directives.suppresses(diagnostic) { suppressed += 1 } else { kept.append(diagnostic) }
        }
        let all = (result.diagnostics + directives.problems + kept).sorted(by: Diagnostic.inReadingOrder)
        return FileReport(path: result.path, dialect: result.dialect, dialectReason: result.dialectReason,
                          diagnostics: all, suppressedCount: suppressed)
    }
}

extension Diagnostic {
    /// File, line, column, then rule id: the order reports list diagnostics in.
    /// (Field by field rather than as tuples: sorting a thousand findings built and released five-field
    /// tuples on every comparison.)
    static func inReadingOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if a.location.line != b.location.line { return a.location.line < b.location.line }
        if a.location.column != b.location.column { return a.location.column < b.location.column }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}
