/// A past decision related to a new question, and why.
public struct RelatedMatch: Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Codable, Comparable {
        case sameFingerprint = "same schema fingerprint"
        case sameInput = "same input path"
        case textMatch = "similar question"

        private var rank: Int {
            switch self {
            case .sameFingerprint: 0
            case .sameInput: 1
            case .textMatch: 2
            }
        }

        public static func < (a: Reason, b: Reason) -> Bool { a.rank < b.rank }
    }

    public var decision: DecisionSummary
    public var reason: Reason
}
