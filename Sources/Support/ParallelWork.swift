#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation

/// CPU-bound work that shares nothing (parsing statements, running lint rules), spread over the cores with
/// the results back in order. The callers decide when a job is too small to be worth threads.
public enum ParallelWork {
    /// The cores online, at least 1, read once. (Foundation's `ProcessInfo.processInfo.activeProcessorCount`
    /// gives the same count on Linux, affinity not counted either, but sets `ProcessInfo` up first: its
    /// environment and arguments, 0.3 ms in a fresh process.)
    public static let cores: Int = {
        #if canImport(Glibc)
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return ProcessInfo.processInfo.activeProcessorCount
        #endif
    }()

    /// Work on `count` items whose results are folded in order (statements into a schema model): the
    /// calling thread and `helpers` more threads each take the next item nobody has taken, and the calling
    /// thread hands the results to `consume` in index order, each as soon as it and all before it are
    /// done. When the next result is not ready the calling thread takes an item itself instead of waiting,
    /// so the folding overlaps the work and no more threads run than `helpers + 1`.
    ///
    /// `context` makes each thread's private state (a scratch buffer); `work` runs with it.
    public static func stream<Context, T: Sendable>(count: Int, helpers: Int,
                                                    context: @escaping @Sendable () -> Context,
                                                    work: @escaping @Sendable (inout Context, Int) -> T,
                                                    consume: (Int, T) -> Void) {
        stream(count: count, helpers: helpers, context: context, work: work, consumeWhile: { index, value in
            consume(index, value)
            return true
        })
    }

    /// `stream`, until `consumeWhile` returns false: then no thread takes another item, the results of the
    /// items already taken are dropped once they are done, and `consumeWhile` is not called again. For
    /// work whose later items are worth nothing once an earlier one has gone wrong.
    public static func stream<Context, T: Sendable>(count: Int, helpers: Int,
                                                    context: @escaping @Sendable () -> Context,
                                                    work: @escaping @Sendable (inout Context, Int) -> T,
                                                    consumeWhile: (Int, T) -> Bool) {
        let board = Board<T>(count: count)
        let finished = DispatchGroup()
        for _ in 0..<max(0, min(helpers, count - 1)) {
            DispatchQueue.global().async(group: finished) {
                var state = context()
                while let index = board.claim() { board.put(work(&state, index), at: index) }
            }
        }
        var state = context()
        consuming: for index in 0..<count {
            while true {
                switch board.next(index) {
                case .ready(let value):
                    guard consumeWhile(index, value) else {
                        board.stop()
                        break consuming
                    }
                case .claimed(let other):
                    board.put(work(&state, other), at: other)
                    continue
                }
                break
            }
        }
        finished.wait()
    }

    /// The items of `stream`: which is the next to take, and the results not yet consumed.
    private final class Board<T>: @unchecked Sendable {
        enum Next {
            case ready(T)
            /// The awaited result is not there, and this item was free: work on it first.
            case claimed(Int)
        }

        private let condition = NSCondition()
        private var slots: [T?]
        private var unclaimed = 0
        /// The index the consumer sleeps on, if it does.
        private var awaited = -1

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard unclaimed < slots.count else { return nil }
            unclaimed += 1
            return unclaimed - 1
        }

        /// No item is handed out any more.
        func stop() {
            condition.lock()
            unclaimed = slots.count
            condition.unlock()
        }

        func put(_ value: T, at index: Int) {
            condition.lock()
            slots[index] = value
            if index == awaited { condition.signal() }
            condition.unlock()
        }

        /// The result at `index` once it is there; or, while it is not, a free item to work on; when there
        /// is none, waits for the result.
        func next(_ index: Int) -> Next {
            condition.lock()
            defer { condition.unlock() }
            while slots[index] == nil {
                if unclaimed < slots.count {
                    unclaimed += 1
                    return .claimed(unclaimed - 1)
                }
                awaited = index
                condition.wait()
            }
            awaited = -1
            let value = slots[index]!
            slots[index] = nil
            return .ready(value)
        }
    }
}
