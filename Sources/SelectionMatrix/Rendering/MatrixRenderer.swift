import Foundation

/// Renders a `MatrixView` as text (aligned for terminals), markdown or JSON.
public struct MatrixRenderer: Sendable {
    public let matrix: SelectionMatrix
    /// The terminal width text tables are cut to; nil when not printing to a terminal.
    public let width: Int?

    public init(matrix: SelectionMatrix, width: Int? = nil) {
        self.matrix = matrix
        self.width = width
    }

    public func render(_ view: MatrixView, as format: MatrixOutputFormat) -> String {
        switch format {
        case .text: text(view)
        case .markdown: markdown(view)
        case .json: json(view)
        }
    }

    // MARK: JSON

    private func json(_ view: MatrixView) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data?
        switch view {
        case .overview:
            data = try? encoder.encode(OverviewJSON(requirements: matrix.requirements, categories: matrix.categories,
                                                    profiles: matrix.profiles))
        case .profile(let profile):
            data = try? encoder.encode(ProfileJSON(profile: profile,
                                                   assessments: matrix.statedAssessments(of: profile)))
        case .ranking(let ranking, let limit, let derived):
            let entries = limit.map { Array(ranking.entries.prefix($0)) } ?? ranking.entries
            data = try? encoder.encode(RankingJSON(requirements: ranking.requirements, derived: derived,
                                                   total: ranking.entries.count, entries: entries))
        case .check(let result, let derived):
            data = try? encoder.encode(CheckJSON(check: result, summary: result.summary,
                                                 violations: result.violations, derived: derived))
        case .requirements:
            data = try? encoder.encode(matrix.requirements)
        }
        // Encoding plain value types cannot fail; an empty object would hide a bug, so say so.
        guard let data, let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("matrix JSON encoding failed")
        }
        return text + "\n"
    }

    private struct OverviewJSON: Encodable {
        let requirements: [RequirementDefinition]
        let categories: [CategoryDefinition]
        let profiles: [DatabaseProfile]
    }

    private struct ProfileJSON: Encodable {
        let profile: DatabaseProfile
        let assessments: [Assessment]
    }

    private struct RankingJSON: Encodable {
        let requirements: [Requirement]
        let derived: [DerivedRequirement]
        let total: Int
        let entries: [RankedProfile]
    }

    /// The check, with its one-line summary and the violated requirements with the limitation text, so
    /// programs need not recompute them from the assessments.
    private struct CheckJSON: Encodable {
        let check: CheckResult
        let summary: String
        let violations: [Assessment]
        let derived: [DerivedRequirement]
    }

    // MARK: Shared pieces

    /// "pgvector (in PostgreSQL)" for extensions, the name otherwise.
    func displayName(_ profile: DatabaseProfile) -> String {
        guard let host = profile.host.flatMap(matrix.profile) else { return profile.name }
        return "\(profile.name) (in \(host.name))"
    }

    func workloadText(_ workload: [Requirement]) -> String {
        workload.map(\.rawValue).joined(separator: " + ")
    }

    /// "complex-joins ← orders.customer_id → customers, order_items.order_id → orders and 3 more".
    func derivedText(_ derived: DerivedRequirement, shown: Int = 3) -> String {
        var evidence = derived.evidence.prefix(shown).joined(separator: ", ")
        if derived.evidence.count > shown { evidence += " and \(derived.evidence.count - shown) more" }
        return "\(derived.requirement) ← \(evidence)"
    }

    func names(_ ids: [String]) -> String {
        ids.map { matrix.profile($0)?.name ?? $0 }.joined(separator: ", ")
    }
}
