import Consensus
import Lint

/// The finding category of a deterministic rule, so that a lint finding and a panel finding on the same
/// object can be recognized as the same concern. Read from the lint rules themselves; an unknown id
/// (a reader diagnostic such as `syntax-error`) has no category.
enum RuleCategories {
    private static let table: [String: FindingCategory] = Dictionary(
        Rule.all.compactMap { rule in FindingCategory(rawValue: rule.category.rawValue).map { (rule.id, $0) } },
        uniquingKeysWith: { first, _ in first })

    static func category(of ruleID: String) -> FindingCategory? { table[ruleID] }
}
