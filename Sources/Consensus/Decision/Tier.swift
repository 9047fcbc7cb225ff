/// How far the panel agrees, from most to least: the seeds' four levels, made exact for a panel of n
/// configured panelists (failed or unparseable replies count as abstentions), plus `insufficient`.
public enum Tier: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    /// Every configured panelist answered and all chose the same option.
    case unanimous
    /// More than n/2 of the configured panelists chose the same option.
    case majority
    /// No majority, every configured panelist answered, and every pair of chosen options can both be
    /// right (valid for the requirements, or adjacent such as approve and approve-with-changes).
    case split
    /// No majority, and either two chosen options exclude each other or some panelist did not answer.
    case conflicting
    /// Fewer than two usable answers: never reported as agreement.
    case insufficient

    /// The seeds' labels. They are names for the tiers, not probabilities.
    public var nominalConfidence: Int? {
        switch self {
        case .unanimous: 99
        case .majority: 90
        case .split: 75
        case .conflicting: 50
        case .insufficient: nil
        }
    }

    /// What to do with a decision at this tier (seed 004's actions).
    public var action: String {
        switch self {
        case .unanimous: "Proceed."
        case .majority: "Proceed with the majority approach; integrate the minority's insights."
        case .split: "Synthesize the approaches; consider a hybrid."
        case .conflicting: "Escalate for senior review."
        case .insufficient: "Not enough usable answers to decide: fix the panel (see the failures) and ask again."
        }
    }

    public var label: String {
        nominalConfidence.map { "\(rawValue) (\($0)%)" } ?? rawValue
    }

    private var strength: Int {
        switch self {
        case .insufficient: 0
        case .conflicting: 1
        case .split: 2
        case .majority: 3
        case .unanimous: 4
        }
    }

    /// Ordered by strength of agreement: insufficient < conflicting < split < majority < unanimous.
    public static func < (a: Tier, b: Tier) -> Bool { a.strength < b.strength }
}
