import Foundation

extension MatrixRenderer {
    func text(_ view: MatrixView) -> String {
        switch view {
        case .overview: overviewText()
        case .profile(let profile): profileText(profile)
        case .ranking(let ranking, let limit, let derived): rankingText(ranking, limit: limit, derived: derived)
        case .check(let result, let derived): checkText(result, derived: derived)
        case .requirements: requirementsText()
        }
    }

    private func overviewText() -> String {
        var table = TextTable("ID", "NAME", "CATEGORY", "SWEET SPOT / SUMMARY")
        for profile in matrix.profiles {
            table.add(profile.id + (profile.isFromSeed ? " *" : ""), displayName(profile), profile.category,
                      profile.headline)
        }
        let seeds = matrix.profiles.count { $0.isFromSeed }
        return table.render(width: width) + """

            \(matrix.profiles.count) databases; * marks the \(seeds) with a full profile from the selection framework.
            `review matrix NAME` shows one, `review matrix --require acid,geospatial` ranks them for a workload,
            `review matrix --list-requirements` lists the \(matrix.requirements.count) requirements.

            """
    }

    private func profileText(_ profile: DatabaseProfile) -> String {
        var out = "\(profile.name) (\(profile.id))\n"
        var facts = TextTable(columns: 2)
        facts.add("Category:", matrix.category(profile.category)?.name ?? profile.category)
        if let host = profile.host.flatMap(matrix.profile) { facts.add("Runs inside:", host.name) }
        if !profile.compatibleWith.isEmpty { facts.add("Compatible with:", names(profile.compatibleWith)) }
        if !profile.aliases.isEmpty { facts.add("Also called:", profile.aliases.joined(separator: ", ")) }
        if let seed = profile.seed {
            facts.add("Sweet spot:", seed.sweetSpot)
            facts.add("Cost profile:", seed.costProfile)
        } else if let summary = profile.summary {
            facts.add("Summary:", summary)
        }
        out += facts.render(width: nil).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
        if let seed = profile.seed {
            for (title, lines) in [("When to use", seed.whenToUse), ("Strengths", seed.strengths),
                                   ("Limitations", seed.limitations)] {
                out += "\n\(title)\n" + lines.map { "  - \($0)\n" }.joined()
            }
        }
        out += "\nRequirements\n"
        var fits = TextTable(columns: 3)
        for assessment in matrix.statedAssessments(of: profile) {
            let reason = assessment.attribution.map { "\(assessment.reason) (\($0))" } ?? assessment.reason
            fits.add("  " + assessment.level.symbol, assessment.requirement.rawValue, reason)
        }
        out += fits.render(width: width)
        let workloads = profile.workloads
        if !workloads.chosenFor.isEmpty || !workloads.ruledOutBy.isEmpty {
            out += "\nChosen for\n" + workloads.chosenFor.map { "  \(workloadText($0))\n" }.joined()
            out += "Ruled out by\n" + workloads.ruledOutBy.map { "  \(workloadText($0))\n" }.joined()
        }
        return out
    }

    private func rankingText(_ ranking: Ranking, limit: Int?, derived: [DerivedRequirement]) -> String {
        var out = "Requirements: \(ranking.requirements.map(\.rawValue).joined(separator: ", "))\n"
        out += derivedLines(derived)
        out += "\n"
        let shown = limit.map { Array(ranking.entries.prefix($0)) } ?? ranking.entries
        let nameWidth = shown.map(\.name.count).max() ?? 0
        for entry in shown {
            let rank = String(entry.rank).leftPadded(to: 3)
            let name = entry.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            out += "\(rank)  \(name)  \("\(entry.score)/\(entry.maxScore)".leftPadded(to: 5))  \(entry.verdict.rawValue)\n"
            for assessment in entry.assessments {
                out += cut("       \(assessment.level.symbol) \(assessment.explanation)") + "\n"
            }
        }
        if shown.count < ranking.entries.count {
            out += "\nShowing \(shown.count) of \(ranking.entries.count); --top 0 shows all.\n"
        }
        return out
    }

    private func checkText(_ result: CheckResult, derived: [DerivedRequirement]) -> String {
        var out = ""
        if let id = result.database.profileID {
            let version = result.database.version.map { " \($0)" } ?? ""
            out += "\(result.profileName ?? id) (\(id)\(version)): \(result.verdict.rawValue)\n"
        } else {
            out += "'\(result.database.raw)': unknown, not in the selection matrix\n"
        }
        out += "Requirements: \(result.requirements.map(\.rawValue).joined(separator: ", "))\n"
        out += derivedLines(derived)
        for assessment in result.assessments {
            out += cut("  \(assessment.level.symbol) \(assessment.explanation)") + "\n"
        }
        if !result.alternatives.isEmpty {
            out += "Better fits for these requirements: \(names(result.alternatives))\n"
        }
        return out
    }

    private func requirementsText() -> String {
        var table = TextTable("REQUIREMENT", "DIMENSION", "MEANING")
        for definition in matrix.requirements {
            table.add(definition.id.rawValue, definition.dimension, definition.description)
        }
        return table.render(width: width)
    }

    private func derivedLines(_ derived: [DerivedRequirement]) -> String {
        guard !derived.isEmpty else { return "" }
        return "Derived from the schema:\n" + derived.map { "  \(derivedText($0))\n" }.joined()
    }
}

extension MatrixRenderer {
    /// `line` cut to the terminal width, if there is one.
    func cut(_ line: String) -> String {
        guard let width, line.count > width, width > 1 else { return line }
        return String(line.prefix(width - 1)) + "…"
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
