import Foundation
import Support

/// Shows an audit's progress on stderr: on a terminal, one line redrawn in place (done/total, running,
/// spent, elapsed, ETA); otherwise a plain line at most every `interval`, and the last one when done.
public final class AuditProgressPrinter: Sendable {
    private struct State {
        var printedAt: ContinuousClock.Instant?
        var drawn = false
        var finishedPrinted = false
        /// The last progress and when it came, for the terminal's once-a-second redraw.
        var last: (progress: AuditProgress, at: ContinuousClock.Instant)?
        var ticker: Task<Void, Never>?
    }

    private let interactive: Bool
    private let interval: Duration
    private let write: @Sendable (String) -> Void
    private let state = Locked(State())

    public init(interactive: Bool, interval: Duration = .seconds(10), write: @escaping @Sendable (String) -> Void) {
        self.interactive = interactive
        self.interval = interval
        self.write = write
    }

    /// A printer for stderr, redrawing in place when stderr is a terminal.
    public static func standardError() -> AuditProgressPrinter {
        AuditProgressPrinter(interactive: Terminal.isTerminal(2)) { ProcessOutput.standardError.write($0) }
    }

    public var sink: AuditProgressSink { { [self] progress in show(progress) } }

    func show(_ progress: AuditProgress) {
        let text: String? = state.withLock { state in
            let now = ContinuousClock.now
            if interactive {
                state.drawn = true
                state.last = (progress, now)
                if state.ticker == nil { state.ticker = Task { [self] in await tick() } }
                return "\r\u{1B}[K" + Self.line(progress)
            }
            let finished = progress.done == progress.total
            if finished && state.finishedPrinted { return nil }
            if !finished, let at = state.printedAt, now - at < interval { return nil }
            state.finishedPrinted = finished
            state.printedAt = now
            return Self.line(progress) + "\n"
        }
        if let text { write(text) }
    }

    /// Redraws the terminal's line every second, so elapsed time and ETA move between events.
    private func tick() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(1))
            guard !Task.isCancelled, let last = state.withLock({ $0.last }) else { continue }
            var progress = last.progress
            progress.elapsed += ContinuousClock.now - last.at
            write("\r\u{1B}[K" + Self.line(progress))
        }
    }

    /// Stops the redraw and ends the line on a terminal.
    public func finish() {
        let drawn = state.withLock { state in
            state.ticker?.cancel()
            state.ticker = nil
            state.last = nil
            return state.drawn
        }
        if drawn { write("\n") }
    }

    static func line(_ progress: AuditProgress) -> String {
        let eta = progress.eta.map { "ETA " + seconds($0) } ?? "ETA …"
        return "audit: \(progress.done)/\(progress.total) done, \(progress.running) running, "
            + String(format: "$%.4f spent, ", progress.spentUSD) + seconds(progress.elapsed) + " elapsed, " + eta
    }

    static func seconds(_ duration: Duration) -> String {
        let total = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if total < 60 { return String(format: "%.1fs", total) }
        return String(format: "%dm%02ds", Int(total) / 60, Int(total) % 60)
    }
}
