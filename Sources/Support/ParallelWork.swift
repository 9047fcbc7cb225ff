import Dispatch

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
