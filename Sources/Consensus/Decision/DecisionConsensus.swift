/// How the panel decided one question: the tier, the winning option if there is one, every vote, and
/// who dissented or abstained.
public struct DecisionConsensus: Hashable, Codable, Sendable {
    /// One option and the panelists who chose it.
    public struct OptionVotes: Hashable, Codable, Sendable {
        public var option: String
        public var label: String
        public var panelists: [String]
        /// The texts the panelists wrote, in panelist order.
        public var rawTexts: [String]
    }

    public struct Abstention: Hashable, Codable, Sendable {
        public var panelist: String
        public var reason: String
    }

    public var tier: Tier
    /// The option a majority chose (unanimous or majority); nil otherwise.
    public var option: String?
    public var optionLabel: String?
    /// Options with their voters, most votes first (ties by option id).
    public var votes: [OptionVotes]
    public var abstentions: [Abstention]
    /// Configured panelists, abstentions included.
    public var panelSize: Int
    /// Why this tier, in one sentence.
    public var explanation: String

    /// Panelists who voted for something other than the winning option.
    public var dissenters: [String] {
        guard let option else { return [] }
        return votes.filter { $0.option != option }.flatMap(\.panelists).sorted()
    }

    public var nominalConfidence: Int? { tier.nominalConfidence }
    public var action: String { tier.action }
}
