/// A requirement that a schema suggests, with the reason and the evidence (`table.column`, or a foreign
/// key as `table.column → table`) that suggested it.
public struct DerivedRequirement: Hashable, Codable, Sendable {
    public let requirement: Requirement
    /// Why the evidence implies the requirement.
    public let reason: String
    /// Where in the schema, in schema order.
    public let evidence: [String]

    public init(requirement: Requirement, reason: String, evidence: [String]) {
        self.requirement = requirement
        self.reason = reason
        self.evidence = evidence
    }
}
