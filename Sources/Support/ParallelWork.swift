import Dispatch
import Foundation

/// Work split over several threads whose results come back in order: `body(worker, deliver)` runs once per
/// worker, at the same time, and hands each result to `deliver` with its index. Each index must be
/// delivered by exactly one worker. With one worker, `body` runs on the calling thread.
///
/// For CPU-bound work that shares nothing (parsing statements, running lint rules): the callers decide how
/// to split (every n-th item spreads uneven items evenly) and when a job is too small to be worth threads.
public enum ParallelWork {
    public static func collect<T: Sendable>(count: Int, workers: Int,
                                            _ body: @Sendable (_ worker: Int, _ deliver: (Int, T) -> Void) -> Void) -> [T] {
        let slots = Slots<T>(count: count)
        if workers <= 1 {
            body(0) { slots.put($1, at: $0) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                body(worker) { slots.put($1, at: $0) }
            }
        }
        return slots.take()
    }

    /// Like `collect`, but the results are handed to `consume` on the calling thread, in index order, each
    /// as soon as it and all before it are ready, while the workers go on. For work whose results are
    /// folded in order (statements into a schema model): the folding overlaps the work instead of waiting
    /// for all of it. The workers run on the global queue; with one worker, `body` runs first on the
    /// calling thread and `consume` after it.
    public static func stream<T: Sendable>(count: Int, workers: Int,
                                           _ body: @escaping @Sendable (_ worker: Int, _ deliver: (Int, T) -> Void) -> Void,
                                           consume: (Int, T) -> Void) {
        guard workers > 1 else {
            for (index, value) in collect(count: count, workers: 1, body).enumerated() { consume(index, value) }
            return
        }
        let queue = OrderedQueue<T>(count: count)
        let finished = DispatchGroup()
        for worker in 0..<workers {
            DispatchQueue.global().async(group: finished) {
                body(worker) { queue.put($1, at: $0) }
            }
        }
        for index in 0..<count { consume(index, queue.take(index)) }
        finished.wait()
    }

    /// Results put by workers in any order and taken by one consumer in index order; the consumer sleeps
    /// only when the next result is not there yet, and is woken only by that result.
    private final class OrderedQueue<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var slots: [T?]
        private var awaited = -1

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func put(_ value: T, at index: Int) {
            condition.lock()
            slots[index] = value
            if index == awaited { condition.signal() }
            condition.unlock()
        }

        func take(_ index: Int) -> T {
            condition.lock()
            defer { condition.unlock() }
            while slots[index] == nil {
                awaited = index
                condition.wait()
            }
            awaited = -1
            let value = slots[index]!
            slots[index] = nil
            return value
        }
    }

    /// One slot per result, each written by exactly one worker and read after all have finished.
    private final class Slots<T>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            _ = storage.deinitialize()
            storage.deallocate()
        }

        func put(_ value: T, at index: Int) { storage[index] = value }

        func take() -> [T] {
            storage.map { value in
                guard let value else { preconditionFailure("ParallelWork: a result was never delivered") }
                return value
            }
        }
    }
}
