/// Example workloads written next to each profile, in the manner of SwiftLint's triggering and
/// non-triggering examples: requirement sets that must rank the database in the top three, and sets that
/// must rule it out. One parameterized test runs every profile's examples; `review matrix NAME` shows them.
public struct Workloads: Hashable, Codable, Sendable {
    /// Each set must rank the profile among the top three (fewer than three profiles score better).
    public let chosenFor: [[Requirement]]
    /// Each set must make the check say `violates`, so the profile is never selected for it.
    public let ruledOutBy: [[Requirement]]

    public init(chosenFor: [[Requirement]], ruledOutBy: [[Requirement]]) {
        self.chosenFor = chosenFor
        self.ruledOutBy = ruledOutBy
    }

    enum CodingKeys: String, CodingKey {
        case chosenFor = "chosen_for"
        case ruledOutBy = "ruled_out_by"
    }
}
