import Foundation
import Consult
import LoopbackServer
import Testing

/// The `review` executable itself: exit codes, where records go, --format json, --dry-run. Runs the binary
/// that `swift test` built, in a fresh directory, with no provider key in its environment.
@Suite("review FILE.sql and review ask, as a process")
struct ReviewCommandTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/review").path

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    final class Sandbox {
        let directory: String

        init() throws {
            directory = NSTemporaryDirectory() + "review-cli-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: PipelineHarness.fixtures.appendingPathComponent("shop.sqlite.sql").path,
                                             toPath: directory + "/shop.sql")
        }

        deinit { try? FileManager.default.removeItem(atPath: directory) }

        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }

        func files(in folder: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + folder)) ?? []).sorted()
        }

        func run(_ arguments: String...) throws -> Result {
            try #require(FileManager.default.isExecutableFile(atPath: ReviewCommandTests.binary),
                         "the review binary is not at \(ReviewCommandTests.binary); run `swift build` first")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ReviewCommandTests.binary)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory, "NO_COLOR": "1"]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                          stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    /// A review.toml with three OpenAI-compatible panelists on the loopback server.
    static func panelConfig(_ server: LoopbackServer) -> String {
        ["a", "b", "c"].map { name in
            """
            [[panelist]]
            name = "\(name)"
            provider = "openai-compatible"
            model = "model-\(name)"
            base_url = "\(server.baseURL)/v1"
            retries = 0

            """
        }.joined()
    }

    @Test("no panel configured: the record of the deterministic checks is written and the exit code is 0")
    func noPanel() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run("shop.sql")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(sandbox.files(in: "reports") == ["0001-schema-review-of-shop-sql.json", "0001-schema-review-of-shop-sql.md"])
        #expect(result.stderr.contains("no panelist is configured"))
        // A second run never overwrites: it takes the next number.
        #expect(try sandbox.run("schema", "shop.sql", "--out", "reports").status == 0)
        #expect(sandbox.files(in: "reports").contains("0002-schema-review-of-shop-sql.md"))
    }

    @Test("`review FILE` and `review --option FILE` are schema reviews; the root's own flags stay the root's")
    func routing() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run("--fail-on", "never", "shop.sql").status == 0)
        #expect(sandbox.files(in: "reports").contains("0001-schema-review-of-shop-sql.md"))
        let version = try sandbox.run("--version")
        #expect(version.status == 0 && version.stdout == ReviewVersion.current + "\n")
        let help = try sandbox.run("--help")
        #expect(help.status == 0 && help.stdout.contains("SUBCOMMANDS:") && help.stdout.contains("schema"))
        #expect(try sandbox.run().stdout == help.stdout, "bare `review` shows the overview")
        let schemaHelp = try sandbox.run("shop.sql", "--help")
        #expect(schemaHelp.status == 0 && schemaHelp.stdout.contains("Review a schema with the panel"))
        #expect(try sandbox.run("help", "lint").stdout.contains("Check DDL against design rules"))
        #expect(sandbox.files(in: "reports").count == 2, "only the one review wrote a record (and its JSON twin)")
    }

    @Test("input and usage errors exit with 2 and say what to do")
    func usageErrors() throws {
        let sandbox = try Sandbox()
        let missing = try sandbox.run("nope.sql")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.sql"))
        #expect(try sandbox.run("shop.sql", "--fail-on", "sometimes").status == 2)
        let requirement = try sandbox.run("shop.sql", "--require", "acidd")
        #expect(requirement.status == 2)
        #expect(requirement.stderr.contains("acid"))
        #expect(try sandbox.run("ask", "Which database?", "--kind", "astrology").status == 2)
        try sandbox.write("binary.sql", "CREATE TABLE t (id int);\u{0}\u{1}\u{2}")
        #expect(try sandbox.run("binary.sql").status == 2)
        #expect(sandbox.files(in: "reports").isEmpty)
    }

    @Test("every panelist fails: exit code 3, and the record with every reply is still written")
    func wholePanelFails() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/v1/chat/completions", .error(status: 503, message: "The model is overloaded."))
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", Self.panelConfig(server))
        let result = try sandbox.run("shop.sql")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("no panelist gave a usable answer"))
        let record = try String(contentsOfFile: sandbox.directory + "/reports/0001-schema-review-of-shop-sql.md", encoding: .utf8)
        #expect(record.contains("The model is overloaded."))
        #expect(server.requestCount() == 3)
    }

    @Test("--fail-on a tier exits 1 when the panel conflicts; --format json prints the record")
    func failOnAndJSON() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/v1/chat/completions", model: "model-a", ScriptedReply(verdict: "approve").step)
        server.route("/v1/chat/completions", model: "model-b", ScriptedReply(verdict: "reject").step)
        server.route("/v1/chat/completions", model: "model-c", ScriptedReply(verdict: "approve-with-changes").step)
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", Self.panelConfig(server))
        let result = try sandbox.run("shop.sql", "--fail-on", "conflicting", "--format", "json")
        #expect(result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["decision"] as? [String: Any])?["tier"] as? String == "conflicting")
        #expect((json["panel"] as? [Any])?.count == 3)
        #expect(try sandbox.run("shop.sql", "--fail-on", "never").status == 0)
    }

    @Test("--dry-run prints every role's prompt and an estimate, and asks no one")
    func dryRun() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let sandbox = try Sandbox()
        try sandbox.write("review.toml", Self.panelConfig(server))
        let result = try sandbox.run("ask", "Should orders be partitioned by month?", "--kind", "scaling",
                                     "--context", "shop.sql", "--dry-run")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("===== architect"))
        #expect(result.stdout.contains("Should orders be partitioned by month?"))
        #expect(result.stdout.contains("input tokens"))
        #expect(server.requests.isEmpty)
        #expect(sandbox.files(in: "reports").isEmpty)
    }
}
