import ModelClients

/// What each role of seed 004's three-way consultation is shown.
extension PanelRole {
    var systemPromptFile: String { "roles/\(rawValue).md" }

    /// The independent assessor is not shown the deterministic findings, so its view stays its own.
    var seesDeterministicFindings: Bool { self != .independentAssessor }

    /// Only the architect, who works with full context, sees past decisions.
    var seesRelatedDecisions: Bool { self == .architect }
}
