import Foundation
import Schema

/// `review lint --list-rules`: every rule with its category, default severity, dialects, rationale and fix.
public struct RuleListing: Sendable {
    public let rules: [Rule]
    public let configuration: LintConfiguration

    public init(rules: [Rule] = Rule.all, configuration: LintConfiguration = LintConfiguration()) {
        self.rules = rules
        self.configuration = configuration
    }

    /// Grouped by category; rationale and fix wrapped at `width` columns.
    public func text(width: Int = 100) -> String {
        var out = "\(rules.count) rules. Severities and thresholds can be changed in review.toml [lint].\n"
        for category in RuleCategory.allCases {
            let members = rules.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            out += "\n\(category.rawValue)\n"
            for rule in members {
                let dialects = rule.sortedDialects.map(\.rawValue).joined(separator: ", ")
                var status = configuration.severity(of: rule).rawValue
                if !configuration.isEnabled(rule) { status = "disabled" }
                out += "\n  \(rule.id)  (\(status); \(dialects))\n"
                out += "    \(rule.name)\n"
                out += Self.wrap(rule.rationale, indent: "    ", width: width)
                out += Self.wrap("Fix: " + rule.fix, indent: "    ", width: width)
            }
        }
        return out
    }

    private struct Entry: Encodable {
        let id: String
        let name: String
        let category: String
        let severity: String
        let enabled: Bool
        let dialects: [String]
        let rationale: String
        let fix: String
    }

    /// A JSON array of the rules (as configured).
    public func json() throws -> String {
        let entries = rules.map { rule in
            Entry(id: rule.id, name: rule.name, category: rule.category.rawValue,
                  severity: configuration.severity(of: rule).rawValue, enabled: configuration.isEnabled(rule),
                  dialects: rule.sortedDialects.map(\.rawValue), rationale: rule.rationale, fix: rule.fix)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    static func wrap(_ text: String, indent: String, width: Int) -> String {
        var out = ""
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, line.count > indent.count {
                out += line + "\n"
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { out += line + "\n" }
        return out
    }
}
