/// The part a panelist plays; the pipeline renders a different prompt for each role.
public enum PanelRole: String, Sendable, Codable, CaseIterable, Hashable {
    /// Proposes and defends a design.
    case architect
    /// Judges the question independently, without anchoring on the others.
    case independentAssessor = "independent-assessor"
    /// Looks at what the design means in code, migrations and operations.
    case implementationAnalyst = "implementation-analyst"

    /// Roles handed out in order to panelists that name none.
    public static func assigned(at index: Int) -> PanelRole {
        allCases[index % allCases.count]
    }
}
