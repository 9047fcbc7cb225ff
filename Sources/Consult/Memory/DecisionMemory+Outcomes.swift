import Foundation
import Memory

extension DecisionMemory {
    /// Records an outcome for decision `number`: first next to its record (the source of truth), then in
    /// the memory. Returns the decision, or nil when the memory has no decision with that number.
    public func recordOutcome(_ outcome: Outcome, number: Int) throws(MemoryError) -> DecisionSummary? {
        guard let decision = try store.decision(number: number) else { return nil }
        do {
            try OutcomeFile.append(outcome, forRecord: decision.jsonPath)
        } catch {
            throw MemoryError("cannot write \(OutcomeFile.path(forRecord: decision.jsonPath)): \(error.localizedDescription); nothing was recorded")
        }
        return try store.record(outcome, number: number)
    }
}
