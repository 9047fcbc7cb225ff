import Foundation

/// How one decision differs from an earlier one: option, tier, findings, schema fingerprint.
public struct DecisionChange: Sendable, Hashable, Codable {
    public var previous: DecisionSummary
    public var decisionChanged: Bool
    public var tierChanged: Bool
    /// Titles of findings the later decision has and the earlier one had not.
    public var newFindings: [String]
    /// Titles of findings the earlier decision had and the later one has not.
    public var resolvedFindings: [String]
    public var fingerprintChanged: Bool
}
