import Testing
@testable import Consensus

@Suite struct DecisionFieldTests {
    @Test(arguments: [
        (QuestionKind.migration, "Expand/contract (parallel change) with backfill", "expand-contract"),
        (.migration, "Use gh-ost for an online schema change", "online-schema-change"),
        (.migration, "Dual-write with CDC via Debezium", "dual-write-cdc"),
        (.migration, "blue_green", "blue-green"),
        (.migration, "A maintenance window with downtime", "offline-big-bang"),
        (.scaling, "Add read replicas", "read-replicas"),
        (.scaling, "Shard by tenant_id", "sharding"),
        (.indexing, "Composite index on (user_id, created_at)", "composite-index"),
        (.schemaReview, "Approve with changes", "approve-with-changes"),
        (.schemaReview, "approve", "approve"),
        (.general, "Do not proceed", "do-not-proceed"),
        (.migration, "Rewrite everything in COBOL", "other:rewrite-everything-in-cobol"),
    ])
    func normalizesFreeTextToOptions(kind: QuestionKind, text: String, expected: String) {
        #expect(DecisionField(kind: kind).normalize(text) == expected)
    }

    @Test func verdictsAreAdjacentOrExclusive() {
        let field = DecisionField(kind: .schemaReview)
        #expect(field.areCompatible("approve", "approve-with-changes"))
        #expect(field.areCompatible("approve-with-changes", "reject"))
        #expect(!field.areCompatible("approve", "reject"))
    }

    @Test func exclusionsAndUnknownOptions() {
        let field = DecisionField(kind: .migration)
        #expect(field.areCompatible("expand-contract", "dual-write-cdc"))
        #expect(!field.areCompatible("expand-contract", "offline-big-bang"))
        #expect(!field.areCompatible("expand-contract", "other:something"))
        #expect(field.areCompatible("other:x", "other:x"))
    }

    @Test func injectedResolverAndCompatibility() {
        let field = DecisionField(kind: .selection, resolve: { $0.lowercased().contains("postgres") ? "postgresql" : nil },
                                  compatible: { a, b in Set([a, b]) != Set(["postgresql", "cassandra"]) })
        #expect(field.normalize("Postgres 16") == "postgresql")
        #expect(field.normalize("FoundationDB") == "other:foundationdb")
        #expect(field.vote(of: Answer(decision: "x", recommendedDatabase: "y")) == "y")
    }
}
