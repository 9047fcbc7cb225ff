extension SelectionMatrix {
    /// How `profile` meets `requirement`: its own statement, else its host's, else its category's typical
    /// fit, else `unassessed`.
    public func assessment(of profile: DatabaseProfile, for requirement: Requirement) -> Assessment {
        if let position = profilePositions[profile.id], profiles[position] == profile,
           let known = resolved[position][requirement] {
            return known
        }
        return Self.resolve(profile, requirement, profiles: profiles, categories: categories,
                            profilePositions: profilePositions, categoryPositions: categoryPositions)
    }

    /// The assessments of `profile` for each of `requirements`, in order.
    public func assessments(of profile: DatabaseProfile, for requirements: [Requirement]) -> [Assessment] {
        requirements.map { assessment(of: profile, for: $0) }
    }

    /// Every requirement of the vocabulary that `profile` (with host and category) has something to say
    /// about, best fits first.
    public func statedAssessments(of profile: DatabaseProfile) -> [Assessment] {
        requirements.map { assessment(of: profile, for: $0.id) }
            .filter { $0.level != .unassessed }
            .sorted { $0.level < $1.level }
    }

    static func resolveAll(requirements: [RequirementDefinition], categories: [CategoryDefinition],
                           profiles: [DatabaseProfile], profilePositions: [String: Int],
                           categoryPositions: [String: Int]) -> [[Requirement: Assessment]] {
        profiles.map { profile in
            var table: [Requirement: Assessment] = [:]
            for definition in requirements {
                table[definition.id] = resolve(profile, definition.id, profiles: profiles, categories: categories,
                                               profilePositions: profilePositions,
                                               categoryPositions: categoryPositions)
            }
            return table
        }
    }

    static func resolve(_ profile: DatabaseProfile, _ requirement: Requirement, profiles: [DatabaseProfile],
                        categories: [CategoryDefinition], profilePositions: [String: Int],
                        categoryPositions: [String: Int]) -> Assessment {
        if let fit = profile.fits[requirement] {
            return Assessment(requirement: requirement, level: fit.level, reason: fit.reason, source: .profile,
                              seedField: profile.seed?.field(quotedBy: fit.reason))
        }
        if let hostID = profile.host, let position = profilePositions[hostID] {
            let host = profiles[position]
            if let fit = host.fits[requirement] {
                return Assessment(requirement: requirement, level: fit.level, reason: fit.reason, source: .host,
                                  sourceName: host.name, seedField: host.seed?.field(quotedBy: fit.reason))
            }
            if let category = categoryPositions[host.category].map({ categories[$0] }),
               let fit = category.fits[requirement] {
                return Assessment(requirement: requirement, level: fit.level, reason: fit.reason, source: .host,
                                  sourceName: host.name)
            }
        }
        if let category = categoryPositions[profile.category].map({ categories[$0] }),
           let fit = category.fits[requirement] {
            return Assessment(requirement: requirement, level: fit.level, reason: fit.reason, source: .category,
                              sourceName: category.name)
        }
        return Assessment(requirement: requirement, level: .unassessed,
                          reason: "the matrix does not say how \(profile.name) meets this", source: .none)
    }
}
