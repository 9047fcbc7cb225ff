import Foundation
import Memory
import ModelClients

/// The memory as an audit shares it between items running at once: every call takes one lock, since a
/// `DecisionMemory` owns a single SQLite connection. Calls are short (one query or one transaction).
final class AuditMemory: @unchecked Sendable {
    private let memory: DecisionMemory
    private let lock = NSLock()

    init(_ memory: DecisionMemory) { self.memory = memory }

    func withMemory<T>(_ body: (DecisionMemory) throws(MemoryError) -> T) throws(MemoryError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(memory)
    }

    /// The newest stored decision on the same input as `prepared` (same first schema path, or for a
    /// question without schema, the same kind and question), read back from its JSON record, with its id in
    /// the memory; nil when there is none or its JSON is gone.
    func previousRecord(_ prepared: PreparedReview) throws(MemoryError) -> (record: DecisionRecord, markdownPath: String, id: Int64)? {
        let inputs = prepared.inputs.schemaRecords.map { DecisionRow.Input(path: $0.path, sha256: $0.sha256, fingerprint: $0.fingerprint,
                                                                           dialect: nil, isDocument: false) }
        let probe = DecisionRow(number: 0, kind: prepared.request.kind.rawValue, title: prepared.title, question: prepared.questionText,
                                status: "", tier: nil, option: nil, optionLabel: nil, createdAt: Date.distantFuture, toolVersion: "",
                                promptsFingerprint: "", promptHashes: [:], markdownPath: "", jsonPath: "", summary: "",
                                inputs: inputs, answers: [], findings: [])
        let found = try withMemory { memory throws(MemoryError) -> (DecisionRow, Int64)? in
            guard let row = try memory.store.lastDecision(sameAs: probe), let id = try memory.store.decisionID(jsonPath: row.jsonPath) else {
                return nil
            }
            return (row, id)
        }
        guard let (row, id) = found, let data = FileManager.default.contents(atPath: row.jsonPath),
              let record = try? RecordWriter.decode(data) else { return nil }
        return (record, row.markdownPath, id)
    }

    /// Keeps one newly received, usable reply in the response cache at once.
    func cache(_ reply: Reply, panelist: Panelist, prompt: Prompt) throws(MemoryError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(reply) else { return }
        let entry = CachedReply(key: ResponseCacheKey.key(panelist, prompt), provider: panelist.provider.rawValue, model: panelist.model,
                                replyJSON: String(decoding: json, as: UTF8.self), answeredAt: Date())
        try withMemory { memory throws(MemoryError) in try memory.store.cache([entry]) }
    }
}
