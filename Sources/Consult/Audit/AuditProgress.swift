import Foundation

/// Where an audit stands, reported after every change: items done of total, running, money spent, time.
public struct AuditProgress: Sendable, Hashable {
    public var total: Int
    /// Items finished, carried or skipped.
    public var done: Int
    public var running: Int
    public var spentUSD: Double
    public var elapsed: Duration
    /// Items the panel answered in this run, for the rate behind the ETA.
    public var askedDone: Int
    /// Items still to ask (running included).
    public var remaining: Int

    public init(total: Int, done: Int, running: Int, spentUSD: Double, elapsed: Duration, askedDone: Int, remaining: Int) {
        self.total = total
        self.done = done
        self.running = running
        self.spentUSD = spentUSD
        self.elapsed = elapsed
        self.askedDone = askedDone
        self.remaining = remaining
    }

    /// Estimated time left, from the rate at which asked items have finished so far; nil before the first.
    public var eta: Duration? {
        guard askedDone > 0 else { return remaining == 0 ? .zero : nil }
        return elapsed / askedDone * remaining
    }
}

public typealias AuditProgressSink = @Sendable (AuditProgress) -> Void
