/// The roles of seed 004's three-way consultation. The role decides the system prompt and how much
/// context a panelist sees.
public enum PanelRole: String, Hashable, Codable, Sendable, CaseIterable {
    /// Full context: deterministic findings and related past decisions included.
    case architect
    /// Not shown deterministic findings or past decisions, so its view stays independent.
    case independentAssessor = "independent-assessor"
    /// Indexes, queries, constraints and migration steps; sees the deterministic findings.
    case implementationAnalyst = "implementation-analyst"

    var systemPromptFile: String { "roles/\(rawValue).md" }
    var seesDeterministicFindings: Bool { self != .independentAssessor }
    var seesRelatedDecisions: Bool { self == .architect }

    /// Accepts `assessor`, `analyst` and spellings with spaces or underscores.
    public init?(lenient text: String) {
        let t = text.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch t {
        case "architect", "lead", "lead-architect": self = .architect
        case "independent-assessor", "assessor", "independent": self = .independentAssessor
        case "implementation-analyst", "analyst", "implementation": self = .implementationAnalyst
        default: return nil
        }
    }
}
