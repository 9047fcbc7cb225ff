import Consensus
import Foundation

/// The outcome of an audit: one result per item in the plan's order, the estimate made before starting,
/// and the summary the report opens with. Written as `index.md` and `summary.json` in the audit's directory.
public struct AuditReport: Codable, Sendable {
    public struct Estimate: Codable, Sendable, Hashable {
        /// Items to ask when the audit started (neither carried nor already done).
        public var items: Int
        /// At most this much, over panelists with a known price.
        public var maxCostUSD: Double
        public var maxTokens: Int
        /// Panelists without a price, whose cost the estimate leaves out.
        public var unknownCost: [String]
    }

    public struct Summary: Codable, Sendable, Hashable {
        public var items: Int
        public var asked: Int
        public var carried: Int
        public var skippedForBudget: Int
        /// Items per tier ("none" for items without a panel decision).
        public var tiers: [String: Int]
        public var escalations: [String]
        public var drift: [String]
        public var costUSD: Double
        public var tokens: Int
        /// Items with a panelist whose cost is unknown: `costUSD` is then a lower bound.
        public var unknownCost: [String]
        public var wallSeconds: Double
    }

    public var source: String
    public var directory: String
    public var startedAt: Date
    public var budgetUSD: Double?
    public var maxTokens: Int?
    public var estimate: Estimate
    public var summary: Summary
    public var items: [AuditItemResult]

    public init(source: String, directory: String, startedAt: Date, budgetUSD: Double?, maxTokens: Int?, estimate: Estimate,
                items: [AuditItemResult], wallSeconds: Double) {
        self.source = source
        self.directory = directory
        self.startedAt = startedAt
        self.budgetUSD = budgetUSD
        self.maxTokens = maxTokens
        self.estimate = estimate
        self.items = items
        var tiers: [String: Int] = [:]
        for item in items where item.status != .skippedForBudget { tiers[item.tier ?? "none", default: 0] += 1 }
        summary = Summary(
            items: items.count, asked: items.filter { $0.status == .asked }.count,
            carried: items.filter { $0.status == .carried }.count,
            skippedForBudget: items.filter { $0.status == .skippedForBudget }.count, tiers: tiers,
            escalations: items.filter(\.escalated).map(\.id), drift: items.filter { !$0.drift.isEmpty }.map(\.id),
            costUSD: items.reduce(0) { $0 + $1.costUSD }, tokens: items.reduce(0) { $0 + $1.tokens },
            unknownCost: items.filter { !$0.unknownCost.isEmpty }.map(\.id), wallSeconds: wallSeconds)
    }

    /// The exit code: 3 when every item asked got no usable answer; 1 for an escalation or for drift of a
    /// kind in `failOn`; else 0.
    public func exitCode(failOn: Set<AuditItemResult.Drift>) -> Int32 {
        let asked = items.filter { $0.status == .asked }
        if !asked.isEmpty && asked.allSatisfy(\.panelFailed) { return 3 }
        return failures(failOn: failOn).isEmpty ? 0 : 1
    }

    /// Why the audit exits with 1, one line per tripped item.
    public func failures(failOn: Set<AuditItemResult.Drift>) -> [String] {
        items.compactMap { item in
            if item.escalated { return "\(item.id): \(item.tier ?? "no decision"), escalated for a person to decide" }
            let tripped = item.drift.filter(failOn.contains)
            return tripped.isEmpty ? nil : "\(item.id): drift (\(tripped.map(\.rawValue).joined(separator: ", "))): \(item.change)"
        }
    }

    /// `summary.json`: sorted keys, ISO 8601 dates.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Writes `index.md` and `summary.json` into the audit's directory.
    public func write() throws {
        try Data(markdown().utf8).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("index.md")),
                                        options: .atomic)
        try json().write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("summary.json")), options: .atomic)
    }
}
