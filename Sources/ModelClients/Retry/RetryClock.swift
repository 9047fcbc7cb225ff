import Foundation

/// Time as the retry logic sees it: what time it is (for `retry-after` given as an HTTP date), how to
/// wait, and the random jitter. Injected so tests assert waits without spending them.
public struct RetryClock: Sendable {
    public var now: @Sendable () -> Date
    /// Waits `duration`; throws CancellationError when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// A number in 0..<1 for jitter.
    public var random: @Sendable () -> Double

    public init(now: @escaping @Sendable () -> Date, sleep: @escaping @Sendable (Duration) async throws -> Void,
                random: @escaping @Sendable () -> Double) {
        self.now = now
        self.sleep = sleep
        self.random = random
    }

    /// The real clock: `Task.sleep` and the system random generator.
    public static let live = RetryClock(now: { Date() }, sleep: { try await Task.sleep(for: $0) },
                                        random: { Double.random(in: 0..<1) })
}
