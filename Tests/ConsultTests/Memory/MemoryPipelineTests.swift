import Consult
import Foundation
import LoopbackServer
import Memory
import Testing

/// The memory as the pipeline uses it, through the loopback panel: related decisions shown to the
/// architect, the response cache, "since the last review", and a rebuild from the JSON records that
/// answers every query the same.
@Suite("Memory in the pipeline")
struct MemoryPipelineTests {
    typealias R = ScriptedReply

    static let index = R.finding("indexing", "high", "orders.customer_id", "Missing index on orders.customer_id")
    static let money = R.finding("types", "high", "orders.total", "Money stored in a floating-point column")
    static let password = R.finding("security", "critical", "customers.password", "Plaintext password column")

    func scriptPanel(_ harness: PipelineHarness, architect: [[String: String]]) {
        harness.script(R(verdict: "approve-with-changes", findings: architect, summary: "Fix the index.").step,
                       R(verdict: "approve-with-changes", findings: [Self.index], summary: "Needs an index.").step,
                       R(verdict: "reject", findings: [Self.index], summary: "Rework first.").step)
    }

    @Test("a second review of the same schema: related, compared with the last, assessor answers from the cache")
    func secondReview() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let memory = try DecisionMemory(path: harness.directory + "/.review/memory.sqlite")
        let schema = try harness.fixture("shop.sqlite.sql")
        let request = ReviewRequest(kind: .schemaReview, files: [schema])
        scriptPanel(harness, architect: [Self.index, Self.money])
        let first = try await harness.run(request, memory: memory)
        #expect(first.record.related.isEmpty)
        #expect(first.record.sinceLast == nil)
        #expect(!first.record.panel.contains { $0.fromCache })

        scriptPanel(harness, architect: [Self.index, Self.password])
        let later = PipelineHarness.date.addingTimeInterval(86_400)
        let second = try await harness.run(request, memory: memory, now: later)
        let record = second.record
        #expect(record.related.map(\.number) == [1])
        #expect(record.related.first?.reason == "same schema fingerprint")
        let change = try #require(record.sinceLast)
        #expect(change.previousNumber == 1)
        #expect(change.newFindings == ["Plaintext password column"])
        #expect(change.resolvedFindings == ["Money stored in a floating-point column"])
        #expect(!change.fingerprintChanged)

        // The architect sees the related decision, so its prompt changed and it is asked again; the other
        // two roles get the same prompt as before and answer from the cache, dated when first given.
        #expect(harness.server.requestCount(path: "/v1/chat/completions") == 2)
        #expect(harness.server.requestCount(path: "/v1/messages") == 1)
        let architectPrompt = harness.server.requests.last { $0.path == "/v1/chat/completions" }?.bodyText ?? ""
        #expect(architectPrompt.contains("Related decisions made before"))
        #expect(architectPrompt.contains("0001 ("))
        #expect(record.panel.map(\.fromCache) == [false, true, true])
        #expect(record.panel[1].answeredAt == PipelineHarness.date)
        #expect(record.panel[0].answeredAt == later)

        let markdown = MarkdownRecord.render(record)
        #expect(markdown.contains("## Since the last review"))
        #expect(markdown.contains("- New findings: Plaintext password column"))
        #expect(markdown.contains("## Related decisions"))
        #expect(markdown.contains("ok (cached)"))

