import Foundation
import ModelClients
import Support

/// What an audit has spent, exactly from the usage of each reply: items finished (their records' costs)
/// plus replies received for items still running. Shared by the items' tasks; every access takes a lock.
final class AuditLedger: Sendable {
    private struct State {
        var doneUSD = 0.0
        var doneTokens = 0
        var askedDone = 0
        /// Replies received for running items: cost and tokens, by item index.
        var running: [Int: (usd: Double, tokens: Int)] = [:]
    }

    private let state: Locked<State>

    /// Starts from the results already known (items finished earlier in a resumed audit).
    init(known: [AuditItemResult]) {
        var state = State()
        for result in known {
            state.doneUSD += result.costUSD
            state.doneTokens += result.tokens
        }
        self.state = Locked(state)
    }

    func received(_ reply: Reply, item: Int) {
        state.withLock { state in
            var entry = state.running[item] ?? (0, 0)
            entry.usd += reply.cost ?? 0
            entry.tokens += (reply.usage.input ?? 0) + (reply.usage.output ?? 0)
            state.running[item] = entry
        }
    }

    /// An item finished: its live tally gives way to the record's exact figures (nil: it failed to write).
    func finished(item: Int, result: AuditItemResult?) {
        state.withLock { state in
            let live = state.running.removeValue(forKey: item) ?? (0, 0)
            state.doneUSD += result?.costUSD ?? live.usd
            state.doneTokens += result?.tokens ?? live.tokens
            state.askedDone += 1
        }
    }

    var spent: (usd: Double, tokens: Int) {
        state.withLock { state in
            state.running.values.reduce((state.doneUSD, state.doneTokens)) { ($0.0 + $1.usd, $0.1 + $1.tokens) }
        }
    }

    /// Whether spending has reached `--budget` or `--max-tokens`.
    func budgetReached(_ options: AuditOptions) -> Bool {
        let spent = spent
        if let budget = options.budgetUSD, spent.usd >= budget { return true }
        if let limit = options.maxTokens, spent.tokens >= limit { return true }
        return false
    }

    func progress(total: Int, done: Int, running: Int, remaining: Int, elapsed: Duration) -> AuditProgress {
        let askedDone = state.withLock { $0.askedDone }
        return AuditProgress(total: total, done: done, running: running, spentUSD: spent.usd, elapsed: elapsed,
                             askedDone: askedDone, remaining: remaining)
    }
}
