import Foundation
import Memory
import SQLiteDB
import Testing

/// The store on its own: opening and migrating, refusing files it did not make, storing and querying.
@Suite("Memory store")
struct MemoryStoreTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "review-memory-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
    }

    static func row(_ number: Int, question: String, path: String = "schema.sql", fingerprint: String? = "sha256:aa",
                    tier: String? = "majority", option: String? = "approve", findings: [String] = [], day: Int = 0) -> DecisionRow {
        DecisionRow(number: number, kind: "schema-review", title: "Decision \(number)", question: question, status: "proposed",
                    tier: tier, option: option, optionLabel: option, createdAt: Date(timeIntervalSince1970: 1_795_000_000 + Double(day) * 86_400),
                    toolVersion: "test", promptsFingerprint: "sha256:pp", promptHashes: ["architect": "sha256:hh"],
                    markdownPath: "reports/\(number).md", jsonPath: "reports/\(number).json", summary: "Summary of \(number).",
                    inputs: [DecisionRow.Input(path: path, sha256: "ss", fingerprint: fingerprint, dialect: "sqlite", isDocument: false)],
                    answers: [DecisionRow.Answer(panelist: "gpt", provider: "openai", role: "architect", modelRequested: "m",
                                                 modelReported: nil, status: "ok", failure: nil, text: "{}", finishReason: "stop",
                                                 inputTokens: 10, outputTokens: 5, latency: 1.5, attempts: 1, httpStatus: 200,
                                                 requestID: "r", costUSD: nil, fromCache: false, answeredAt: nil, option: option,
                                                 summary: "Summary of \(number).", abstention: nil)],
                    findings: findings.map { DecisionRow.Finding(category: "indexing", target: "orders", title: $0, severity: "high",
                                                                 support: 2, panelSize: 3, tier: "majority", grounding: "confirmed") })
    }

    @Test("a new file is created in WAL mode at the latest schema version; reopening migrates nothing")
    func createAndReopen() throws {
        let folder = try Folder()
        let path = folder.file("nested/memory.sqlite")
        let store = try MemoryStore(path: path)
        #expect(try store.currentVersion() == 1)
        try store.store(Self.row(1, question: "q"))
        let db = try SQLiteConnection(path: path)
        #expect(try db.query("PRAGMA journal_mode").first?[0].text == "wal")
        #expect(try db.query("SELECT count(*) FROM schema_version").first?[0].integer == 1)
        let again = try MemoryStore(path: path)
        #expect(try again.count() == 1)
        #expect(try db.query("SELECT count(*) FROM schema_version").first?[0].integer == 1)
    }

    @Test("a file that is not SQLite is refused with its path and left as it was")
    func corruptFile() throws {
        let folder = try Folder()
        let path = folder.file("memory.sqlite")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try MemoryStore(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("not a review memory")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("another program's SQLite database is refused and left as it was")
    func foreignDatabase() throws {
        let folder = try Folder()
        let path = folder.file("other.db")
        try SQLiteConnection(path: path).execute("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try MemoryStore(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("another program")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a memory written by a newer review is refused")
    func newerSchema() throws {
        let folder = try Folder()
        let path = folder.file("memory.sqlite")
        _ = try MemoryStore(path: path)
        try SQLiteConnection(path: path).execute("INSERT INTO schema_version VALUES (99, 0)")
        #expect {
            _ = try MemoryStore(path: path)
        } throws: { error in
            "\(error)".contains("newer review")
        }
    }

    @Test("search: every word, stemmed, ranked, with a snippet; operators in the text are words")
    func search() throws {
        let folder = try Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        try store.store(Self.row(1, question: "Should the orders table be partitioned by month?"))
        try store.store(Self.row(2, question: "Which indexes does the orders table need?", findings: ["Missing index on orders.customer_id"]))
        try store.store(Self.row(3, question: "How do we store money?"))
        let hits = try store.search("orders index")
        #expect(hits.map(\.decision.number) == [2])
        #expect(hits.first?.snippet.contains("[index") == true)
        #expect(try store.search("orders").map(\.decision.number).sorted() == [1, 2])
        #expect(try store.search("\"NEAR( AND * OR").isEmpty)
        #expect(try store.search("").isEmpty)
    }

    @Test("related: same fingerprint, then same path, then similar text; bounded, each once")
    func related() throws {
        let folder = try Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        try store.store(Self.row(1, question: "Partition the events table?", path: "a.sql", fingerprint: "sha256:f1", day: 1))
        try store.store(Self.row(2, question: "Anything", path: "b.sql", fingerprint: "sha256:f2", day: 2))
        try store.store(Self.row(3, question: "Partition the events table by tenant?", path: "c.sql", fingerprint: "sha256:f3", day: 3))
        try store.store(Self.row(4, question: "Unrelated money question", path: "d.sql", fingerprint: "sha256:f4", day: 4))
        let matches = try store.related(fingerprints: ["sha256:f2"], paths: ["a.sql"], question: "How should we partition events?", limit: 5)
        #expect(matches.map(\.decision.number) == [2, 1, 3])
        #expect(matches.map(\.reason) == [.sameFingerprint, .sameInput, .textMatch])
        #expect(try store.related(fingerprints: ["sha256:f2"], paths: ["a.sql"], question: "partition events", limit: 1).count == 1)
    }

    @Test("the change since an earlier decision: option, tier, findings by target and title")
    func change() {
        let before = Self.row(1, question: "q", tier: "majority", option: "approve", findings: ["Missing index", "Money as REAL"])
        let after = Self.row(2, question: "q", tier: "split", option: "approve", findings: ["missing  INDEX", "Plaintext password"])
        let change = after.change(since: before)
        #expect(!change.decisionChanged)
        #expect(change.tierChanged)
        #expect(change.newFindings == ["Plaintext password"])
        #expect(change.resolvedFindings == ["Money as REAL"])
    }

    @Test("calibration counts the latest outcome per decision; Wilson interval matches the formula")
    func calibration() throws {
        let folder = try Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        for number in 1...12 { try store.store(Self.row(number, question: "q\(number)", tier: number <= 10 ? "unanimous" : "split")) }
        for number in 1...8 { _ = try store.record(Outcome(outcome: .upheld, note: nil, recordedAt: Date()), number: number) }
        _ = try store.record(Outcome(outcome: .upheld, note: nil, recordedAt: Date()), number: 9)
        _ = try store.record(Outcome(outcome: .overturned, note: "changed our mind", recordedAt: Date()), number: 9)
        _ = try store.record(Outcome(outcome: .superseded, note: nil, recordedAt: Date()), number: 10)
        #expect(try store.record(Outcome(outcome: .upheld, note: nil, recordedAt: Date()), number: 99) == nil)
        let tiers = try store.calibration()
        #expect(tiers.map(\.tier) == ["unanimous", "split"])
        let unanimous = tiers[0]
        #expect(unanimous.decisions == 10)
        #expect(unanimous.outcomes == 10)
        #expect(unanimous.upheld == 8 && unanimous.overturned == 1 && unanimous.superseded == 1)
        // 8 of 9 at 95%: (0.5650, 0.9801).
        #expect(abs((unanimous.lower ?? 0) - 0.5650) < 0.0005)
        #expect(abs((unanimous.upper ?? 0) - 0.9801) < 0.0005)
        #expect(tiers[1].lower == nil)
        #expect(try store.outcomes(number: 9).map(\.outcome) == [.upheld, .overturned])
        let wilson = try #require(TierCalibration.wilson(successes: 0, trials: 10))
        #expect(wilson.lower == 0 && abs(wilson.upper - 0.2775) < 0.0005)
    }

    @Test("the response cache returns what was stored under the key")
    func cache() throws {
        let folder = try Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        let reply = CachedReply(key: "k1", provider: "openai", model: "m", replyJSON: "{\"text\":\"hi\"}", answeredAt: Date(timeIntervalSince1970: 100.7))
        try store.store(Self.row(1, question: "q"), cache: [reply])
        #expect(try store.cachedReply(key: "k1") == reply)
        #expect(try store.cachedReply(key: "k2") == nil)
        #expect(try store.verify().isEmpty)
    }

    @Test("related up to a decision id ignores decisions stored since, by input and by text (an audit's pinned view)")
    func relatedUpTo() throws {
        let folder = try Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        #expect(try store.lastDecisionID() == 0)
        try store.store(Self.row(1, question: "Partition the events table?", path: "a.sql", fingerprint: "sha256:f1", day: 1))
        let pinned = try store.lastDecisionID()
        try store.store(Self.row(2, question: "Partition the events table again?", path: "a.sql", fingerprint: "sha256:f1", day: 2))
        try store.store(Self.row(3, question: "Partition the events table by tenant?", path: "c.sql", fingerprint: "sha256:f3", day: 3))
        let now = try store.related(fingerprints: ["sha256:f1"], paths: ["a.sql"], question: "partition events", limit: 5)
        #expect(now.map(\.decision.number) == [2, 1, 3])
        let then = try store.related(fingerprints: ["sha256:f1"], paths: ["a.sql"], question: "partition events", limit: 5, upTo: pinned)
        #expect(then.map(\.decision.number) == [1])
        #expect(try store.decisionID(jsonPath: "reports/3.json") == pinned + 2)
        #expect(try store.decisionID(jsonPath: "reports/9.json") == nil)
    }

    @Test("replies cached on their own, outside a decision, are found under their key")
    func cacheAlone() throws {
        let folder = try Folder()
        let store = try MemoryStore(path: folder.file("m.sqlite"))
        let reply = CachedReply(key: "k1", provider: "openai", model: "m", replyJSON: "{}", answeredAt: Date(timeIntervalSince1970: 100))
        try store.cache([reply])
        #expect(try store.cachedReply(key: "k1") == reply)
        #expect(try store.count() == 0)
    }
}
