import Foundation
import LoopbackServer
import Memory
import Testing

/// The memory through the `review` executable: a kill at every step of storing a decision, concurrent
/// processes, a corrupt file, and the memory commands with --format json.
@Suite("Memory, as processes")
struct MemoryCommandTests {
    typealias Sandbox = ReviewCommandTests.Sandbox

    /// Runs the binary in `sandbox` with extra environment variables; `wait: false` returns the running process.
    static func start(_ sandbox: Sandbox, environment: [String: String] = [:], _ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReviewCommandTests.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: sandbox.directory)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": sandbox.directory, "NO_COLOR": "1"].merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    static func finish(_ started: (Process, Pipe, Pipe)) -> ReviewCommandTests.Result {
        let stdout = started.1.fileHandleForReading.readDataToEndOfFile()
        let stderr = started.2.fileHandleForReading.readDataToEndOfFile()
        started.0.waitUntilExit()
        return ReviewCommandTests.Result(status: started.0.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                         stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func panel(_ server: LoopbackServer) {
        server.route("/v1/chat/completions", ScriptedReply(verdict: "approve-with-changes", findings: [
            ScriptedReply.finding("indexing", "high", "orders.customer_id", "Missing index on orders.customer_id"),
        ], summary: "Add the index.").step)
    }

    @Test("killed at any step of storing a decision: the memory opens sound, without that decision; rebuild adds it",
          arguments: ["decision", "inputs", "answers", "findings", "search-index", "commit"])
    func killBetweenSteps(step: String) throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        Self.panel(server)
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", ReviewCommandTests.panelConfig(server))
        #expect(Self.finish(try Self.start(sandbox, ["shop.sql"])).status == 0)
        let killed = Self.finish(try Self.start(sandbox, environment: ["REVIEW_MEMORY_CRASH_AT": step], ["shop.sql", "--no-cache"]))
        #expect(killed.status == SIGKILL, "\(killed.stderr)")
        #expect(sandbox.files(in: "reports").filter { $0.hasSuffix(".json") }.count == 2)

        let store = try MemoryStore(path: sandbox.directory + "/.review/memory.sqlite")
        #expect(try store.verify().isEmpty)
        #expect(try store.count() == 1)
        let kept = try #require(try store.decision(number: 1))
        #expect(kept.answers.count == 3 && kept.findings.count == 1)
        #expect(try store.decision(number: 2) == nil)

        let rebuilt = Self.finish(try Self.start(sandbox, ["memory", "rebuild"]))
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(try MemoryStore(path: sandbox.directory + "/.review/memory.sqlite").count() == 2)
    }

    @Test("four review processes writing one memory at once all succeed, each with its own number")
    func concurrentWriters() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        Self.panel(server)
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", ReviewCommandTests.panelConfig(server))
        let started = try (0..<4).map { _ in try Self.start(sandbox, ["shop.sql", "--no-cache"]) }
        let results = started.map(Self.finish)
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        let store = try MemoryStore(path: sandbox.directory + "/.review/memory.sqlite")
        #expect(try store.count() == 4)
        #expect(try store.history().map(\.number).sorted() == [1, 2, 3, 4])
        #expect(try store.verify().isEmpty)
    }

    @Test("a corrupt memory file: exit 2, the path named, the file untouched, nothing asked")
    func corruptMemory() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        Self.panel(server)
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", ReviewCommandTests.panelConfig(server))
        try FileManager.default.createDirectory(atPath: sandbox.directory + "/.review", withIntermediateDirectories: true)
        try sandbox.write(".review/memory.sqlite", String(repeating: "not a database\n", count: 300))
        let result = Self.finish(try Self.start(sandbox, ["shop.sql"]))
        #expect(result.status == 2)
        #expect(result.stderr.contains(".review/memory.sqlite is not a review memory"))
        #expect(server.requestCount() == 0)
        #expect(try String(contentsOfFile: sandbox.directory + "/.review/memory.sqlite", encoding: .utf8)
            == String(repeating: "not a database\n", count: 300))
        let history = Self.finish(try Self.start(sandbox, ["history"]))
        #expect(history.status == 2)
        let rebuild = Self.finish(try Self.start(sandbox, ["memory", "rebuild"]))
        #expect(rebuild.status == 2)
        #expect(rebuild.stderr.contains("move it away"))
    }

    @Test("history, show, search, diff, outcome, calibration: text and --format json; REVIEW_MEMORY and --memory")
    func commands() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        Self.panel(server)
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", ReviewCommandTests.panelConfig(server))
        let env = ["REVIEW_MEMORY": "mem/custom.sqlite"]
        for _ in 0..<2 { #expect(Self.finish(try Self.start(sandbox, environment: env, ["shop.sql"])).status == 0) }
        #expect(FileManager.default.fileExists(atPath: sandbox.directory + "/mem/custom.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.directory + "/.review/memory.sqlite"))

        let history = Self.finish(try Self.start(sandbox, ["history", "--memory", "mem/custom.sqlite", "--format", "json"]))
        #expect(history.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(list.compactMap { $0["number"] as? Int } == [2, 1])

        let show = Self.finish(try Self.start(sandbox, environment: env, ["show", "2"]))
        #expect(show.stdout.hasPrefix("# 0002. Schema review of shop.sql"))
        #expect(show.stdout.contains("## Since the last review"))
        #expect(show.stdout.contains("## Related decisions"))

        let search = Self.finish(try Self.start(sandbox, environment: env, ["search", "customer index"]))
        #expect(search.status == 0)
        #expect(search.stdout.contains("[index]") || search.stdout.contains("[Index]"))

        let diff = Self.finish(try Self.start(sandbox, environment: env, ["diff", "1", "2", "--format", "json"]))
        let change = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        #expect((change["change"] as? [String: Any])?["decisionChanged"] as? Bool == false)

        #expect(Self.finish(try Self.start(sandbox, environment: env, ["outcome", "1", "upheld", "--note", "fine"])).status == 0)
        #expect(sandbox.files(in: "reports").contains("0001-schema-review-of-shop-sql.outcomes.json"))
        let missing = Self.finish(try Self.start(sandbox, environment: env, ["outcome", "7", "upheld"]))
        #expect(missing.status == 2 && missing.stderr.contains("no decision 7"))
        let bad = Self.finish(try Self.start(sandbox, environment: env, ["outcome", "1", "maybe"]))
        #expect(bad.status == 2)

        let calibration = Self.finish(try Self.start(sandbox, environment: env, ["calibration", "--format", "json"]))
        let tiers = try #require(try JSONSerialization.jsonObject(with: Data(calibration.stdout.utf8)) as? [[String: Any]])
        #expect(tiers.first?["upheld"] as? Int == 1)
    }

    @Test("--dry-run creates no memory")
    func dryRunWritesNothing() throws {
        let sandbox = try Sandbox()
        let result = Self.finish(try Self.start(sandbox, ["shop.sql", "--dry-run"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.directory + "/.review"))
    }
}
