import Support
import Testing
@testable import Consensus

/// The three properties the issue asks for, over many random panels of 1 to 7 panelists, for a kind with
/// an ordinal scale (schema review) and one with exclusions (migration).
@Suite struct ConsensusPropertyTests {
    static let cases = 400

    private func randomPanel(_ rng: inout SplitMix64, options: [String], kind: QuestionKind) -> [PanelAnswer] {
        let size = Int.random(in: 1...7, using: &rng)
        let votes: [String?] = (0..<size).map { _ in
            Int.random(in: 0..<5, using: &rng) == 0 ? nil : options.randomElement(using: &rng)!
        }
        var members = panel(votes, kind: kind)
        // Findings too: a few shared ones, so clusters have varied support.
        for i in members.indices {
            guard case .answered(var answer) = members[i].outcome else { continue }
            answer.findings = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                let n = Int.random(in: 0..<4, using: &rng)
                return Finding(category: .indexing, severity: .medium, target: "t\(n).c", title: "index missing on t\(n)")
            }
            members[i].outcome = .answered(answer)
        }
        return members
    }

    private static let kinds: [(QuestionKind, [String])] = [
        (.schemaReview, ["approve", "approve-with-changes", "reject"]),
        (.migration, ["expand-contract", "blue-green", "offline-big-bang"]),
    ]

    @Test(arguments: kinds.indices)
    func permutingPanelistsNeverChangesTheResult(kindIndex: Int) {
        let (kind, options) = Self.kinds[kindIndex]
        let field = DecisionField(kind: kind)
        var rng = SplitMix64(state: 1)
        for _ in 0..<Self.cases {
            let members = randomPanel(&rng, options: options, kind: kind)
            let shuffled = members.shuffled(using: &rng)
            #expect(DecisionVoting.decide(field, panel: members) == DecisionVoting.decide(field, panel: shuffled))
            #expect(FindingClusterer.cluster(members) == FindingClusterer.cluster(shuffled))
        }
    }

    @Test(arguments: kinds.indices)
    func addingAnAgreeingPanelistNeverLowersATier(kindIndex: Int) {
        let (kind, options) = Self.kinds[kindIndex]
        let field = DecisionField(kind: kind)
        var rng = SplitMix64(state: 2)
        for _ in 0..<Self.cases {
            let members = randomPanel(&rng, options: options, kind: kind)
            let before = DecisionVoting.decide(field, panel: members)
            // Agree with the leading option (any of the tied leaders).
            guard let leader = before.votes.first else { continue }
            let tied = before.votes.filter { $0.panelists.count == leader.panelists.count }
            let agreeing = tied.randomElement(using: &rng)!.rawTexts[0]
            var grown = members
            grown.append(panel([agreeing], kind: kind).map { PanelAnswer(panelist: "added", outcome: $0.outcome) }[0])
            let after = DecisionVoting.decide(field, panel: grown)
            #expect(after.tier >= before.tier, "\(before.explanation) → \(after.explanation)")
        }
    }

    @Test(arguments: kinds.indices)
    func anAbstentionNeverRaisesATier(kindIndex: Int) {
        let (kind, options) = Self.kinds[kindIndex]
        let field = DecisionField(kind: kind)
        var rng = SplitMix64(state: 3)
        for _ in 0..<Self.cases {
            let members = randomPanel(&rng, options: options, kind: kind)
            let answered = members.indices.filter { members[$0].answer != nil }
            guard let victim = answered.randomElement(using: &rng) else { continue }
            var fewer = members
            fewer[victim].outcome = .abstained(reason: "failed")
            let before = DecisionVoting.decide(field, panel: members)
            let after = DecisionVoting.decide(field, panel: fewer)
            #expect(after.tier <= before.tier, "\(before.explanation) → \(after.explanation)")
            // The same holds for every finding cluster that survives.
            let clustersBefore = Dictionary(FindingClusterer.cluster(members).map { ($0.title + ($0.target ?? ""), $0.tier) },
                                            uniquingKeysWith: max)
            for cluster in FindingClusterer.cluster(fewer) {
                if let old = clustersBefore[cluster.title + (cluster.target ?? "")] {
                    #expect(cluster.tier <= old)
                }
            }
        }
    }
}
