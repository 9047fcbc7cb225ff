import Foundation

/// The five fields the seed's "Strategic Database Selection Framework" gives each of its 18 databases,
/// copied word for word.
public struct SeedAssessment: Hashable, Codable, Sendable {
    public let whenToUse: [String]
    public let strengths: [String]
    public let limitations: [String]
    public let sweetSpot: String
    public let costProfile: String

    public init(whenToUse: [String], strengths: [String], limitations: [String], sweetSpot: String,
                costProfile: String) {
        self.whenToUse = whenToUse
        self.strengths = strengths
        self.limitations = limitations
        self.sweetSpot = sweetSpot
        self.costProfile = costProfile
    }

    /// Whether every field holds text (the seed gives all five for every database).
    public var isComplete: Bool {
        !whenToUse.isEmpty && !strengths.isEmpty && !limitations.isEmpty
            && ([sweetSpot, costProfile] + whenToUse + strengths + limitations).allSatisfy {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
    }

    /// The field a reason quotes, when the reason starts with one of the seed's lines (or is its sweet spot
    /// or cost profile), so that explanations can say "limitation" or "when to use".
    public func field(quotedBy reason: String) -> SeedField? {
        if whenToUse.contains(where: reason.hasPrefix) { return .whenToUse }
        if strengths.contains(where: reason.hasPrefix) { return .strengths }
        if limitations.contains(where: reason.hasPrefix) { return .limitations }
        if reason.hasPrefix(sweetSpot) { return .sweetSpot }
        if reason.hasPrefix(costProfile) { return .costProfile }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case whenToUse = "when_to_use"
        case strengths
        case limitations
        case sweetSpot = "sweet_spot"
        case costProfile = "cost_profile"
    }
}

/// One of the seed's five fields.
public enum SeedField: String, Codable, Sendable, CaseIterable {
    case whenToUse = "when-to-use"
    case strengths
    case limitations
    case sweetSpot = "sweet-spot"
    case costProfile = "cost-profile"

    /// How explanations name it: "when to use", "strength", "limitation".
    public var label: String {
        switch self {
        case .whenToUse: "when to use"
        case .strengths: "strength"
        case .limitations: "limitation"
        case .sweetSpot: "sweet spot"
        case .costProfile: "cost profile"
        }
    }
}
