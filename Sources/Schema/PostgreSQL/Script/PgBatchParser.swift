import Foundation
import Support

/// Parses the statements of a script, one by one or in chunks, on every core and returns the results in
/// the statements' order.
///
/// Parsing and decoding a chunk or a statement needs nothing shared: libpg_query keeps its memory per
/// thread, and each tree is decoded on its own. They are most of reading, so they run in parallel, while
/// folding the trees into the model stays in file order on one thread. Each thread takes the next item
/// nobody has taken; a small script is parsed on the calling thread. The results are handed back in order
/// while the others go on, so the model is built during the parsing, not after it.
enum PgBatchParser {
    typealias Parsed = Result<[PgStatement], PgParser.Failure>

    /// Below this many statements, starting workers costs more than it saves.
    static let parallelThreshold = 48

    /// Parses `spans` and hands each result to `consume` in file order, on the calling thread, as soon as it
    /// and the ones before it are parsed: folding the trees into the model overlaps the parsing, and the
    /// calling thread parses too whenever the next tree is not ready.
    static func parse(_ spans: [PgStatementSpan], in buffer: [UInt8],
                      workers: Int = ParallelWork.cores, consume: (Int, Parsed) -> Void) {
        let workers = spans.count < parallelThreshold ? 1 : max(1, min(workers, spans.count / (parallelThreshold / 2)))
        ParallelWork.stream(count: spans.count, helpers: workers - 1, context: { ThreadState() }, work: { state, index in
            state.parse(spans[index], in: buffer)
        }, consume: consume)
    }

    /// Parses `chunks` (`PgChunkParser`) on every core and hands each outcome to `consume` in file order,
    /// as `parse(_:in:workers:consume:)` does statements, until `consume` returns false: the chunks after
    /// that one are not parsed.
    static func parse(_ chunks: [PgChunk], in buffer: [UInt8], classifier: PgStatementClassifier,
                      workers: Int = ParallelWork.cores,
                      consumeWhile: (Int, PgChunkParser.Outcome) -> Bool) {
        let parser = PgChunkParser(classifier: classifier)
        ParallelWork.stream(count: chunks.count, helpers: max(0, workers - 1), context: { ThreadState() }, work: { state, index in
            state.withText(chunks[index].start..<chunks[index].end, in: buffer) { parser.parse(chunks[index], text: $0) }
        }, consumeWhile: consumeWhile)
    }

    /// Each thread's parser and scratch buffer: the parser needs its text NUL-terminated, so the text is
    /// copied, with a NUL after it, into the thread's buffer (the shared buffer stays read-only).
    private struct ThreadState {
        let parser = PgParser()
        var scratch: [UInt8] = []

        mutating func parse(_ span: PgStatementSpan, in buffer: [UInt8]) -> Parsed {
            let parser = self.parser
            return withText(span.keywordStart..<span.end, in: buffer) { parser.parse($0) }
        }

        mutating func withText<T>(_ range: Range<Int>, in buffer: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
            scratch.removeAll(keepingCapacity: true)
            buffer.withUnsafeBufferPointer { buffer in
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
            }
            scratch.append(0)
            return scratch.withUnsafeBufferPointer { text in
                text.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
            }
        }
    }
}
