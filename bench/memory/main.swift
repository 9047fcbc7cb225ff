// Benchmark (release build): fills a memory with synthetic decisions, one transaction each as `review`
// stores them, then times `review search` and the related-decision lookup in-process.
//
//   swift build -c release --product memory-bench && .build/release/memory-bench [--decisions 100000] [--queries 1000]
//       [--keep DIR] [--no-optimize]
//
// Reports insert time per decision (median and p95 over all inserts, and the overall mean) and the median
// and p95 of search and related lookups, twice: as filled (one decision per transaction, the search index
// in many segments) and after `MemoryStore.optimize`, which the nightly audit runs (`--no-optimize` skips
// it, so a kept memory stays as filled). Goals (issue 7): lookups and search p95 < 10 ms, insert < 2 ms.
import Foundation
import Memory
import Support

func argument(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let number = Int(arguments[index + 1]) else { return value }
    return number
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let decisions = argument("--decisions", default: 100_000)
let queries = argument("--queries", default: 1000)
var random = SplitMix64(state: 42)

// A vocabulary with a Zipf-like skew: a few words are common, most are rare, as in real questions.
let stems = ["orders", "tenant", "ledger", "index", "partition", "events", "customer", "invoice", "audit", "search",
             "geospatial", "timeseries", "replica", "shard", "cache", "queue", "payments", "inventory", "session", "graph",
             "document", "analytics", "warehouse", "migration", "schema", "foreign", "unique", "nullable", "money", "currency"]
let vocabulary = stems + (0..<3000).map { "term\($0)" }
@MainActor func word() -> String {
    let u = Double.random(in: 0..<1, using: &random)
    return vocabulary[min(vocabulary.count - 1, Int(pow(u, 3) * Double(vocabulary.count)))]
}
@MainActor func sentence(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }
let tiers = ["unanimous", "majority", "split", "conflicting", "insufficient"]
let paths = (0..<2000).map { "schemas/service\($0).sql" }
let fingerprints = (0..<5000).map { "sha256:" + String(format: "%064x", $0) }

@MainActor func row(_ number: Int) -> DecisionRow {
    let option = ["approve", "approve-with-changes", "reject", "postgresql", "mysql", "sqlite"].randomElement(using: &random)
    let answers = (0..<3).map { index in
        DecisionRow.Answer(panelist: "p\(index)", provider: "openai", role: "architect", modelRequested: "model-\(index)",
                           modelReported: "model-\(index)-2026", status: "ok", failure: nil, text: "{\"summary\":\"\(sentence(30))\"}",
                           finishReason: "stop", inputTokens: 3000, outputTokens: 800, latency: 12.5, attempts: 1, httpStatus: 200,
                           requestID: "req-\(number)-\(index)", costUSD: 0.01, fromCache: false, answeredAt: Date(),
                           option: option, summary: sentence(25), abstention: nil)
    }
    let findings = (0..<4).map { _ in
        DecisionRow.Finding(category: "indexing", target: "table\(Int.random(in: 0..<200, using: &random))", title: sentence(6),
                            severity: "high", support: 2, panelSize: 3, tier: "majority", grounding: "confirmed")
    }
    return DecisionRow(number: number, kind: "schema-review", title: sentence(6), question: sentence(20), status: "proposed",
                       tier: tiers.randomElement(using: &random), option: option, optionLabel: option,
                       createdAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 60), toolVersion: "bench",
                       promptsFingerprint: "sha256:prompts", promptHashes: ["architect": "sha256:a"],
                       markdownPath: "reports/\(number).md", jsonPath: "reports/\(number).json",
                       summary: answers.compactMap(\.summary).joined(separator: "\n"),
                       inputs: [DecisionRow.Input(path: paths.randomElement(using: &random) ?? "", sha256: "s",
                                                  fingerprint: fingerprints.randomElement(using: &random), dialect: "postgresql",
                                                  isDocument: false)],
                       answers: answers, findings: findings)
}

// `--keep DIR` keeps the filled memory in DIR and reuses it on the next run (to time queries alone).
let kept = CommandLine.arguments.firstIndex(of: "--keep").flatMap { $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil }
let directory = kept ?? NSTemporaryDirectory() + "memory-bench-" + UUID().uuidString
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }
let store = try MemoryStore(path: directory + "/memory.sqlite")
let existing = try store.count()

let clock = ContinuousClock()
var inserts: [Double] = []
inserts.reserveCapacity(decisions)
let fillStart = clock.now
for number in stride(from: existing + 1, through: decisions, by: 1) {
    let decision = row(number)
    let start = clock.now
    try store.store(decision)
    inserts.append(milliseconds(clock.now - start))
}
let fill = milliseconds(clock.now - fillStart)

/// Times `queries` searches and related lookups (the same ones each time: the generator is reseeded).
@MainActor func measure(_ label: String) throws {
    random = SplitMix64(state: 7)
    var searches: [Double] = [], related: [Double] = [], textRelated: [Double] = [], hits = 0, relatedFound = 0, textFound = 0
    for _ in 0..<queries {
        let text = "\(stems.randomElement(using: &random) ?? "") \(word())"
        var start = clock.now
        hits += try store.search(text, limit: 20).count
        searches.append(milliseconds(clock.now - start))
        let question = sentence(15)
        start = clock.now
        relatedFound += try store.related(fingerprints: [fingerprints.randomElement(using: &random) ?? ""],
                                          paths: [paths.randomElement(using: &random) ?? ""], question: question, limit: 5).count
        related.append(milliseconds(clock.now - start))
        // A schema the memory has not seen: only the full-text match on the question can find anything.
        start = clock.now
        textFound += try store.related(fingerprints: ["sha256:new"], paths: ["new.sql"], question: question, limit: 5).count
        textRelated.append(milliseconds(clock.now - start))
    }
    searches.sort(); related.sort(); textRelated.sort()
    print("\(label): search index of \(try store.searchIndexSegments()) segment(s)")
    print(String(format: "  search (20 results):  median %.3f ms, p95 %.3f ms (%.1f hits on average)",
                 percentile(searches, 0.5), percentile(searches, 0.95), Double(hits) / Double(queries)))
    print(String(format: "  related (5 at most):  median %.3f ms, p95 %.3f ms (%.1f found on average)",
                 percentile(related, 0.5), percentile(related, 0.95), Double(relatedFound) / Double(queries)))
    print(String(format: "  related, text only:   median %.3f ms, p95 %.3f ms (%.1f found on average)",
                 percentile(textRelated, 0.5), percentile(textRelated, 0.95), Double(textFound) / Double(queries)))
}

let size = ((try? FileManager.default.attributesOfItem(atPath: directory + "/memory.sqlite")[.size] as? Int) ?? 0) / 1_048_576
inserts.sort()
print("decisions: \(decisions), queries: \(queries), database: \(size) MiB")
if inserts.isEmpty { inserts = [0] }
print(String(format: "insert per decision: median %.3f ms, p95 %.3f ms, mean %.3f ms (fill %.1f s)",
             percentile(inserts, 0.5), percentile(inserts, 0.95), fill / Double(max(1, inserts.count)), fill / 1000))
try measure(existing < decisions ? "as filled, one decision per transaction" : "the kept memory as it was")
if !CommandLine.arguments.contains("--no-optimize") {
    let optimizeStart = clock.now
    try store.optimize()
    print(String(format: "optimize (what the nightly audit runs): %.1f s", milliseconds(clock.now - optimizeStart) / 1000))
    try measure("after optimize")
}
