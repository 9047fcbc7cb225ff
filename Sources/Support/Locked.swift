import Foundation

/// A value guarded by a lock, for state shared between threads that are not Swift tasks (the libcurl
/// loop thread, a test server's socket threads) and the async code that talks to them.
/// `Synchronization.Mutex` would do, but needs macOS 15; this works wherever Foundation does.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value and returns what it returns.
    @discardableResult
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the current value.
    public var current: Value {
        withLock { $0 }
    }
}
