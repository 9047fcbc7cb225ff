/// Every profile scored for a set of requirements, best first, each with the assessments that explain
/// its score.
public struct Ranking: Codable, Sendable {
    public let requirements: [Requirement]
    public let entries: [RankedProfile]

    public init(requirements: [Requirement], entries: [RankedProfile]) {
        self.requirements = requirements
        self.entries = entries
    }

    /// The entry of a profile.
    public func entry(for profileID: String) -> RankedProfile? {
        entries.first { $0.profileID == profileID }
    }
}

/// One profile's place in a ranking.
public struct RankedProfile: Codable, Sendable {
    /// 1 + the number of profiles that fit strictly better (fewer violations, or as few and a higher
    /// score), so ties share a rank: 1, 1, 3.
    public let rank: Int
    public let profileID: String
    public let name: String
    /// Two points per satisfied requirement, one per partly met one.
    public let score: Int
    /// Two points per requirement.
    public let maxScore: Int
    public let verdict: Verdict
    /// One per requirement, in the order the requirements were given.
    public let assessments: [Assessment]

    public init(rank: Int, profileID: String, name: String, score: Int, maxScore: Int, verdict: Verdict,
                assessments: [Assessment]) {
        self.rank = rank
        self.profileID = profileID
        self.name = name
        self.score = score
        self.maxScore = maxScore
        self.verdict = verdict
        self.assessments = assessments
    }

    /// The requirements it violates, with the limitation that says so.
    public var violations: [Assessment] { assessments.filter { $0.level == .violates } }
}
