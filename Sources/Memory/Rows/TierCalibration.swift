import Foundation

/// How decisions of one tier fared: how many have an outcome, how many were upheld, and the 95% Wilson
/// score interval of the upheld share. Superseded decisions count as outcomes but not in the share: they
/// say nothing about whether the panel was right.
public struct TierCalibration: Sendable, Hashable, Codable {
    /// The fewest judged outcomes (upheld + overturned) before a record shows a tier's history.
    public static let minimumOutcomes = 10

    public var tier: String
    public var decisions: Int
    public var outcomes: Int
    public var upheld: Int
    public var overturned: Int
    public var superseded: Int
    /// Upheld + overturned: the interval's sample size.
    public var judged: Int { upheld + overturned }
    public var lower: Double?
    public var upper: Double?

    public init(tier: String, decisions: Int, upheld: Int, overturned: Int, superseded: Int) {
        self.tier = tier
        self.decisions = decisions
        self.outcomes = upheld + overturned + superseded
        self.upheld = upheld
        self.overturned = overturned
        self.superseded = superseded
        let interval = Self.wilson(successes: upheld, trials: upheld + overturned)
        self.lower = interval?.lower
        self.upper = interval?.upper
    }

    /// The Wilson score interval at 95% (z = 1.959964); nil for no trials.
    public static func wilson(successes: Int, trials: Int, z: Double = 1.959964) -> (lower: Double, upper: Double)? {
        guard trials > 0 else { return nil }
        let n = Double(trials), p = Double(successes) / n, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * ((p * (1 - p) + z2 / (4 * n)) / n).squareRoot() / (1 + z2 / n)
        return (max(0, centre - half), min(1, centre + half))
    }
}
