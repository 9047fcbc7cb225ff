/// Whether two recommendations can both stand for a set of requirements. Consensus uses it to tell a panel
/// that is *split* between valid options from one that is *conflicting*.
public struct Compatibility: Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// Both name the same profile (versions and spellings aside).
        case same
        /// Both are valid, and one runs inside or speaks the protocol of the other (PostgreSQL and pgvector,
        /// MySQL and MariaDB): the choice is close.
        case related
        /// Both are valid for the requirements: a genuine split.
        case bothValid = "both-valid"
        /// At least one violates a requirement: the options exclude each other.
        case conflicting
        /// At least one is not in the matrix, so validity cannot be judged.
        case unknown
    }

    public let kind: Kind
    public let first: CheckResult
    public let second: CheckResult
    /// One sentence for the decision record.
    public let explanation: String

    public init(kind: Kind, first: CheckResult, second: CheckResult, explanation: String) {
        self.kind = kind
        self.first = first
        self.second = second
        self.explanation = explanation
    }

    /// Whether a panel divided between the two is split rather than conflicting.
    public var areCompatible: Bool { kind == .same || kind == .related || kind == .bothValid }
}
