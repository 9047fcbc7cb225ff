extension SelectionMatrix {
    /// Checks a recommended database against `requirements`: `consistent` when it satisfies all of them,
    /// `violates` with the violated requirements and the limitation text when a hard limit rules it out,
    /// `partly` otherwise, `unknown` when the name is not in the matrix.
    public func check(_ database: DatabaseRef, against requirements: [Requirement]) -> CheckResult {
        guard let id = database.profileID, let profile = profile(id) else {
            return CheckResult(database: database, profileName: nil, requirements: requirements, verdict: .unknown,
                               assessments: [], alternatives: alternatives(for: requirements, excluding: nil))
        }
        let assessments = self.assessments(of: profile, for: requirements)
        let verdict = Verdict(assessments)
        return CheckResult(database: database, profileName: profile.name, requirements: requirements,
                           verdict: verdict, assessments: assessments,
                           alternatives: verdict == .consistent ? [] : alternatives(for: requirements, excluding: id))
    }

    /// `check` for a name as written ("AWS DynamoDB").
    public func check(_ name: String, against requirements: [Requirement]) -> CheckResult {
        check(normalize(name), against: requirements)
    }

    private func alternatives(for requirements: [Requirement], excluding id: String?) -> [String] {
        guard !requirements.isEmpty else { return [] }
        return rank(for: requirements).entries
            .filter { $0.profileID != id && $0.verdict.isValid }
            .prefix(3)
            .map(\.profileID)
    }
}
