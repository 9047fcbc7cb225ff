import Consult
import Foundation
import Support
import Testing

/// The audit's progress line: redrawn in place on a terminal, plain and throttled otherwise.
@Suite("Audit progress")
struct AuditProgressPrinterTests {
    static func progress(done: Int, running: Int, elapsed: Duration) -> AuditProgress {
        AuditProgress(total: 10, done: done, running: running, spentUSD: 0.125, elapsed: elapsed, askedDone: done,
                      remaining: 10 - done)
    }

    @Test("not a terminal: the first line, then at most one per interval, and the last one once")
    func plainLines() {
        let output = Locked<[String]>([])
        let printer = AuditProgressPrinter(interactive: false, interval: .seconds(3600)) { text in output.withLock { $0.append(text) } }
        printer.sink(Self.progress(done: 0, running: 4, elapsed: .zero))
        printer.sink(Self.progress(done: 5, running: 4, elapsed: .seconds(10)))
        printer.sink(Self.progress(done: 10, running: 0, elapsed: .seconds(20)))
        printer.sink(Self.progress(done: 10, running: 0, elapsed: .seconds(21)))
        printer.finish()
        #expect(output.current == [
            "audit: 0/10 done, 4 running, $0.1250 spent, 0.0s elapsed, ETA …\n",
            "audit: 10/10 done, 0 running, $0.1250 spent, 20.0s elapsed, ETA 0.0s\n",
        ])
    }

    @Test("a terminal: one line redrawn in place with the ETA from the rate so far, ended by finish")
    func redrawn() {
        let output = Locked<[String]>([])
        let printer = AuditProgressPrinter(interactive: true) { text in output.withLock { $0.append(text) } }
        printer.sink(Self.progress(done: 4, running: 2, elapsed: .seconds(8)))
        printer.finish()
        #expect(output.current.first == "\r\u{1B}[Kaudit: 4/10 done, 2 running, $0.1250 spent, 8.0s elapsed, ETA 12.0s")
        #expect(output.current.last == "\n")
    }
}