        // --no-cache asks everyone again.
        _ = try await harness.run(request, memory: memory, cache: false, now: later)
        #expect(harness.server.requestCount(path: "/v1/messages") == 2)
    }

    @Test("no API key the panel used reaches the memory file")
    func noSecrets() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let path = harness.directory + "/.review/memory.sqlite"
        let memory = try DecisionMemory(path: path)
        scriptPanel(harness, architect: [Self.index])
        let schema = try harness.fixture("shop.sqlite.sql")
        for day in 0..<2 {
            _ = try await harness.run(ReviewRequest(kind: .schemaReview, files: [schema]), memory: memory,
                                      now: PipelineHarness.date.addingTimeInterval(Double(day) * 86_400))
        }
        #expect(try memory.store.count() == 2)
        var bytes = Data()
        for suffix in ["", "-wal"] { bytes += (try? Data(contentsOf: URL(fileURLWithPath: path + suffix))) ?? Data() }
        #expect(bytes.count > 10_000)
        // The scan can find what it looks for: the panel's model names are in the file.
        #expect(bytes.range(of: Data("test-claude".utf8)) != nil)
        for key in HarnessKeys.all {
            #expect(bytes.range(of: Data(key.utf8)) == nil, "a key reached \(path)")
            #expect(bytes.range(of: Data(key.suffix(12).utf8)) == nil, "part of a key reached \(path)")
        }
    }

    /// Every query the commands make, as one comparable value.
    struct Answers: Equatable {
        var history: [DecisionSummary]
        var byKind: [DecisionSummary]
        var searches: [[SearchHit]]
        var related: [RelatedMatch]
        var calibration: [TierCalibration]
        var decisions: [DecisionRow?]
        var outcomes: [[Outcome]]
        var last: DecisionRow?

        init(_ store: MemoryStore, schema: String) throws {
            history = try store.history(limit: 100)
            byKind = try store.history(kind: "selection", since: PipelineHarness.date, limit: 100)
            searches = try ["index", "orders customer", "ledger", "password", "nothing-matches-this"].map { try store.search($0) }
            related = try store.related(fingerprints: [], paths: [schema], question: "Which database for a ledger?")
            calibration = try store.calibration()
            decisions = try (1...5).map { try store.decision(number: $0) }
            outcomes = try (1...5).map { try store.outcomes(number: $0) }
            last = try store.decision(number: 4).flatMap { try store.lastDecision(sameAs: $0) }
        }
    }

    @Test("memory rebuild from the JSON records answers every query the same")
    func rebuildRoundTrip() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let path = harness.directory + "/.review/memory.sqlite"
        let memory = try DecisionMemory(path: path)
        let schema = try harness.fixture("shop.sqlite.sql")
        scriptPanel(harness, architect: [Self.index, Self.money])
        _ = try await harness.run(ReviewRequest(kind: .schemaReview, files: [schema]), memory: memory)
        harness.script(R(database: "PostgreSQL", summary: "A ledger wants PostgreSQL.").step,
                       R(database: "PostgreSQL", summary: "PostgreSQL.").step, R(database: "MySQL", summary: "MySQL.").step)
        _ = try await harness.run(ReviewRequest(kind: .selection, question: "Which database for a multi-tenant ledger?",
                                                requirements: ["acid"]), memory: memory, now: PipelineHarness.date.addingTimeInterval(60))
        _ = try await harness.run(ReviewRequest(kind: .selection, question: "Which database for a multi-tenant ledger?",
                                                requirements: ["acid"]), memory: memory, now: PipelineHarness.date.addingTimeInterval(120))
        scriptPanel(harness, architect: [Self.index, Self.password])
        _ = try await harness.run(ReviewRequest(kind: .schemaReview, files: [schema]), memory: memory,
                                  now: PipelineHarness.date.addingTimeInterval(180))
        _ = try await harness.run(ReviewRequest(kind: .schemaReview, files: [schema]), panel: false, memory: memory,
                                  now: PipelineHarness.date.addingTimeInterval(240))
        #expect(try memory.recordOutcome(Outcome(outcome: .upheld, note: "held", recordedAt: PipelineHarness.date), number: 1) != nil)
        #expect(try memory.recordOutcome(Outcome(outcome: .overturned, note: nil, recordedAt: PipelineHarness.date), number: 2) != nil)
        #expect(try memory.recordOutcome(Outcome(outcome: .upheld, note: "after all", recordedAt: PipelineHarness.date), number: 2) != nil)

        let live = try Answers(memory.store, schema: schema)
        #expect(live.history.count == 5)
        #expect(live.searches[0].count >= 2)
        #expect(live.searches[4].isEmpty)
        // Decisions 1 and 2 are majority decisions; 2 was overturned, then upheld: the latest outcome counts.
        #expect(live.calibration.first { $0.tier == "majority" }.map { [$0.upheld, $0.overturned] } == [2, 0])
        #expect(live.last?.number == 1)

        let rebuiltPath = harness.directory + "/rebuilt.sqlite"
        let result = try MemoryRebuild.rebuild(reports: harness.directory + "/reports", into: rebuiltPath)
        #expect(result.decisions == 5)
        #expect(result.outcomes == 3)
        #expect(result.skipped.isEmpty)
        let rebuilt = try Answers(MemoryStore(path: rebuiltPath), schema: schema)
        #expect(rebuilt == live)
    }

    /// A stored decision of `tier` that no record backs, for calibration.
    static func synthetic(_ number: Int, tier: String) -> DecisionRow {
        DecisionRow(number: number, kind: "general", title: "Past \(number)", question: "Past question \(number)", status: "proposed",
                    tier: tier, option: "approve", optionLabel: "Approve", createdAt: PipelineHarness.date, toolVersion: "test",
                    promptsFingerprint: "p", promptHashes: [:], markdownPath: "past/\(number).md", jsonPath: "past/\(number).json",
                    summary: "", inputs: [], answers: [], findings: [])
    }

    @Test("once a tier has 10 judged outcomes, new records show its track record next to the nominal percentage")
    func calibrationNote() async throws {
        let harness = try PipelineHarness()
        defer { harness.cleanUp() }
        let memory = try DecisionMemory(path: harness.directory + "/.review/memory.sqlite")
        let schema = try harness.fixture("shop.sqlite.sql")
        scriptPanel(harness, architect: [Self.index])
        for number in 101...110 {
            try memory.store.store(Self.synthetic(number, tier: "majority"))
            if number < 110 {
                _ = try memory.store.record(Outcome(outcome: number == 101 ? .overturned : .upheld, note: nil, recordedAt: PipelineHarness.date),
                                            number: number)
            }
        }
        let nine = try await harness.run(ReviewRequest(kind: .schemaReview, files: [schema]), memory: memory)
        #expect(nine.record.decision?.tier == .majority)
        #expect(nine.record.calibration == nil)

        _ = try memory.store.record(Outcome(outcome: .upheld, note: nil, recordedAt: PipelineHarness.date), number: 110)
        let ten = try await harness.run(ReviewRequest(kind: .schemaReview, files: [schema]), memory: memory)
        let note = try #require(ten.record.calibration)
        #expect(note.tier == "majority" && note.outcomes == 10 && note.upheld == 9)
        #expect(abs(note.lower - 0.5958) < 0.0005 && abs(note.upper - 0.9821) < 0.0005)
        #expect(MarkdownRecord.render(ten.record).contains(
            "**Track record:** 9 of 10 past majority decisions with an outcome were upheld (90%, 95% interval 60–98%) against a nominal 90%."))
    }
}
