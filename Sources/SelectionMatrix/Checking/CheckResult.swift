/// The matrix's check of one recommended database against a set of requirements.
public struct CheckResult: Codable, Sendable {
    public let database: DatabaseRef
    /// The profile's display name; nil for an unknown database.
    public let profileName: String?
    public let requirements: [Requirement]
    public let verdict: Verdict
    /// One per requirement, in order; empty for an unknown database.
    public let assessments: [Assessment]
    /// When the verdict is not `consistent`: up to three profile ids that rank best for the requirements.
    public let alternatives: [String]

    public init(database: DatabaseRef, profileName: String?, requirements: [Requirement], verdict: Verdict,
                assessments: [Assessment], alternatives: [String]) {
        self.database = database
        self.profileName = profileName
        self.requirements = requirements
        self.verdict = verdict
        self.assessments = assessments
        self.alternatives = alternatives
    }

    /// The requirements it violates, each with the limitation text that says so.
    public var violations: [Assessment] { assessments.filter { $0.level == .violates } }

    /// One line: "Amazon DynamoDB violates complex-joins (Limited query flexibility)".
    public var summary: String {
        let name = profileName ?? "'\(database.raw)'"
        switch verdict {
        case .consistent:
            return "\(name) is consistent with \(requirements.map(\.rawValue).joined(separator: ", "))"
        case .partly:
            let weak = assessments.filter { $0.level != .satisfies }.map(\.requirement.rawValue)
            return "\(name) only partly meets \(weak.joined(separator: ", "))"
        case .violates:
            let reasons = violations.map { "\($0.requirement) (\($0.reason))" }
            return "\(name) violates \(reasons.joined(separator: ", "))"
        case .unknown:
            return "\(name) is not in the selection matrix"
        }
    }
}
