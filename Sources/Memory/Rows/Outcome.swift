import Foundation

/// What became of a decision, recorded later with `review outcome`.
public struct Outcome: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The decision stood.
        case upheld
        /// The decision was found wrong and reversed.
        case overturned
        /// A later decision replaced it for other reasons; neither upheld nor overturned.
        case superseded
    }

    public var outcome: Kind
    public var note: String?
    /// Whole seconds.
    public var recordedAt: Date

    public init(outcome: Kind, note: String?, recordedAt: Date) {
        self.outcome = outcome
        self.note = note
        self.recordedAt = Date(timeIntervalSince1970: recordedAt.timeIntervalSince1970.rounded(.down))
    }
}
