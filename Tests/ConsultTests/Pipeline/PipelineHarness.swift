import Consensus
import Consult
import Foundation
import LoopbackServer
import ModelClients
import Testing

/// Keys that look real, so the secret-scan tests are meaningful; only the loopback server ever sees them.
enum HarnessKeys {
    static let openai = "sk-proj-Hx8vQ2mT5rL9wK3nB7cY1dF4gJ6pS0aZ"
    static let anthropic = "sk-ant-api03-Qm4Lx9Tb2Vn7Rk5Wz1Hc8Jd3Fg6Ps0Ya"
    static let gemini = "AIzaSyD4kT9mQ2xL7vB1nR5wC8hJ3gF6pS0aZ"
    static let all = [openai, anthropic, gemini]
}

/// A panel of three on the loopback server (OpenAI architect, Anthropic independent assessor, Gemini
/// implementation analyst), each answering from its own script, and the pipeline run through the real
/// curl transport. Records are written to a fresh temporary directory.
struct PipelineHarness {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    /// The record's date in every test.
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    let server: LoopbackServer
    let directory: String

    init() throws {
        server = try LoopbackServer()
        directory = NSTemporaryDirectory() + "review-pipeline-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    var panel: Panel {
        Panel(panelists: [
            Panelist(name: "gpt", provider: .openai, model: "test-gpt", baseURL: server.baseURL + "/v1", role: .architect,
                     apiKey: APIKey(HarnessKeys.openai, variable: "OPENAI_API_KEY"), timeout: .seconds(10), retries: 0),
            Panelist(name: "claude", provider: .anthropic, model: "test-claude", baseURL: server.baseURL, role: .independentAssessor,
                     apiKey: APIKey(HarnessKeys.anthropic, variable: "ANTHROPIC_API_KEY"), timeout: .seconds(10), retries: 0),
            Panelist(name: "gemini", provider: .gemini, model: "test-gemini", baseURL: server.baseURL, role: .implementationAnalyst,
                     apiKey: APIKey(HarnessKeys.gemini, variable: "GEMINI_API_KEY"), timeout: .seconds(10), retries: 0),
        ], source: .configuration)
    }

    /// Scripts the three panelists: architect, independent assessor, implementation analyst.
    func script(_ gpt: LoopbackStep, _ claude: LoopbackStep, _ gemini: LoopbackStep) {
        server.route("/v1/chat/completions", gpt)
        server.route("/v1/messages", claude)
        server.route("/v1beta/models/test-gemini:generateContent", gemini)
    }

    /// Copies a fixture into the temporary directory and returns its path there.
    func fixture(_ name: String) throws -> String {
        let path = directory + "/" + name
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(name).path, toPath: path)
        return path
    }

    /// Runs the whole pipeline and writes the record; `panel: false` asks no one. With a `memory`, it runs as
    /// `review` does: related decisions, the response cache (unless `cache: false`), since-last, storing.
    func run(_ request: ReviewRequest, panel asked: Bool = true, memory: DecisionMemory? = nil, cache: Bool = true,
             now: Date = Self.date) async throws -> RecordWriter.Written {
        let settings = ReviewSettings(panel: asked ? panel : Panel(panelists: [], source: .environment),
                                      reportsDirectory: directory + "/reports")
        let pipeline = ReviewPipeline(settings: settings, now: { now })
        let prepared = try pipeline.prepare(request, memory: memory)
        var record: DecisionRecord
        if asked {
            let transport = CurlTransport()
            defer { transport.shutdown() }
            let cached = try cache ? memory?.cachedAnswers(panelists: settings.panel.panelists, prepared: prepared) ?? [:] : [:]
            record = await pipeline.run(prepared, client: PanelClient(transport: transport, settings: settings.panel.settings),
                                        cached: cached)
        } else {
            record = await pipeline.run(prepared, client: nil)
        }
        try memory?.annotate(&record)
        let written = try RecordWriter(directory: settings.reportsDirectory).write(record, render: MarkdownRecord.render)
        try memory?.remember(written, prompts: { prepared.prompt(for: $0.role) }, panelists: settings.panel.panelists)
        return written
    }

    /// The record as the golden file holds it: times zeroed and the temporary directory replaced by `tmp`.
    func stable(_ record: DecisionRecord) -> String {
        var record = record
        record.totals.wallSeconds = 0
        for index in record.panel.indices { record.panel[index].reply.latency = 0 }
        return MarkdownRecord.render(record).replacingOccurrences(of: directory, with: "tmp")
    }

    /// Compares with `Golden/<name>.md`; `REVIEW_UPDATE_GOLDEN=1` rewrites it instead (then review the diff by hand).
    func expectGolden(_ record: DecisionRecord, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = stable(record)
        let url = Self.golden.appendingPathComponent(name + ".md")
        if ProcessInfo.processInfo.environment["REVIEW_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if text != expected {
            let mismatch = zip(text.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("record differs from Golden/\(name).md at line \((mismatch?.offset ?? -1) + 1):\n got: \(mismatch?.element.0 ?? "")\nwant: \(mismatch?.element.1 ?? "")",
                         sourceLocation: sourceLocation)
        }
    }

    func cleanUp() {
        server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// An answer in the contract's JSON, built from plain values.
struct ScriptedReply {
    var verdict = ""
    var decision = ""
    var database = ""
    var alternatives: [String] = []
    var findings: [[String: String]] = []
    var risks: [[String: String]] = []
    var roadmap: [String] = []
    var summary = "Summary."
    var confidence = 0.8

    static func finding(_ category: String, _ severity: String, _ target: String, _ title: String,
                        detail: String = "", fix: String = "") -> [String: String] {
        ["category": category, "severity": severity, "target": target, "title": title, "detail": detail, "fix": fix]
    }

    var json: String {
        let object: [String: Any] = [
            "verdict": verdict.isEmpty ? "none" : verdict, "decision": decision, "recommended_database": database,
            "alternatives": alternatives, "findings": findings, "risks": risks, "roadmap": roadmap, "summary": summary,
            "confidence": confidence,
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    var step: LoopbackStep { .answer(json) }
}
