/// One requirement a workload can have, such as `acid` or `geospatial`: the id of an entry in the matrix's
/// requirement vocabulary. A plain string value so that a user's matrix file can add requirements; the
/// built-in ones the code refers to by name are the static constants below.
public struct Requirement: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ id: String) { self.rawValue = id }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (a: Requirement, b: Requirement) -> Bool { a.rawValue < b.rawValue }

    // The requirements that schema derivation and callers name in code. Tests check that each is in the
    // built-in vocabulary.
    public static let acid: Requirement = "acid"
    public static let complexJoins: Requirement = "complex-joins"
    public static let documentFlexibility: Requirement = "document-flexibility"
    public static let fullText: Requirement = "full-text"
    public static let vectorSearch: Requirement = "vector-search"
    public static let geospatial: Requirement = "geospatial"
    public static let timeSeries: Requirement = "time-series"
    public static let horizontalWrites: Requirement = "horizontal-writes"
    public static let multiRegion: Requirement = "multi-region"
    public static let readHeavy: Requirement = "read-heavy"
    public static let writeHeavy: Requirement = "write-heavy"
    public static let graphTraversal: Requirement = "graph-traversal"
    public static let olapAnalytics: Requirement = "olap-analytics"
    public static let caching: Requirement = "caching"
    public static let serverless: Requirement = "serverless"
    public static let lowLatency: Requirement = "low-latency"
    public static let budget: Requirement = "budget"
    public static let managedOnly: Requirement = "managed-only"
    public static let openSource: Requirement = "open-source"
    public static let compliance: Requirement = "compliance"

    /// Every requirement named above, in that order.
    public static let named: [Requirement] = [
        .acid, .complexJoins, .documentFlexibility, .fullText, .vectorSearch, .geospatial, .timeSeries,
        .horizontalWrites, .multiRegion, .readHeavy, .writeHeavy, .graphTraversal, .olapAnalytics, .caching,
        .serverless, .lowLatency, .budget, .managedOnly, .openSource, .compliance,
    ]
}

extension Requirement: CodingKeyRepresentable {
    public var codingKey: any CodingKey { RequirementKey(stringValue: rawValue) }

    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }

    private struct RequirementKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
