import Foundation

extension MatrixRenderer {
    func markdown(_ view: MatrixView) -> String {
        switch view {
        case .overview: overviewMarkdown()
        case .profile(let profile): profileMarkdown(profile)
        case .ranking(let ranking, let limit, let derived): rankingMarkdown(ranking, limit: limit, derived: derived)
        case .check(let result, let derived): checkMarkdown(result, derived: derived)
        case .requirements: requirementsMarkdown()
        }
    }

    private func overviewMarkdown() -> String {
        var out = "| id | name | category | sweet spot / summary |\n|---|---|---|---|\n"
        for profile in matrix.profiles {
            out += row("`\(profile.id)`", displayName(profile) + (profile.isFromSeed ? " ★" : ""),
                       profile.category, profile.headline)
        }
        out += "\n★ full profile from the selection framework.\n"
        return out
    }

    private func profileMarkdown(_ profile: DatabaseProfile) -> String {
        var out = "### \(cell(profile.name)) (`\(profile.id)`)\n\n"
        out += "- **Category:** \(cell(matrix.category(profile.category)?.name ?? profile.category))\n"
        if let host = profile.host.flatMap(matrix.profile) { out += "- **Runs inside:** \(cell(host.name))\n" }
        if !profile.compatibleWith.isEmpty { out += "- **Compatible with:** \(cell(names(profile.compatibleWith)))\n" }
        if !profile.aliases.isEmpty { out += "- **Also called:** \(cell(profile.aliases.joined(separator: ", ")))\n" }
        if let seed = profile.seed {
            out += "- **Sweet spot:** \(cell(seed.sweetSpot))\n- **Cost profile:** \(cell(seed.costProfile))\n"
            for (title, lines) in [("When to use", seed.whenToUse), ("Strengths", seed.strengths),
                                   ("Limitations", seed.limitations)] {
                out += "\n**\(title)**\n\n" + lines.map { "- \(cell($0))\n" }.joined()
            }
        } else if let summary = profile.summary {
            out += "- **Summary:** \(cell(summary))\n"
        }
        out += "\n| | requirement | reason | source |\n|---|---|---|---|\n"
        for assessment in matrix.statedAssessments(of: profile) {
            out += row(assessment.level.symbol, "`\(assessment.requirement)`", assessment.reason,
                       assessment.attribution ?? "")
        }
        let workloads = profile.workloads
        if !workloads.chosenFor.isEmpty || !workloads.ruledOutBy.isEmpty {
            out += "\n**Chosen for:** " + workloads.chosenFor.map { "`\(workloadText($0))`" }.joined(separator: "; ")
            out += "  \n**Ruled out by:** " + workloads.ruledOutBy.map { "`\(workloadText($0))`" }.joined(separator: "; ")
            out += "\n"
        }
        return out
    }

    private func rankingMarkdown(_ ranking: Ranking, limit: Int?, derived: [DerivedRequirement]) -> String {
        var out = "**Requirements:** \(ranking.requirements.map { "`\($0)`" }.joined(separator: ", "))\n\n"
        out += derivedMarkdown(derived)
        out += "| rank | database | score | verdict | why |\n|---|---|---|---|---|\n"
        let shown = limit.map { Array(ranking.entries.prefix($0)) } ?? ranking.entries
        for entry in shown {
            let why = entry.assessments.map { "\($0.level.symbol) \(cell($0.explanation))" }.joined(separator: "<br>")
            out += "| \(entry.rank) | \(cell(entry.name)) | \(entry.score)/\(entry.maxScore) | \(entry.verdict.rawValue) | \(why) |\n"
        }
        if shown.count < ranking.entries.count {
            out += "\nShowing \(shown.count) of \(ranking.entries.count).\n"
        }
        return out
    }

    private func checkMarkdown(_ result: CheckResult, derived: [DerivedRequirement]) -> String {
        let name = result.profileName ?? "'\(result.database.raw)'"
        var out = "**\(cell(name))**: \(result.verdict.rawValue)\n\n"
        out += derivedMarkdown(derived)
        if !result.assessments.isEmpty {
            out += "| | requirement | reason | source |\n|---|---|---|---|\n"
            for assessment in result.assessments {
                out += row(assessment.level.symbol, "`\(assessment.requirement)`", assessment.reason,
                           assessment.attribution ?? "")
            }
        }
        if !result.alternatives.isEmpty {
            out += "\nBetter fits for these requirements: \(cell(names(result.alternatives)))\n"
        }
        return out
    }

    private func requirementsMarkdown() -> String {
        var out = "| requirement | name | dimension | meaning | also |\n|---|---|---|---|---|\n"
        for definition in matrix.requirements {
            out += row("`\(definition.id)`", definition.name, definition.dimension, definition.description,
                       definition.aliases.joined(separator: ", "))
        }
        return out
    }

    private func derivedMarkdown(_ derived: [DerivedRequirement]) -> String {
        guard !derived.isEmpty else { return "" }
        return "Derived from the schema:\n\n" + derived.map { "- \(cell(derivedText($0)))\n" }.joined() + "\n"
    }

    private func row(_ cells: String...) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }

    /// Text safe inside a table cell: pipes escaped, line breaks removed.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
