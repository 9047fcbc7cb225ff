/// Checks the rules of the matrix format that JSON decoding cannot: unique ids, known references, complete
/// seed blocks, a summary for every other profile, requirement names that do not collide.
struct MatrixValidator {
    let requirements: [RequirementDefinition]
    let categories: [CategoryDefinition]
    let profiles: [DatabaseProfile]
    let source: String

    let profilePositions: [String: Int]
    let categoryPositions: [String: Int]
    let requirementPositions: [Requirement: Int]

    init(requirements: [RequirementDefinition], categories: [CategoryDefinition], profiles: [DatabaseProfile],
         source: String) {
        self.requirements = requirements
        self.categories = categories
        self.profiles = profiles
        self.source = source
        profilePositions = Dictionary(profiles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        categoryPositions = Dictionary(categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        requirementPositions = Dictionary(requirements.enumerated().map { ($1.id, $0) },
                                          uniquingKeysWith: { first, _ in first })
    }

    func validate() throws(MatrixError) {
        try unique(requirements.map(\.id.rawValue), "requirement")
        try unique(categories.map(\.id), "category")
        try unique(profiles.map(\.id), "profile")
        for requirement in requirements {
            try wellFormedID(requirement.id.rawValue, "requirement")
            try nonEmpty(requirement.name, "requirement '\(requirement.id)' has no name")
            try nonEmpty(requirement.description, "requirement '\(requirement.id)' has no description")
        }
        for category in categories {
            try wellFormedID(category.id, "category")
            try knownRequirements(category.fits.keys, in: "category '\(category.id)'")
            try reasons(category.fits, in: "category '\(category.id)'")
        }
        for profile in profiles {
            try validate(profile)
        }
    }

    private func validate(_ profile: DatabaseProfile) throws(MatrixError) {
        let place = "profile '\(profile.id)'"
        try wellFormedID(profile.id, "profile")
        try nonEmpty(profile.name, "\(place) has no name")
        guard categoryPositions[profile.category] != nil else {
            throw fail("\(place) names unknown category '\(profile.category)'; known: \(categories.map(\.id).joined(separator: ", "))")
        }
        if let host = profile.host {
            guard let position = profilePositions[host], host != profile.id else {
                throw fail("\(place) names unknown host '\(host)'")
            }
            guard profiles[position].host == nil else {
                throw fail("\(place) has host '\(host)', which is itself an extension; hosts must be databases")
            }
        }
        for other in profile.compatibleWith where profilePositions[other] == nil || other == profile.id {
            throw fail("\(place) is compatible with unknown profile '\(other)'")
        }
        if let seed = profile.seed {
            guard seed.isComplete else {
                throw fail("\(place) has a seed block with an empty field; all five (when_to_use, strengths, limitations, sweet_spot, cost_profile) need text")
            }
        } else {
            try nonEmpty(profile.summary ?? "", "\(place) needs a summary (or a complete seed block)")
        }
        try knownRequirements(profile.fits.keys, in: place)
        try reasons(profile.fits, in: place)
        for workload in profile.workloads.chosenFor + profile.workloads.ruledOutBy {
            guard !workload.isEmpty else { throw fail("\(place) has an empty workload") }
            try knownRequirements(workload, in: "\(place)'s workloads")
        }
    }

    /// Squashed requirement ids, names and aliases → requirement; two requirements may not share a name.
    func requirementNames() throws(MatrixError) -> [String: Requirement] {
        var names: [String: Requirement] = [:]
        for definition in requirements {
            for name in [definition.id.rawValue, definition.name] + definition.aliases {
                let key = NameIndex.squash(name)
                guard !key.isEmpty else { throw fail("requirement '\(definition.id)' has an empty alias") }
                if let other = names[key], other != definition.id {
                    throw fail("the name '\(name)' is used by requirements '\(other)' and '\(definition.id)'")
                }
                names[key] = definition.id
            }
        }
        return names
    }

    private func knownRequirements<S: Sequence>(_ ids: S, in place: String) throws(MatrixError)
        where S.Element == Requirement {
        for id in ids where requirementPositions[id] == nil {
            let near = EditDistance.closest(to: id.rawValue, among: requirements.map { [$0.id.rawValue] },
                                            names: requirements.map(\.id.rawValue))
            throw MatrixError(code: .invalidFile,
                              message: "\(source): \(place) names unknown requirement '\(id)'",
                              suggestions: near)
        }
    }

    private func reasons(_ fits: [Requirement: Fit], in place: String) throws(MatrixError) {
        for (requirement, fit) in fits.sorted(by: { $0.key < $1.key }) {
            try nonEmpty(fit.reason, "\(place) gives no reason for '\(requirement)'")
        }
    }

    private func unique(_ ids: [String], _ kind: String) throws(MatrixError) {
        var seen: Set<String> = []
        for id in ids where !seen.insert(id).inserted {
            throw fail("\(kind) id '\(id)' appears twice")
        }
    }

    private func wellFormedID(_ id: String, _ kind: String) throws(MatrixError) {
        let allowed = id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        guard allowed, !id.isEmpty, id.first != "-" else {
            throw fail("\(kind) id '\(id)' must be lowercase letters, digits and hyphens")
        }
    }

    private func nonEmpty(_ text: String, _ problem: String) throws(MatrixError) {
        guard text.contains(where: { !$0.isWhitespace }) else { throw fail(problem) }
    }

    private func fail(_ problem: String) -> MatrixError { .invalidFile(source, problem) }
}
