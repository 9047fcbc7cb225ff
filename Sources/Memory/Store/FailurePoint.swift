import Foundation

/// A test hook for the crash tests: when `REVIEW_MEMORY_CRASH_AT` names a step of storing a decision, the
/// process kills itself with SIGKILL at that step, inside the open transaction, as a power cut or `kill -9`
/// would. Unset (always, outside the tests), it does nothing.
enum FailurePoint {
    static let variable = "REVIEW_MEMORY_CRASH_AT"
    private static let armed = ProcessInfo.processInfo.environment[variable]

    static func reach(_ step: String) {
        if armed == step { kill(getpid(), SIGKILL) }
    }
}
