import Consult
import Foundation
import LoopbackServer
import ModelClients

/// An audit directory in a temporary folder, the loopback panel of `PipelineHarness` (with prices, so
/// spending is known), a memory and reports of its own; `run` runs the audit in-process as `review audit` does.
struct AuditHarness {
    let pipeline: PipelineHarness
    var directory: String { pipeline.directory }
    var auditDirectory: String { directory + "/audit" }
    var reports: String { directory + "/reports" }

    /// $1 per million input tokens, $5 per million output: a loopback reply (120 in, 40 out) costs $0.00032.
    static let price = Price(input: 1, output: 5)
    static let replyCost = 0.00032

    init() throws {
        pipeline = try PipelineHarness()
        try FileManager.default.createDirectory(atPath: auditDirectory + "/questions", withIntermediateDirectories: true)
    }

    var panel: Panel {
        var panel = pipeline.panel
        for index in panel.panelists.indices { panel.panelists[index].price = Self.price }
        return panel
    }

    var server: LoopbackServer { pipeline.server }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: auditDirectory + "/" + name, atomically: true, encoding: .utf8)
    }

    /// Every panelist answers `reply`.
    func script(_ reply: ScriptedReply) {
        pipeline.script(reply.step, reply.step, reply.step)
    }

    /// A mixed audit: two schemas (SQLite, MySQL) and two questions (.toml and .md).
    func writeMixed() throws {
        try FileManager.default.copyItem(atPath: PipelineHarness.fixtures.appendingPathComponent("shop.sqlite.sql").path,
                                         toPath: auditDirectory + "/shop.sql")
        try write("blog.sql", """
            CREATE TABLE `authors` (`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, `email` VARCHAR(190) NOT NULL,
              PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
            """)
        try write("questions/ledger.question.toml", """
            kind = "selection"
            question = "Which database for the ledger?"
            context = ["../blog.sql"]
            require = ["acid"]
            """)
        try write("questions/reports.question.md", """
            +++
            kind = "selection"
            +++
            Which database for the monthly reports, with ad-hoc joins?
            """)
    }

    /// Runs the audit of the directory (or `path`) with `options`; the memory is opened for the run and closed after.
    func run(_ options: AuditOptions = AuditOptions(), path: String? = nil, progress: AuditProgressSink? = nil) async throws -> AuditReport {
        let plan = try AuditPlan.load(path ?? auditDirectory)
        let settings = ReviewSettings(panel: panel, reportsDirectory: reports)
        let memory = try DecisionMemory(path: directory + "/memory.sqlite")
        let transport = CurlTransport()
        defer { transport.shutdown() }
        return try await AuditScheduler(pipeline: ReviewPipeline(settings: settings), options: options)
            .run(plan, memory: memory, transport: transport, progress: progress)
    }

    func cleanUp() { pipeline.cleanUp() }
}
