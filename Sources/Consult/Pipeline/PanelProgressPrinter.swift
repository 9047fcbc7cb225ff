import Foundation
import ModelClients
import Support

/// Shows the panel's progress on stderr: on a terminal, a line per panelist updated in place with its
/// status and elapsed time; otherwise a plain line as each panelist finishes.
public final class PanelProgressPrinter: Sendable {
    struct Line {
        var panelist: Panelist
        var reply: Reply?
        var fromCache = false
    }

    private struct State {
        var lines: [Line] = []
        var started = ContinuousClock.now
        var drawn = 0
        var ticker: Task<Void, Never>?
    }

    private let interactive: Bool
    private let color: Bool
    private let write: @Sendable (String) -> Void
    private let state = Locked(State())

    /// `interactive`: redraw in place (a terminal). `write` receives the text to print.
    public init(interactive: Bool, color: Bool, write: @escaping @Sendable (String) -> Void) {
        self.interactive = interactive
        self.color = color
        self.write = write
    }

    /// A printer for stderr, interactive when stderr is a terminal.
    public static func standardError() -> PanelProgressPrinter {
        PanelProgressPrinter(interactive: Terminal.isTerminal(2), color: Terminal.usesColor(2)) { text in
            ProcessOutput.standardError.write(text)
        }
    }

    public var sink: PanelProgressSink { { [self] event in handle(event) } }

    public func handle(_ event: PanelProgressEvent) {
        switch event {
        case .started(let panelists):
            state.withLock {
                $0.lines = panelists.map { Line(panelist: $0) }
                $0.started = .now
            }
            if interactive {
                redraw()
                let ticker = Task { [weak self] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .milliseconds(200))
                        self?.redraw()
                    }
                }
                state.withLock { $0.ticker = ticker }
            } else {
                write("asking \(panelists.count) panelist\(panelists.count == 1 ? "" : "s"): \(panelists.map(\.name).joined(separator: ", "))\n")
            }
        case .finished(let reply, let fromCache):
            let line = state.withLock { state -> Line? in
                guard let index = state.lines.firstIndex(where: { $0.panelist.name == reply.panelist }) else { return nil }
                state.lines[index].reply = reply
                state.lines[index].fromCache = fromCache
                return state.lines[index]
            }
            if interactive { redraw() } else if let line { write(render(line, elapsed: reply.latency) + "\n") }
        case .done:
            let ticker = state.withLock { $0.ticker }
            ticker?.cancel()
            if interactive { redraw() }
        }
    }

    private func redraw() {
        let (lines, elapsed, drawn) = state.withLock { s -> ([Line], Double, Int) in
            let d = s.drawn
            s.drawn = s.lines.count
            return (s.lines, Self.seconds(ContinuousClock.now - s.started), d)
        }
        var text = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        for line in lines {
            text += "\u{1B}[2K" + render(line, elapsed: line.reply?.latency ?? elapsed) + "\n"
        }
        write(text)
    }

    func render(_ line: Line, elapsed: Double) -> String {
        let who = "\(line.panelist.name) (\(line.panelist.provider.rawValue), \(line.panelist.model), \(line.panelist.role.rawValue))"
        let time = String(format: "%.1f s", elapsed)
        guard let reply = line.reply else { return "  … \(who) waiting \(time)" }
        let cached = line.fromCache ? ", from cache" : ""
        switch reply.status {
        case .ok:
            let tokens = (reply.usage.input ?? 0) + (reply.usage.output ?? 0)
            return paint("  ✓", 32) + " \(who) answered in \(time), \(tokens) tokens, \(reply.costText)\(cached)"
        case .refused:
            return paint("  ✗", 31) + " \(who) refused after \(time)"
        case .truncated:
            return paint("  ✗", 31) + " \(who) stopped at the token limit after \(time) (raise max_tokens)"
        case .failed(let reason):
            return paint("  ✗", 31) + " \(who) failed after \(time): \(reason)"
        }
    }

    private func paint(_ text: String, _ code: Int) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }
}
