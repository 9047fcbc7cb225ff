import Consensus
import Consult
import Foundation
import LoopbackServer
import ModelClients
import Testing

/// The whole review through the real curl transport against scripted loopback panels: one scenario per
/// tier, a failing panelist, an unparseable reply, a hallucinated table, a refuted finding and a
/// recommendation that violates the requirements. The records are golden files, reviewed by hand.
@Suite("Review pipeline, end to end")
struct PipelineEndToEndTests {
    typealias R = ScriptedReply

    /// The index finding all three raise, in their own words; the rule engine finds it too.
    static let missingIndex = [
        R.finding("indexing", "high", "orders.customer_id", "Missing index on orders.customer_id",
                  detail: "Joins and cascading deletes from customers scan orders.", fix: "CREATE INDEX ON orders (customer_id);"),
        R.finding("indexing", "high", "orders.customer_id", "No index on the orders.customer_id foreign key",
                  fix: "Index orders(customer_id)."),
        R.finding("indexing", "medium", "orders.customer_id", "orders.customer_id is not indexed"),
    ]

    @Test("unanimous schema review: shared finding confirmed, a refuted claim, a hallucinated table")
    func unanimous() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(
            R(verdict: "approve-with-changes",
              findings: [Self.missingIndex[0],
                         R.finding("types", "high", "orders.total", "Money stored in a floating-point column",
                                   detail: "REAL cannot hold cents exactly.", fix: "Store cents in an INTEGER column.")],
              risks: [["risk": "Rounding errors in order totals", "mitigation": "Migrate to integer cents"]],
              roadmap: ["Add the index on orders.customer_id", "Migrate orders.total to integer cents"],
              summary: "Sound core; fix the index and the money type.").step,
            R(verdict: "approve-with-changes",
              findings: [Self.missingIndex[1],
                         R.finding("indexing", "medium", "orders.status", "Missing index on orders.status",
                                   detail: "Filtering by status scans the table.")],
              summary: "Needs an index.").step,
            R(verdict: "approve-with-changes",
              findings: [Self.missingIndex[2],
                         R.finding("integrity", "high", "payments.order_id", "payments.order_id lacks a foreign key")],
              roadmap: ["CREATE INDEX orders_customer_id ON orders (customer_id)"],
              summary: "Index the foreign key.").step)
        let written = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")]))
        let record = written.record

