import Consensus
import Lint

/// The finding category of a deterministic rule, so that a lint finding and a panel finding on the same
/// object can be recognized as the same concern. Read from the lint rules themselves; an id that is not a
/// rule (a reader diagnostic such as `syntax-error`) has no category.
enum RuleCategories {
    static func category(of ruleID: String) -> FindingCategory? {
        Rule.category(of: ruleID).flatMap { FindingCategory(rawValue: $0.rawValue) }
    }
}
