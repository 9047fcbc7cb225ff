import Foundation
import Support

/// Parses the statements of a script on every core and returns the results in the statements' order.
///
/// Parsing and decoding one statement needs nothing shared: libpg_query keeps its memory per thread, and
/// each tree is decoded on its own. On a pg_dump schema they are most of reading (libpg_query about a
/// third, decoding the JSON about half), so they run in parallel, while splitting, classifying and folding
/// the trees into the model stay in file order on one thread. A worker takes every n-th statement, which
/// spreads the long CREATE TABLEs evenly; a small script is parsed on the calling thread. The results are
/// handed back in order while the workers go on, so the model is built during the parsing, not after it.
enum PgBatchParser {
    typealias Parsed = Result<[PgStatement], PgParser.Failure>

    /// Below this many statements, starting workers costs more than it saves.
    static let parallelThreshold = 48

    /// Parses `spans` and hands each result to `consume` in file order, on the calling thread, as soon as it
    /// and the ones before it are parsed: folding the trees into the model overlaps the parsing.
    static func parse(_ spans: [PgStatementSpan], in buffer: [UInt8],
                      workers: Int = ProcessInfo.processInfo.activeProcessorCount, consume: (Int, Parsed) -> Void) {
        let workers = spans.count < parallelThreshold ? 1 : max(1, min(workers, spans.count / (parallelThreshold / 2)))
        ParallelWork.stream(count: spans.count, workers: workers, { worker, deliver in
            parse(spans, in: buffer, every: workers, from: worker, deliver: deliver)
        }, consume: consume)
    }

    /// All results, in file order.
    static func parse(_ spans: [PgStatementSpan], in buffer: [UInt8],
                      workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Parsed] {
        var results: [Parsed] = []
        results.reserveCapacity(spans.count)
        parse(spans, in: buffer, workers: workers) { _, result in results.append(result) }
        return results
    }

    /// Parses spans `first`, `first + step`, ... of `buffer`, handing each result to `deliver` with its index.
    private static func parse(_ spans: [PgStatementSpan], in buffer: [UInt8], every step: Int, from first: Int,
                              deliver: (Int, Parsed) -> Void) {
        let parser = PgParser()
        // The parser needs each statement NUL-terminated: it is copied, with a NUL after it, into this
        // worker's scratch buffer (all workers together copy the file once; the shared buffer stays read-only).
        var scratch: [UInt8] = []
        buffer.withUnsafeBufferPointer { buffer in
            for index in stride(from: first, to: spans.count, by: step) {
                let span = spans[index]
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[span.keywordStart..<span.end]))
                scratch.append(0)
                deliver(index, scratch.withUnsafeBufferPointer { text in
                    text.withMemoryRebound(to: CChar.self) { parser.parse($0.baseAddress!) }
                })
            }
        }
    }
}
