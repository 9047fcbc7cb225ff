extension SelectionMatrix {
    /// Scores every profile for `requirements` and ranks them: profiles that violate nothing first, then
    /// by score (two points per satisfied requirement, one per partly met one); ties keep file order and
    /// share a rank. Each entry carries the assessments that explain its score in the profile's own words.
    public func rank(for requirements: [Requirement]) -> Ranking {
        let maxScore = requirements.count * FitLevel.satisfies.points
        let scored = profiles.enumerated().map { position, profile in
            let assessments = requirements.map { requirement in
                resolved[position][requirement] ?? assessment(of: profile, for: requirement)
            }
            let violations = assessments.count { $0.level == .violates }
            let score = assessments.reduce(0) { $0 + $1.level.points }
            return (position: position, violations: violations, score: score, assessments: assessments)
        }
        let ordered = scored.sorted { a, b in
            (a.violations, -a.score, a.position) < (b.violations, -b.score, b.position)
        }
        var entries: [RankedProfile] = []
        for (place, item) in ordered.enumerated() {
            let tiesPrevious = entries.last.map { _ in
                let previous = ordered[place - 1]
                return previous.violations == item.violations && previous.score == item.score
            } ?? false
            let profile = profiles[item.position]
            entries.append(RankedProfile(rank: tiesPrevious ? entries[place - 1].rank : place + 1,
                                         profileID: profile.id, name: profile.name, score: item.score,
                                         maxScore: maxScore, verdict: Verdict(item.assessments),
                                         assessments: item.assessments))
        }
        return Ranking(requirements: requirements, entries: entries)
    }
}