        #expect(record.decision?.tier == .unanimous)
        #expect(record.decision?.option == "approve-with-changes")
        #expect(record.status == .proposed)
        let index = try #require(record.findings.first { $0.cluster.target == "orders.customer_id" })
        #expect(index.cluster.supportText == "3/3")
        #expect(index.grounding.verdict == .confirmed)
        #expect(index.grounding.ruleIDs.contains("foreign-key-without-index"))
        #expect(record.findings.first { $0.cluster.target == "orders.status" }?.grounding.verdict == .refuted)
        #expect(record.findings.first { $0.cluster.target == "payments.order_id" }?.grounding.verdict == .unknownReference)
        #expect(record.findings.first { $0.cluster.target == "orders.total" }?.grounding.verdict == .confirmed)
        // Rule findings no one raised: the missing primary key of order_items, among others.
        let unraised = record.unraisedDeterministicFindings.map { record.deterministicFindings[$0].ruleID }
        #expect(unraised.contains("missing-primary-key"))
        // The panel raised the unindexed orders.customer_id, not the unindexed order_items.order_id.
        let unraisedIndexTargets = record.unraisedDeterministicFindings.map { record.deterministicFindings[$0] }
            .filter { $0.ruleID == "foreign-key-without-index" }.compactMap(\.target)
        #expect(unraisedIndexTargets == ["order_items.order_id"])
        #expect(record.roadmap?.panelist == "gpt")
        #expect(written.markdownPath.hasSuffix("0001-schema-review-of-shop-sqlite-sql.md"))
        try harness.expectGolden(record, "unanimous-schema-review")
    }

    @Test("majority with a failing panelist: the failure is an abstention, its reason kept")
    func majorityWithFailure() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(
            R(verdict: "approve-with-changes", findings: [Self.missingIndex[0]], summary: "Fix the index.").step,
            .error(status: 500, message: "The server had an error while processing your request."),
            R(verdict: "approve-with-changes", findings: [Self.missingIndex[2]], summary: "Index it.").step)
        let record = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")])).record

        #expect(record.decision?.tier == .majority)
        #expect(record.decision?.abstentions.map(\.panelist) == ["claude"])
        let claude = try #require(record.panel.first { $0.name == "claude" })
        #expect(claude.reply.status.name == "failed")
        #expect(claude.abstention?.contains("500") == true)
        #expect(record.findings.first?.cluster.supportText == "2/3")
        try harness.expectGolden(record, "majority-with-failure")
    }

    @Test("conflicting: approve against reject, and an unparseable reply kept verbatim")
    func conflicting() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let prose = "I think the schema is mostly fine, but I would not approve it yet."
        harness.script(
            R(verdict: "approve", summary: "Good enough for a first version.").step,
            R(verdict: "reject", findings: [R.finding("security", "critical", "customers.password", "Password stored in plain text")],
              summary: "Plaintext passwords are a blocker.").step,
            .answer(prose))
        let record = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")])).record

        #expect(record.decision?.tier == .conflicting)
        #expect(record.status == .escalated)
        let gemini = try #require(record.panel.first { $0.name == "gemini" })
        #expect(gemini.answer == nil)
        #expect(gemini.reply.text == prose)
        #expect(record.findings.first?.grounding.verdict == .confirmed)
        let markdown = MarkdownRecord.render(record)
        #expect(markdown.contains(prose))
        try harness.expectGolden(record, "conflicting")
    }

    @Test("selection: a majority for PostgreSQL, and DynamoDB checked as violating complex joins")
    func selectionWithViolation() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(
            R(database: "PostgreSQL 16", alternatives: ["MySQL"], summary: "Relational with ACID and joins.").step,
            R(database: "Amazon Aurora PostgreSQL", summary: "Managed Postgres.").step,
            R(database: "AWS DynamoDB", summary: "Scales without limits.").step)
        let request = ReviewRequest(kind: .selection, question: "Which database for an order ledger with reporting joins?",
                                    requirements: ["acid", "complex-joins"])
        let record = try await harness.run(request).record

        #expect(record.decision?.tier == .majority)
        #expect(record.decision?.option == "postgresql")
        let dynamo = try #require(record.matrix.checks.first { $0.profileID == "dynamodb" })
        #expect(dynamo.verdict == "violates")
        #expect(dynamo.violated.map(\.requirement).contains("complex-joins"))
        #expect(record.matrix.checks.first { $0.profileID == "postgresql" }?.verdict == "consistent")
        try harness.expectGolden(record, "selection-majority-violation")
    }

    @Test("selection split: three different databases that can all serve the requirements")
    func selectionSplit() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(R(database: "PostgreSQL").step, R(database: "MySQL").step, R(database: "SQL Server").step)
        let record = try await harness.run(ReviewRequest(kind: .selection, question: "Which relational database?",
                                                         requirements: ["acid", "complex-joins"])).record
        #expect(record.decision?.tier == .split)
        #expect(record.status == .proposed)
    }

    @Test("selection conflicting: a relational database against a key-value store for join-heavy work")
    func selectionConflicting() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(R(database: "PostgreSQL").step, R(database: "Redis").step, R(database: "Apache Cassandra").step)
        let record = try await harness.run(ReviewRequest(kind: .selection, question: "Which database?",
                                                         requirements: ["acid", "complex-joins"])).record
        #expect(record.decision?.tier == .conflicting)
        #expect(record.matrix.checks.first { $0.profileID == "redis" }?.verdict == "violates")
    }

    @Test("nobody answers: insufficient, every failure kept")
    func allFail() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(.error(status: 401, message: "Incorrect API key provided"), .refusal(), .truncatedJSON)
        let record = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")])).record
        #expect(record.decision?.tier == .insufficient)
        #expect(record.status == .escalated)
        #expect(record.panel.count == 3)
        #expect(record.panel.allSatisfy { $0.answer == nil && $0.abstention != nil })
        #expect(record.notes.contains { $0.contains("No panelist gave a usable answer") })
    }

    @Test("no panel: a record of the deterministic checks that says how to configure one")
    func noPanel() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let record = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")],
                                                         requirements: ["acid"]), panel: false).record
        #expect(record.status == .deterministicOnly)
        #expect(record.decision == nil)
        #expect(harness.server.requests.isEmpty)
        #expect(!record.matrix.ranking.isEmpty)
        #expect(record.requirements.contains { $0.source == .derived && $0.id == "complex-joins" })
        #expect(record.notes.first?.contains("[[panelist]]") == true)
        try harness.expectGolden(record, "no-panel")
    }

    @Test("keys reach only the server's headers: never the record, its JSON, or the prompts")
    func secretsStayOut() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        // A provider error that echoes the key, as some proxies do.
        harness.script(R(verdict: "approve").step,
                       .error(status: 400, message: "invalid x-api-key \(HarnessKeys.anthropic)"),
                       R(verdict: "approve").step)
        let written = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")]))
        let markdown = try String(contentsOfFile: written.markdownPath, encoding: .utf8)
        let json = try String(contentsOfFile: written.jsonPath, encoding: .utf8)
        for key in HarnessKeys.all {
            #expect(!markdown.contains(key))
            #expect(!json.contains(key))
            #expect(!json.contains(String(key.suffix(12))))
        }
        // The keys did travel, in headers only.
        #expect(harness.server.requests.contains { $0.header("x-api-key") == HarnessKeys.anthropic })
        #expect(harness.server.requests.allSatisfy { request in HarnessKeys.all.allSatisfy { !request.bodyText.contains($0) } })
    }

    @Test("model text cannot open HTML in the record: a stray </details> stays text")
    func modelTextIsEscaped() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let hostile = "Fine.</details><img src=x onerror=alert(1)>"
        harness.script(R(verdict: "approve", findings: [R.finding("design", "low", "orders", "<b>bold</b> claim")], summary: hostile).step,
                       R(verdict: "approve").step, R(verdict: "approve").step)
        let written = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")]))
        let markdown = try String(contentsOfFile: written.markdownPath, encoding: .utf8)
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("<b>bold"))
        #expect(markdown.contains("Fine.&lt;/details>&lt;img"))
        #expect(markdown.components(separatedBy: "</details>").count - 1 == 3)
    }

    @Test("the JSON twin alone renders the same markdown")
    func jsonRoundTrip() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        harness.script(R(verdict: "approve", findings: [Self.missingIndex[0]]).step, R(verdict: "reject").step, .answer("not json"))
        let written = try await harness.run(ReviewRequest(kind: .schemaReview, files: [try harness.fixture("shop.sqlite.sql")]))
        let decoded = try RecordWriter.decode(Data(contentsOf: URL(fileURLWithPath: written.jsonPath)))
        let markdown = try String(contentsOfFile: written.markdownPath, encoding: .utf8)
        #expect(MarkdownRecord.render(decoded) == markdown)
    }
}
