import Testing
@testable import Consensus

/// A panel from a compact description: one entry per panelist, `nil` for an abstention.
func panel(_ votes: [String?], kind: QuestionKind = .schemaReview) -> [PanelAnswer] {
    votes.enumerated().map { index, vote in
        let name = "p\(index)"
        guard let vote else { return PanelAnswer(panelist: name, outcome: .abstained(reason: "timed out")) }
        let answer = kind == .schemaReview ? Answer(verdict: Verdict(rawValue: vote), summary: "s") : Answer(decision: vote)
        return PanelAnswer(panelist: name, outcome: .answered(answer))
    }
}

@Suite struct DecisionVotingTests {
    let review = DecisionField(kind: .schemaReview)

    @Test(arguments: [
        (["approve", "approve", "approve"], Tier.unanimous, "approve"),
        (["approve", "approve", "reject"], .majority, "approve"),
        (["approve", "approve", nil], .majority, "approve"),
        (["approve", "approve-with-changes"], .split, nil),
        (["approve", "approve-with-changes", "approve-with-changes", "approve"], .split, nil),
        (["approve", "reject"], .conflicting, nil),
        (["approve", "approve-with-changes", "reject"], .conflicting, nil),
        (["approve", "approve-with-changes", nil], .conflicting, nil),
        (["approve", nil, nil], .insufficient, nil),
        ([nil, nil, nil], .insufficient, nil),
    ] as [([String?], Tier, String?)])
    func tiers(votes: [String?], tier: Tier, option: String?) {
        let result = DecisionVoting.decide(review, panel: panel(votes))
        #expect(result.tier == tier, "\(result.explanation)")
        #expect(result.option == option)
        #expect(result.panelSize == votes.count)
    }

    @Test func votesDissentAndAbstentionsAreReported() {
        let result = DecisionVoting.decide(review, panel: panel(["reject", "approve", "approve", nil]))
        #expect(result.tier == .conflicting)
        #expect(result.votes.map(\.option) == ["approve", "reject"])
        #expect(result.votes[0].panelists == ["p1", "p2"])
        #expect(result.abstentions == [.init(panelist: "p3", reason: "timed out")])
        #expect(result.explanation.contains("1 did not answer"))
    }

    @Test func answerWithoutADecisionAbstainsFromTheVote() {
        var members = panel(["approve", "approve"])
        members.append(PanelAnswer(panelist: "p2", outcome: .answered(Answer(summary: "no verdict given"))))
        let result = DecisionVoting.decide(review, panel: members)
        #expect(result.tier == .majority)
        #expect(result.abstentions.map(\.panelist) == ["p2"])
        #expect(result.dissenters.isEmpty)
    }

    @Test func selectionSplitVersusConflictComesFromTheInjectedMatrix() {
        let field = DecisionField(kind: .selection, resolve: { DecisionField.slug($0) },
                                  compatible: { a, b in !Set([a, b]).contains("cassandra") })
        let split = DecisionVoting.decide(field, panel: panel(["PostgreSQL", "MySQL"], kind: .selection))
        #expect(split.tier == .split)
        let conflict = DecisionVoting.decide(field, panel: panel(["PostgreSQL", "Cassandra"], kind: .selection))
        #expect(conflict.tier == .conflicting)
        #expect(conflict.explanation.contains("exclude each other"))
    }
}
