import Foundation

extension SelectionMatrix {
    /// Resolves a database name as a model or a person wrote it: versions, vendor prefixes, parentheses,
    /// case and punctuation are ignored; of several names the first recognisable one counts, except that an
    /// extension named with its host wins ("pgvector on Postgres" → pgvector). Unknown names keep their text.
    public func normalize(_ text: String) -> DatabaseRef {
        guard let match = names.match(text) else { return DatabaseRef(raw: text, profileID: nil) }
        return DatabaseRef(raw: text, profileID: profiles[match.position].id, version: match.version,
                           matched: match.matched)
    }

    /// `normalize` on the built-in matrix.
    public static func normalize(_ text: String) -> DatabaseRef { builtIn.normalize(text) }

    /// The profile a name refers to, or an error that lists the closest known names.
    public func resolveProfile(_ text: String) throws(MatrixError) -> DatabaseProfile {
        if let id = normalize(text).profileID, let profile = profile(id) { return profile }
        throw .unknownDatabase(text, suggestions: closestProfiles(to: text))
    }

    /// Up to `limit` profile ids whose names or aliases are spelt most like `text`.
    public func closestProfiles(to text: String, limit: Int = 3) -> [String] {
        EditDistance.closest(to: text, among: profiles.map { [$0.id, $0.name] + $0.aliases },
                             names: profiles.map(\.id), limit: limit)
    }

    /// The requirement `text` names (its id, name or an alias, in any case and punctuation), or nil.
    public func requirement(named text: String) -> Requirement? {
        requirementNames[NameIndex.squash(text)]
    }

    /// Parses requirement names as given on the command line or by a model ("acid", "Full text",
    /// "geo"): each may hold several, separated by commas. Duplicates are dropped, order kept; an unknown
    /// name is an error listing the closest valid ones.
    public func parseRequirements<S: Sequence>(_ texts: S) throws(MatrixError) -> [Requirement]
        where S.Element == String {
        var result: [Requirement] = []
        for text in texts {
            for part in text.split(separator: ",") {
                let name = part.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { continue }
                guard let requirement = requirement(named: name) else {
                    throw .unknownRequirement(name, suggestions: closestRequirements(to: name))
                }
                if !result.contains(requirement) { result.append(requirement) }
            }
        }
        return result
    }

    /// Up to `limit` requirement ids spelt most like `text`.
    public func closestRequirements(to text: String, limit: Int = 3) -> [String] {
        EditDistance.closest(to: text, among: requirements.map { [$0.id.rawValue, $0.name] + $0.aliases },
                             names: requirements.map(\.id.rawValue), limit: limit)
    }
}
