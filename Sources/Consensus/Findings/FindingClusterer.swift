/// Clusters findings across panelists by target and category, then by title similarity within them
/// (see `threshold` for findings filed under another category or named less precisely),
/// and gives each cluster its support and tier. Pure and independent of panel order.
///
/// Finding tiers use the decision tiers' thresholds on support k of n configured panelists: unanimous
/// (k = n), majority (k > n/2), split (a minority raised it: keep it, integrate it); insufficient when fewer
/// than two panelists gave a usable answer at all.
public enum FindingClusterer {
    /// Word-set similarity (Jaccard over title words, stop words removed) at or above which two findings
    /// with the same target and category are the same finding.
    public static let similarityThreshold = 0.25

    public static func cluster(_ panel: [PanelAnswer]) -> [FindingCluster] {
        let n = panel.count
        let answered = panel.compactMap { member in member.answer.map { (member.panelist, $0) } }
        // Canonical order: independent of the order panelists were given in.
        var items: [(panelist: String, finding: Finding, words: Set<String>)] = []
        for (panelist, answer) in answered {
            for finding in answer.findings {
                items.append((panelist, finding, TitleWords.of(finding.title)))
            }
        }
        items.sort { a, b in
            (a.finding.target ?? "", a.finding.category.rawValue, -a.finding.severity.rank, a.finding.title, a.panelist)
                < (b.finding.target ?? "", b.finding.category.rawValue, -b.finding.severity.rank, b.finding.title, b.panelist)
        }

        var groups: [[Int]] = []
        var groupWords: [Set<String>] = []
        for (index, item) in items.enumerated() {
            var placed = false
            for g in groups.indices {
                let head = items[groups[g][0]]
                guard let threshold = threshold(head.finding, item.finding) else { continue }
                if TitleWords.similarity(groupWords[g], item.words) >= threshold {
                    groups[g].append(index)
                    groupWords[g].formUnion(item.words)
                    placed = true
                    break
                }
            }
            if !placed {
                groups.append([index])
                groupWords.append(item.words)
            }
        }

        let answeredNames = Set(answered.map(\.0))
        var counters: [String: Int] = [:]
        return groups.map { group in
            let members = group.map { FindingCluster.Member(panelist: items[$0].panelist, finding: items[$0].finding) }
            let head = members[0].finding
            let supporters = Array(Set(members.map(\.panelist))).sorted()
            let key = "\(head.category.rawValue):\(head.target ?? "-")"
            counters[key, default: 0] += 1
            return FindingCluster(
                id: "\(key):\(counters[key]!)",
                category: head.category,
                target: head.target,
                title: head.title,
                severity: members.map(\.finding.severity).max() ?? head.severity,
                members: members,
                supporters: supporters,
                panelSize: n,
                tier: tier(support: supporters.count, answered: answeredNames.count, panelSize: n),
                dissenters: answeredNames.subtracting(supporters).sorted()
            )
        }
        .sorted { ($0.severity.rank, $0.support, $1.id) > ($1.severity.rank, $1.support, $0.id) }
    }

    /// The similarity two findings need to be one: same target and category, the base threshold; same
    /// target but another category (models file a missing index under indexing or performance), or the
    /// same table named with and without a column, twice as much; different tables, never.
    static func threshold(_ a: Finding, _ b: Finding) -> Double? {
        let sameTarget = a.target == b.target
        let sameTable = a.target.map(TargetName.table) == b.target.map(TargetName.table)
        if sameTarget && a.category == b.category { return similarityThreshold }
        if sameTarget || (sameTable && (a.target.flatMap(TargetName.column) == nil || b.target.flatMap(TargetName.column) == nil)) {
            return 2 * similarityThreshold
        }
        return nil
    }

    static func tier(support k: Int, answered: Int, panelSize n: Int) -> Tier {
        if answered < 2 { return .insufficient }
        if k == n { return .unanimous }
        if 2 * k > n { return .majority }
        return .split
    }
}
