/// The matrix's verdict on a database for a set of requirements.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Satisfies every requirement.
    case consistent
    /// No hard limitation, but some requirement is met only partly or not assessed.
    case partly
    /// A hard limitation rules it out for at least one requirement.
    case violates
    /// The database is not in the matrix, so nothing can be said.
    case unknown

    /// The verdict of a set of assessments (an empty set is consistent: nothing was asked).
    public init(_ assessments: [Assessment]) {
        if assessments.contains(where: { $0.level == .violates }) {
            self = .violates
        } else if assessments.contains(where: { $0.level != .satisfies }) {
            self = .partly
        } else {
            self = .consistent
        }
    }

    /// Whether a panel may choose it without contradicting the requirements.
    public var isValid: Bool { self == .consistent || self == .partly }
}
