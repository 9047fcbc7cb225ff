import Consensus
import Consult
import Foundation
import LoopbackServer
import ModelClients
import Support
import Testing

/// `review audit` in-process against the loopback panel: a mixed audit end to end, an incremental rerun,
/// drift on a changed schema, the budget, and the report's files.
@Suite("Audits against the loopback panel")
struct AuditSchedulerTests {
    static let approve = ScriptedReply(verdict: "approve-with-changes", database: "postgresql", summary: "Sound enough.")

    @Test("a mixed audit (two schemas, a .toml and a .md question) asks each panelist once per item and writes the report")
    func mixedAudit() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        try harness.writeMixed()
        harness.script(Self.approve)
        let progress = Locked<[AuditProgress]>([])
        let report = try await harness.run(progress: { event in progress.withLock { $0.append(event) } })

        #expect(harness.server.requestCount() == 12)
        #expect(report.items.map(\.id) == ["blog.sql", "questions/ledger.question.toml", "questions/reports.question.md", "shop.sql"])
        #expect(report.items.map(\.status) == Array(repeating: .asked, count: 4))
        #expect(report.items.map(\.kind) == ["schema-review", "selection", "selection", "schema-review"])
        #expect(report.items.allSatisfy { $0.tier == "unanimous" && $0.change == "new" && $0.drift.isEmpty })
        #expect(report.items.map(\.decision) == ["Approve with changes", "PostgreSQL", "PostgreSQL", "Approve with changes"])
        #expect(report.summary.tiers == ["unanimous": 4])
        #expect(abs(report.summary.costUSD - 12 * AuditHarness.replyCost) < 1e-9)
        #expect(report.exitCode(failOn: Set(AuditItemResult.Drift.allCases)) == 0)

