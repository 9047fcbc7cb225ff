import Consensus
import Schema

/// `--fail-on`: when a finished review exits with 1 instead of 0. A tier trips when the decision's tier is at
/// or below it (`--fail-on split` fails split, conflicting and insufficient); a severity trips on any panel
/// finding at or above it that the schema did not refute, or a deterministic finding at or above it
/// (rule errors count as high, warnings as medium, infos as low).
public enum FailOn: Sendable, Hashable, CustomStringConvertible {
    case never
    case tier(Tier)
    case severity(FindingSeverity)

    public init?(argument: String) {
        let text = argument.lowercased()
        if text == "never" || text == "none" { self = .never }
        else if let tier = Tier(rawValue: text) { self = .tier(tier) }
        else if let severity = FindingSeverity(rawValue: text) { self = .severity(severity) }
        else { return nil }
    }

    public static let choices = "never, a tier (unanimous, majority, split, conflicting, insufficient) or a severity (critical, high, medium, low, info)"

    public var description: String {
        switch self {
        case .never: "never"
        case .tier(let tier): tier.rawValue
        case .severity(let severity): severity.rawValue
        }
    }

    /// Why the record trips this threshold, or nil when it does not.
    public func reason(_ record: DecisionRecord) -> String? {
        switch self {
        case .never:
            return nil
        case .tier(let threshold):
            guard let tier = record.decision?.tier, tier <= threshold else { return nil }
            return "the decision's tier is \(tier.rawValue) (--fail-on \(threshold.rawValue))"
        case .severity(let threshold):
            let panel = record.findings.filter {
                $0.cluster.severity >= threshold && $0.grounding.verdict != .refuted && $0.grounding.verdict != .unknownReference
            }
            let rules = record.deterministicFindings.filter { Self.severity(of: $0.severity) >= threshold && $0.ruleID != Diagnostic.syntaxErrorID }
            guard !panel.isEmpty || !rules.isEmpty else { return nil }
            return "\(panel.count) panel finding(s) and \(rules.count) rule finding(s) at \(threshold.rawValue) or above (--fail-on \(threshold.rawValue))"
        }
    }

    static func severity(of severity: Diagnostic.Severity) -> FindingSeverity {
        switch severity {
        case .error: .high
        case .warning: .medium
        case .info: .low
        }
    }
}
