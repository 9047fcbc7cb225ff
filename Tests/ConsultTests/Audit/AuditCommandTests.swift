import Consult
import Foundation
import LoopbackServer
import SQLiteDB
import Testing

/// `review audit` as a process: killed half way and started again with the same arguments, it continues in
/// the same report directory, asks no panelist again whose reply it had stored, and ends with the report an
/// uninterrupted audit writes. Also the usage errors.
@Suite("review audit, as a process")
struct AuditCommandTests {
    typealias Sandbox = ReviewCommandTests.Sandbox
    typealias Command = MemoryCommandTests

    static func prepare(_ sandbox: Sandbox, _ server: LoopbackServer) throws {
        // All requests in flight at once (3 items × 3 panelists), answered together.
        try sandbox.write("review.toml", "[panel]\nprovider_concurrency = 16\n\n" + ReviewCommandTests.panelConfig(server))
        try FileManager.default.createDirectory(atPath: sandbox.directory + "/audit", withIntermediateDirectories: true)
        for name in ["a", "b", "c"] {
            try sandbox.write("audit/\(name).sql", "CREATE TABLE \(name)_items (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n")
        }
    }

    static func script(_ server: LoopbackServer) {
        let reply = ScriptedReply(verdict: "approve-with-changes", summary: "Fine.")
        server.route("/v1/chat/completions", .awaitingPeers(9, reply.step))
    }

    /// The report's rows without what differs between two sandboxes (record paths and numbers).
    static func rows(_ sandbox: Sandbox) throws -> [AuditItemResult] {
        let audits = sandbox.files(in: "reports/audits")
        #expect(audits.count == 1, "\(audits)")
        let data = try Data(contentsOf: URL(fileURLWithPath: sandbox.directory + "/reports/audits/" + audits[0] + "/summary.json"))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(AuditReport.self, from: data).items.map { item in
            var item = item
            item.recordPath = nil
            item.recordNumber = nil
            return item
        }
    }

    /// Killed while storing the first decision (none kept) or the second (the first kept: its question
    /// matches the others' by text, so only the audit's pinned view of the memory keeps their prompts, and
    /// so their cache keys, as they were).
    @Test("killed while storing a decision, the audit run again continues, asks no stored reply twice, and ends with the uninterrupted report",
          arguments: [("commit", 0), ("commit:2", 1)])
    func resumeAfterKill(crashAt: String, kept: Int) throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        Self.script(server)
        let sandbox = try Sandbox()
        try Self.prepare(sandbox, server)
        let arguments = ["audit", "audit", "--concurrency", "16"]

        let killed = Command.finish(try Command.start(sandbox, environment: ["REVIEW_MEMORY_CRASH_AT": crashAt], arguments))
        #expect(killed.status == SIGKILL, "\(killed.stderr)")
        let sentBeforeKill = server.requestCount()
        #expect(sentBeforeKill == 9)
        let database = try SQLiteConnection(path: sandbox.directory + "/.review/memory.sqlite")
        #expect(try database.query("SELECT count(*) FROM decisions").first?[0].integer == Int64(kept))
        // At least the replies of the items whose decisions were being stored were kept.
        let cached = Int(try database.query("SELECT count(*) FROM response_cache").first?[0].integer ?? 0)
        #expect(cached >= 3 * (kept + 1))

        let resumed = Command.finish(try Command.start(sandbox, arguments))
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // Only replies the kill lost are asked again: with every reply stored, nothing.
        #expect(server.requestCount() - sentBeforeKill == 9 - cached)
        #expect(try database.query("SELECT count(*) FROM decisions").first?[0].integer == 3)
        // The nightly maintenance ran: the search index is merged into one segment.
        #expect(try database.query("SELECT count(DISTINCT segid) FROM decisions_fts_idx").first?[0].integer == 1)
        let rows = try Self.rows(sandbox)
        #expect(rows.map(\.status) == [.asked, .asked, .asked])
        #expect(rows.allSatisfy { $0.change == "new" })

        // The same report as an audit that was never stopped.
        let fresh = try LoopbackServer()
        defer { fresh.stop() }
        Self.script(fresh)
        let other = try Sandbox()
        try Self.prepare(other, fresh)
        let uninterrupted = Command.finish(try Command.start(other, arguments))
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        #expect(try Self.rows(other) == rows)
    }

    @Test("usage errors exit with 2 and say what to do", arguments: [
        (["audit", "missing"], "missing does not exist"),
        (["audit", "audit", "--concurrency", "0"], "--concurrency must be at least 1"),
        (["audit", "audit", "--fail-on", "vibes"], "unknown --fail-on 'vibes'"),
        (["audit", "audit", "--budget=-1"], "--budget must be a non-negative amount"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let sandbox = try Sandbox()
        try Self.prepare(sandbox, server)
        let result = Command.finish(try Command.start(sandbox, arguments))
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(server.requestCount() == 0)
    }

    @Test("a panel that fails on every item exits with 3; --format json prints summary.json")
    func wholePanelFails() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/v1/chat/completions", .serverError)
        let sandbox = try Sandbox()
        try Self.prepare(sandbox, server)
        let result = Command.finish(try Command.start(sandbox, ["audit", "audit", "--format", "json"]))
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("no panelist gave a usable answer for any item"))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let report = try decoder.decode(AuditReport.self, from: Data(result.stdout.utf8))
        #expect(report.items.count == 3 && report.items.allSatisfy(\.panelFailed))
        #expect(report.summary.escalations.count == 3)
    }
}
