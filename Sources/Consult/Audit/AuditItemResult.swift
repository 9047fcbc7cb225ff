import Consensus
import Foundation

/// One row of an audit's report: what became of an item, read entirely from its decision record, so a
/// resumed audit reports exactly what an uninterrupted one would.
public struct AuditItemResult: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable {
        /// The panel was asked in this audit.
        case asked
        /// Nothing changed since the last decision: that decision is carried over, nobody was asked.
        case carried
        /// Not started: spending had reached `--budget` or `--max-tokens`.
        case skippedForBudget = "skipped-budget"
    }

    /// What makes an item drift since its previous decision.
    public enum Drift: String, Codable, Sendable, CaseIterable, Comparable {
        /// The decision's option changed.
        case decision
        /// The tier dropped (e.g. unanimous to split).
        case tier
        /// New high- or critical-severity panel findings the schema did not refute.
        case findings

        public static func < (a: Drift, b: Drift) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    public var id: String
    public var kind: String
    public var status: Status
    public var tier: String?
    public var decision: String?
    /// The decision record (Markdown), nil for an item skipped for budget.
    public var recordPath: String?
    public var recordNumber: Int?
    /// The change since the previous decision, in words ("new", "unchanged", "decision approve → reject", ...).
    public var change: String
    public var drift: [Drift]
    public var newHighFindings: [String]
    /// Conflicting or insufficient: a person must decide.
    public var escalated: Bool
    /// The panel was asked and no panelist gave a usable answer.
    public var panelFailed: Bool
    /// What this audit paid for the item: replies received since the audit started (0 when carried).
    public var costUSD: Double
    /// Panelists whose cost is unknown (no price), so `costUSD` is a lower bound.
    public var unknownCost: [String]
    public var tokens: Int

    /// The row for a record the panel produced in this audit (`since`: when the audit started).
    public init(id: String, asked record: DecisionRecord, markdownPath: String, since auditStart: Date) {
        self.id = id
        kind = record.question.kind.rawValue
        status = .asked
        tier = record.decision?.tier.rawValue
        decision = Self.option(record)
        recordPath = markdownPath
        recordNumber = record.number
        escalated = record.status == .escalated
        panelFailed = !record.panel.isEmpty && !record.panel.contains { $0.answer != nil }
        let paid = record.panel.filter { !$0.fromCache || ($0.answeredAt ?? .distantPast) >= auditStart }
        costUSD = paid.compactMap(\.reply.cost).reduce(0, +)
        unknownCost = paid.filter { $0.reply.cost == nil && $0.reply.attempts > 0 }.map(\.name)
        tokens = paid.reduce(0) { $0 + ($1.reply.usage.input ?? 0) + ($1.reply.usage.output ?? 0) }
        guard let since = record.sinceLast else {
            change = "new"
            drift = []
            newHighFindings = []
            return
        }
        let high = Set(record.findings.filter {
            $0.cluster.severity >= .high && $0.grounding.verdict != .refuted && $0.grounding.verdict != .unknownReference
        }.map(\.cluster.title))
        newHighFindings = since.newFindings.filter(high.contains)
        var drift: [Drift] = []
        var words: [String] = []
        if since.decisionChanged {
            drift.append(.decision)
            words.append("decision \(since.previousDecision ?? "none") → \(decision ?? "none")")
        }
        if since.tierChanged {
            let before = since.previousTier.flatMap(Tier.init(rawValue:)), now = record.decision?.tier
            if let before, now.map({ $0 < before }) ?? true { drift.append(.tier) }
            words.append("tier \(since.previousTier ?? "none") → \(tier ?? "none")")
        }
        if !newHighFindings.isEmpty {
            drift.append(.findings)
            words.append("\(newHighFindings.count) new high-severity finding(s)")
        }
        if since.fingerprintChanged { words.append("schema changed") }
        self.drift = drift
        change = (words.isEmpty ? "unchanged" : words.joined(separator: "; ")) + String(format: " (since %04d)", since.previousNumber)
    }

    /// The row for an unchanged item: its previous decision, carried.
    public init(id: String, carried record: DecisionRecord, markdownPath: String) {
        self.id = id
        kind = record.question.kind.rawValue
        status = .carried
        tier = record.decision?.tier.rawValue
        decision = Self.option(record)
        recordPath = markdownPath
        recordNumber = record.number
        change = String(format: "unchanged, carried from %04d", record.number)
        drift = []
        newHighFindings = []
        escalated = record.status == .escalated
        panelFailed = false
        costUSD = 0
        unknownCost = []
        tokens = 0
    }

    /// The row for an item not started for budget.
    public init(id: String, skipped kind: QuestionKind) {
        self.id = id
        self.kind = kind.rawValue
        status = .skippedForBudget
        change = "skipped: budget reached"
        drift = []
        newHighFindings = []
        escalated = false
        panelFailed = false
        costUSD = 0
        unknownCost = []
        tokens = 0
    }

    static func option(_ record: DecisionRecord) -> String? {
        record.decision.flatMap { $0.optionLabel ?? $0.option }
    }
}
