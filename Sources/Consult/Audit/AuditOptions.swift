import Foundation
import Support

/// How an audit runs, from the command line.
public struct AuditOptions: Sendable, Hashable {
    /// Most requests in flight at once, all items together (the providers' own limits apply as well).
    public var concurrency: Int
    /// Ask every item again, even those unchanged since their last decision.
    public var force: Bool
    /// No new item starts once this audit has spent this many US dollars.
    public var budgetUSD: Double?
    /// No new item starts once this audit has used this many tokens (input and output).
    public var maxTokens: Int?
    /// Which kinds of drift make the audit exit with 1 (escalations always do).
    public var failOnDrift: Set<AuditItemResult.Drift>
    public var maxInputSize: Int

    public static let defaultConcurrency = 8

    public init(concurrency: Int = defaultConcurrency, force: Bool = false, budgetUSD: Double? = nil, maxTokens: Int? = nil,
                failOnDrift: Set<AuditItemResult.Drift> = Set(AuditItemResult.Drift.allCases),
                maxInputSize: Int = TextFile.defaultSizeLimit) {
        self.concurrency = concurrency
        self.force = force
        self.budgetUSD = budgetUSD
        self.maxTokens = maxTokens
        self.failOnDrift = failOnDrift
        self.maxInputSize = maxInputSize
    }
}
