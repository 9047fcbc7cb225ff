import Testing
@testable import Consensus

@Suite struct FindingClustererTests {
    private func member(_ name: String, _ findings: [Finding]) -> PanelAnswer {
        PanelAnswer(panelist: name, outcome: .answered(Answer(verdict: .approveWithChanges, findings: findings)))
    }

    @Test func clustersByTargetCategoryAndTitle() {
        let members = [
            member("a", [Finding(category: .indexing, severity: .high, target: "orders.customer_id", title: "Missing index on foreign key"),
                         Finding(category: .types, severity: .medium, target: "products.price", title: "Float used for money")]),
            member("b", [Finding(category: .indexing, severity: .medium, target: "orders.customer_id", title: "Foreign key customer_id is not indexed"),
                         Finding(category: .security, severity: .critical, target: "customers.password", title: "Plaintext password")]),
            member("c", [Finding(category: .performance, severity: .high, target: "orders.customer_id", title: "No index on customer_id foreign key")]),
        ]
        let clusters = FindingClusterer.cluster(members)
        let index = clusters.first { $0.target == "orders.customer_id" }!
        #expect(index.supporters == ["a", "b", "c"])
        #expect(index.tier == .unanimous)
        #expect(index.severity == .high)
        let password = clusters.first { $0.target == "customers.password" }!
        #expect(password.supportText == "1/3")
        #expect(password.tier == .split)
        #expect(password.dissenters == ["a", "c"])
        #expect(clusters.count == 3)
        // Highest severity first.
        #expect(clusters.first?.target == "customers.password")
    }

    @Test func differentTablesNeverMerge() {
        let members = [
            member("a", [Finding(category: .indexing, severity: .high, target: "orders.user_id", title: "Missing index")]),
            member("b", [Finding(category: .indexing, severity: .high, target: "comments.user_id", title: "Missing index")]),
        ]
        #expect(FindingClusterer.cluster(members).count == 2)
    }

    @Test func abstentionsCountInTheDenominatorButNotAsDissent() {
        let members = [
            member("a", [Finding(category: .design, severity: .low, target: "comments", title: "Polymorphic association")]),
            member("b", [Finding(category: .design, severity: .low, target: "comments", title: "polymorphic associations")]),
            PanelAnswer(panelist: "c", outcome: .abstained(reason: "HTTP 500")),
        ]
        let cluster = FindingClusterer.cluster(members)[0]
        #expect(cluster.supportText == "2/3")
        #expect(cluster.tier == .majority)
        #expect(cluster.dissenters.isEmpty)
    }

    @Test func oneUsableAnswerIsInsufficient() {
        let members = [
            member("a", [Finding(category: .design, severity: .low, target: "t", title: "x")]),
            PanelAnswer(panelist: "b", outcome: .abstained(reason: "refused")),
        ]
        #expect(FindingClusterer.cluster(members)[0].tier == .insufficient)
    }
}
