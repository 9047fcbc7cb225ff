import Foundation
import Support

/// A test hook for the crash tests: when `REVIEW_MEMORY_CRASH_AT` names a step of storing a decision, the
/// process kills itself with SIGKILL at that step, inside the open transaction, as a power cut or `kill -9`
/// would; `step:N` kills at the N-th time the step is reached (an audit storing several decisions). Unset
/// (always, outside the tests), it does nothing.
enum FailurePoint {
    static let variable = "REVIEW_MEMORY_CRASH_AT"
    private static let armed: (step: String, count: Int)? = ProcessInfo.processInfo.environment[variable].map { value in
        let parts = value.split(separator: ":", maxSplits: 1)
        return (String(parts.first ?? ""), parts.count == 2 ? Int(parts[1]) ?? 1 : 1)
    }
    private static let reached = Locked(0)

    static func reach(_ step: String) {
        guard let armed, armed.step == step else { return }
        if reached.withLock({ $0 += 1; return $0 }) >= armed.count { kill(getpid(), SIGKILL) }
    }
}
