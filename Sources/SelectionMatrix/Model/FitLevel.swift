/// How well a database meets one requirement.
public enum FitLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// Meets it as a matter of course.
    case satisfies
    /// Meets it with caveats, an add-on, a paid edition or extra work.
    case partly
    /// A hard limitation: choosing it for this requirement is a mistake.
    case violates
    /// The matrix says nothing about it.
    case unassessed

    /// Ranking points: a satisfied requirement counts twice a partly met one.
    public var points: Int {
        switch self {
        case .satisfies: 2
        case .partly: 1
        case .violates, .unassessed: 0
        }
    }

    /// A one-character mark for text output.
    public var symbol: String {
        switch self {
        case .satisfies: "✓"
        case .partly: "~"
        case .violates: "✗"
        case .unassessed: "?"
        }
    }

    private var order: Int {
        switch self {
        case .satisfies: 0
        case .partly: 1
        case .unassessed: 2
        case .violates: 3
        }
    }

    /// Better fits sort first.
    public static func < (a: FitLevel, b: FitLevel) -> Bool { a.order < b.order }
}

/// A stated fit: the level and the short reason that justifies it, in the profile's own words.
public struct Fit: Hashable, Codable, Sendable {
    public let level: FitLevel
    public let reason: String

    public init(_ level: FitLevel, _ reason: String) {
        self.level = level
        self.reason = reason
    }
}
