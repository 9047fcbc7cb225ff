import Consensus
import SelectionMatrix

/// The selection matrix as a referee: it turns database names into profiles for voting, says which two
/// recommendations can both be right (split) and which exclude each other (conflicting), and checks every
/// recommended database against the requirements.
struct MatrixReferee: Sendable {
    let matrix: SelectionMatrix
    let requirements: [Requirement]

    /// Ranking entries kept in the record.
    static let rankingLimit = 5

    /// The decision field of `kind`; for selection, database names are resolved and judged by the matrix.
    func decisionField(for kind: QuestionKind) -> DecisionField {
        guard kind == .selection else { return DecisionField(kind: kind) }
        let matrix = matrix
        let requirements = requirements
        let options = matrix.profiles.map { DecisionOption(id: $0.id, label: $0.name) }
        return DecisionField(kind: kind, options: options,
                             resolve: { matrix.normalize($0).profileID },
                             compatible: { matrix.areCompatible(.profile($0), .profile($1), for: requirements) })
    }

    /// Every database a panelist recommended (first choice), checked; and the matrix's own ranking when
    /// `ranking` is asked for and there are requirements to rank by.
    func record(answers: [(panelist: String, answer: Answer)], ranking: Bool) -> MatrixRecord {
        var order: [String] = []
        var byKey: [String: (raw: String, ref: DatabaseRef, panelists: [String])] = [:]
        for (panelist, answer) in answers {
            guard let raw = answer.recommendedDatabase?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else {
                continue
            }
            let ref = matrix.normalize(raw)
            if byKey[ref.key] == nil {
                order.append(ref.key)
                byKey[ref.key] = (raw, ref, [])
            }
            byKey[ref.key]?.panelists.append(panelist)
        }
        let checks = order.compactMap { byKey[$0] }.map { entry in
            let result = matrix.check(entry.ref, against: requirements)
            return RecommendationCheck(
                panelists: entry.panelists, raw: entry.raw, profileID: entry.ref.profileID, profileName: result.profileName,
                verdict: result.verdict.rawValue,
                violated: result.violations.map { .init(requirement: $0.requirement.rawValue, reason: $0.reason) },
                summary: result.summary)
        }
        var ranked: [RankingRecord] = []
        if ranking, !requirements.isEmpty {
            ranked = matrix.rank(for: requirements).entries.prefix(Self.rankingLimit).map { entry in
                RankingRecord(rank: entry.rank, profileID: entry.profileID, name: entry.name, score: entry.score,
                              maxScore: entry.maxScore, verdict: entry.verdict.rawValue,
                              reasons: entry.assessments.map(\.explanation))
            }
        }
        return MatrixRecord(checks: checks, ranking: ranked)
    }
}
