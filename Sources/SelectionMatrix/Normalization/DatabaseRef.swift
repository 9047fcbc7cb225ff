/// A database as someone named it, resolved against the matrix: "Postgres 16" → `postgresql`, version 16.
/// A name the matrix does not know stays `unknown`, with the text kept as it was.
public struct DatabaseRef: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The text as given.
    public let raw: String
    /// The profile id, or nil when the name is not in the matrix.
    public let profileID: String?
    /// A version written right after the name ("16", "8.0", "19c").
    public let version: String?
    /// The part of the text that named the profile, folded ("postgresql" in "Aurora PostgreSQL").
    public let matched: String?

    public init(raw: String, profileID: String?, version: String? = nil, matched: String? = nil) {
        self.raw = raw
        self.profileID = profileID
        self.version = version
        self.matched = matched
    }

    /// A reference to a profile by id.
    public static func profile(_ id: String) -> DatabaseRef {
        DatabaseRef(raw: id, profileID: id, matched: id)
    }

    public var isKnown: Bool { profileID != nil }

    /// What votes are grouped by: the profile id, or `unknown:` and the squashed text, so that "Kafka" and
    /// "kafka " count as one option and never as a known database.
    public var key: String { profileID ?? "unknown:" + NameIndex.squash(raw) }

    public var description: String {
        guard let profileID else { return "unknown (\(raw))" }
        return version.map { "\(profileID) \($0)" } ?? profileID
    }
}