        // Every record exists and is in the memory; the report links each one.
        let index = try String(contentsOfFile: report.directory + "/index.md", encoding: .utf8)
        for item in report.items {
            let path = try #require(item.recordPath)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(index.contains("(../../" + (path as NSString).lastPathComponent + ")"))
        }
        #expect(index.contains("- Tiers: unanimous 4"))
        #expect((report.directory as NSString).lastPathComponent.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report.directory + "/summary.json"))) as? [String: Any]
        #expect((summary?["items"] as? [Any])?.count == 4)
        let last = try #require(progress.current.last)
        #expect(last.done == 4 && last.total == 4 && last.running == 0)
        #expect(progress.current.contains { $0.running > 0 })
    }

    @Test("an incremental rerun asks nothing: every item is carried with its previous decision")
    func incrementalRerun() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        try harness.writeMixed()
        harness.script(Self.approve)
        let first = try await harness.run()
        #expect(harness.server.requestCount() == 12)

        let second = try await harness.run()
        #expect(harness.server.requestCount() == 12, "the rerun sent requests")
        #expect(second.items.map(\.status) == Array(repeating: .carried, count: 4))
        #expect(second.items.map(\.recordPath) == first.items.map(\.recordPath))
        #expect(second.items.map(\.tier) == first.items.map(\.tier))
        #expect(second.summary.costUSD == 0)
        #expect(second.directory != first.directory && second.directory.hasSuffix("-2"))
        #expect(second.exitCode(failOn: Set(AuditItemResult.Drift.allCases)) == 0)

        // --force asks again, every item.
        let forced = try await harness.run(AuditOptions(force: true))
        #expect(forced.items.map(\.status) == Array(repeating: .asked, count: 4))
        #expect(forced.items.allSatisfy { $0.change.hasPrefix("unchanged (since ") })
    }

    @Test("a changed schema is asked again; a new high-severity finding and a dropped tier are flagged as drift")
    func changedSchemaDrifts() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        try harness.writeMixed()
        harness.script(Self.approve)
        _ = try await harness.run()

        try harness.write("shop.sql", String(contentsOfFile: harness.auditDirectory + "/shop.sql", encoding: .utf8)
            + "CREATE TABLE coupons (id INTEGER PRIMARY KEY, code TEXT NOT NULL);\n")
        var finding = Self.approve
        finding.findings = [ScriptedReply.finding("indexing", "high", "orders.customer_id", "Missing index on orders.customer_id")]
        var reject = finding
        reject.verdict = "reject"
        harness.pipeline.script(finding.step, finding.step, reject.step)
        let report = try await harness.run()

        #expect(harness.server.requestCount() == 15, "only the changed schema is asked again")
        let shop = try #require(report.items.first { $0.id == "shop.sql" })
        #expect(shop.status == .asked)
        #expect(shop.tier == "majority")
        #expect(shop.drift == [.tier, .findings])
        #expect(shop.newHighFindings == ["Missing index on orders.customer_id"])
        #expect(shop.change.contains("schema changed") && shop.change.contains("tier unanimous → majority"))
        #expect(report.items.filter { $0.id != "shop.sql" }.allSatisfy { $0.status == .carried })
        #expect(report.summary.drift == ["shop.sql"])
        #expect(report.exitCode(failOn: Set(AuditItemResult.Drift.allCases)) == 1)
        #expect(report.exitCode(failOn: [.decision]) == 0)
        #expect(try String(contentsOfFile: report.directory + "/index.md", encoding: .utf8).contains("**drift** "))
    }

    @Test("once spending reaches the budget no new item starts; the rest are listed as skipped for budget")
    func budgetStop() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        for name in ["a", "b", "c", "d", "e", "f"] {
            try harness.write("\(name).sql", "CREATE TABLE \(name)_items (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n")
        }
        harness.script(Self.approve)
        // One request slot: three items start at once (one asking, two queued), and the first to finish
        // spends three replies' worth, which is the budget.
        let report = try await harness.run(AuditOptions(concurrency: 1, budgetUSD: 3 * AuditHarness.replyCost - 1e-12))

        #expect(report.items.filter { $0.status == .asked }.count == 3)
        #expect(report.items.filter { $0.status == .skippedForBudget }.map(\.id) == ["d.sql", "e.sql", "f.sql"])
        #expect(harness.server.requestCount() == 9)
        #expect(abs(report.summary.costUSD - 9 * AuditHarness.replyCost) < 1e-9)
        #expect(report.estimate.items == 6 && report.estimate.maxCostUSD > report.budgetUSD!)
        #expect(try String(contentsOfFile: report.directory + "/index.md", encoding: .utf8).contains("| skipped-budget |"))

        // The next run with room in the budget asks only the skipped ones.
        let next = try await harness.run(AuditOptions(concurrency: 1, budgetUSD: 1))
        #expect(next.items.filter { $0.status == .asked }.map(\.id) == ["d.sql", "e.sql", "f.sql"])
        #expect(harness.server.requestCount() == 18)
    }

    @Test("--max-tokens stops new items the same way, counting input and output tokens from usage")
    func tokenBudgetStop() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        for name in ["a", "b", "c", "d"] {
            try harness.write("\(name).sql", "CREATE TABLE \(name)_items (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n")
        }
        harness.script(Self.approve)
        // A loopback reply uses 120 input and 40 output tokens: the first item uses 480.
        let report = try await harness.run(AuditOptions(concurrency: 1, maxTokens: 480))
        #expect(report.items.map(\.status) == [.asked, .asked, .asked, .skippedForBudget])
        #expect(report.summary.tokens == 9 * 160)
        #expect(harness.server.requestCount() == 9)
    }

    @Test("the whole panel failing gives exit code 3; a conflicting item gives 1")
    func exitCodes() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        try harness.write("a.sql", "CREATE TABLE a_items (id INTEGER PRIMARY KEY);\n")
        harness.pipeline.script(.serverError, .serverError, .serverError)
        let failed = try await harness.run()
        #expect(failed.items.first?.panelFailed == true)
        #expect(failed.exitCode(failOn: []) == 3)

        var reject = Self.approve
        reject.verdict = "reject"
        var approve = Self.approve
        approve.verdict = "approve"
        harness.pipeline.script(approve.step, reject.step, .serverError)
        let conflicting = try await harness.run()
        #expect(conflicting.items.first?.escalated == true)
        #expect(conflicting.exitCode(failOn: []) == 1)
    }

    @Test("an item that cannot be read stops the audit before anyone is asked, naming the item")
    func unreadableItem() async throws {
        let harness = try AuditHarness()
        defer { harness.cleanUp() }
        try harness.write("a.sql", "CREATE TABLE a_items (id INTEGER PRIMARY KEY);\n")
        try harness.write("questions/q.question.toml", "question = \"Which?\"\ncontext = [\"missing.sql\"]\n")
        harness.script(Self.approve)
        await #expect {
            _ = try await harness.run()
        } throws: { error in
            "\(error)".hasPrefix("questions/q.question.toml: ") && "\(error)".contains("missing.sql")
        }
        #expect(harness.server.requestCount() == 0)
        #expect(!FileManager.default.fileExists(atPath: harness.reports + "/audits"))
    }
}
