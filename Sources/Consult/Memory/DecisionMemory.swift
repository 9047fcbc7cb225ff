import Foundation
import Memory
import ModelClients

/// The pipeline's view of the memory: related decisions before asking, cached replies, what changed since
/// the last review on the same input, the tier's calibration, and storing each written record.
/// Not Sendable (it owns an SQLite connection): the command uses it before and after the panel is asked.
public final class DecisionMemory {
    /// The most related decisions shown to the panel and listed in a record.
    public static let relatedLimit = 5

    public let store: MemoryStore
    /// When set, only decisions stored up to this id are related (see `MemoryStore.related(…, upTo:)`).
    public var relatedUpTo: Int64?

    public init(store: MemoryStore) { self.store = store }

    /// Opens the memory at `path` (see `MemoryStore.resolvePath`).
    public convenience init(path: String) throws(MemoryError) {
        self.init(store: try MemoryStore(path: path))
    }

    /// Past decisions on the same schema or input, or with a similar question; at most `relatedLimit`.
    public func related(inputs: [InputRecord], question: String) throws(MemoryError) -> [RelatedDecisionRecord] {
        try store.related(fingerprints: inputs.compactMap(\.fingerprint), paths: inputs.map(\.path), question: question,
                          limit: Self.relatedLimit, upTo: relatedUpTo).map { match in
            let summary = match.decision
            return RelatedDecisionRecord(number: summary.number, title: summary.title, date: summary.createdAt, tier: summary.tier,
                                         decision: summary.optionLabel ?? summary.option, reason: match.reason.rawValue,
                                         path: summary.markdownPath)
        }
    }

    /// Replies in the response cache for each panelist's prompt, by panelist name.
    public func cachedAnswers(panelists: [Panelist], prepared: PreparedReview) throws(MemoryError) -> [String: CachedAnswer] {
        var found: [String: CachedAnswer] = [:]
        let decoder = JSONDecoder()
        for panelist in panelists {
            guard let prompt = prepared.prompt(for: panelist.role),
                  let cached = try store.cachedReply(key: ResponseCacheKey.key(panelist, prompt)),
                  var reply = try? decoder.decode(Reply.self, from: Data(cached.replyJSON.utf8)) else { continue }
            // The panelist's name is the configuration's, whatever it was called when first asked.
            reply.panelist = panelist.name
            reply.role = panelist.role
            found[panelist.name] = CachedAnswer(reply: reply, answeredAt: cached.answeredAt)
        }
        return found
    }

    /// Fills `record.sinceLast` (the last decision on the same input) and `record.calibration` (once the
    /// tier has at least `TierCalibration.minimumOutcomes` judged outcomes).
    public func annotate(_ record: inout DecisionRecord) throws(MemoryError) {
        let row = record.memoryRow(markdownPath: "", jsonPath: "")
        if let previous = try store.lastDecision(sameAs: row) {
            let change = row.change(since: previous)
            record.sinceLast = ChangeRecord(previousNumber: previous.number, previousDate: previous.createdAt,
                                            previousDecision: previous.optionLabel ?? previous.option, previousTier: previous.tier,
                                            decisionChanged: change.decisionChanged, tierChanged: change.tierChanged,
                                            newFindings: change.newFindings, resolvedFindings: change.resolvedFindings,
                                            fingerprintChanged: change.fingerprintChanged)
        }
        if let tier = record.decision?.tier.rawValue,
           let history = try store.calibration().first(where: { $0.tier == tier }),
           history.judged >= TierCalibration.minimumOutcomes, let lower = history.lower, let upper = history.upper {
            record.calibration = CalibrationNote(tier: tier, outcomes: history.judged, upheld: history.upheld, lower: lower, upper: upper)
        }
    }

    /// Stores a written record, and every usable reply newly received in the response cache, in one transaction.
    public func remember(_ written: RecordWriter.Written, prompts: (Panelist) -> Prompt?, panelists: [Panelist]) throws(MemoryError) {
        let record = written.record
        var cache: [CachedReply] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (panelist, entry) in zip(panelists, record.panel) where !entry.fromCache && entry.answer != nil && entry.name == panelist.name {
            guard let prompt = prompts(panelist), let json = try? encoder.encode(entry.reply) else { continue }
            cache.append(CachedReply(key: ResponseCacheKey.key(panelist, prompt), provider: panelist.provider.rawValue,
                                     model: panelist.model, replyJSON: String(decoding: json, as: UTF8.self),
                                     answeredAt: entry.answeredAt ?? record.createdAt))
        }
        try store.store(record.memoryRow(markdownPath: written.markdownPath, jsonPath: written.jsonPath), cache: cache)
    }
}
