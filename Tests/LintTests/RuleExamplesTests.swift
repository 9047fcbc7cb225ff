import Testing
import Lint
import Schema

/// Every rule over its own examples, read by the real dialect readers: triggering examples must be reported
/// exactly at their `↓` markers, non-triggering ones not at all (the SwiftLint pattern).
@Suite struct RuleExamplesTests {
    struct Position: Hashable, Comparable, CustomStringConvertible {
        let line: Int
        let column: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
        var description: String { "\(line):\(column)" }
    }

    /// The example read and checked by `rule` alone; records a failure if the reader reported problems, and
    /// returns nil (after recording one failure that says so) when the dialect's reader cannot read yet.
    static func findings(of rule: Rule, in example: RuleExample) -> [Diagnostic]? {
        let result = SchemaReader.read(text: example.sql, path: "example.sql", dialect: example.dialect)
        if let unsupported = result.diagnostics.first(where: { $0.ruleID == "unsupported-dialect" }) {
            Issue.record("\(rule.id): the \(example.dialect) example at line \(example.line) cannot be checked until the \(example.dialect) reader lands (the reader says: \(unsupported.message))")
            return nil
        }
        #expect(result.diagnostics.isEmpty,
                "the \(example.dialect) reader reported problems in the \(rule.id) example at line \(example.line): \(result.diagnostics.map(\.message))")
        return Linter(rules: [rule], configuration: example.configuration)
            .findings(in: result.model, source: SourceText(path: "example.sql", text: example.sql))
    }

    @Test(arguments: Rule.all)
    func triggeringExamplesAreReportedAtTheirMarkers(rule: Rule) {
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
        for example in rule.triggeringExamples {
            let expected = example.markerPositions.map { Position(line: $0.line, column: $0.column) }.sorted()
            #expect(!expected.isEmpty, "\(rule.id): the triggering example at line \(example.line) has no ↓ marker")
            guard let findings = Self.findings(of: rule, in: example) else { continue }
            let reported = findings.map { Position(line: $0.location.line, column: $0.location.column) }.sorted()
            #expect(reported == expected, "\(rule.id): example at line \(example.line) (\(example.dialect)) reported at \(reported), markers at \(expected)")
        }
    }

    @Test(arguments: Rule.all)
    func nonTriggeringExamplesAreNotReported(rule: Rule) {
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
        for example in rule.nonTriggeringExamples {
            #expect(!example.markedSQL.contains(RuleExample.marker), "\(rule.id): a non-triggering example has a marker")
            guard let findings = Self.findings(of: rule, in: example) else { continue }
            #expect(findings.isEmpty, "\(rule.id): non-triggering example at line \(example.line) (\(example.dialect)) reported \(findings.map(\.message))")
        }
    }

    @Test(arguments: Rule.all)
    func everyDialectTheRuleRunsOnHasATriggeringExample(rule: Rule) {
        let exampleDialects = Set(rule.triggeringExamples.map(\.dialect))
        #expect(exampleDialects == rule.dialects, "\(rule.id) runs on \(rule.sortedDialects) but triggers in examples for \(exampleDialects)")
        for example in rule.nonTriggeringExamples {
            #expect(rule.dialects.contains(example.dialect), "\(rule.id) has a \(example.dialect) example but does not run there")
        }
    }

    @Test(arguments: Rule.all)
    func documentation(rule: Rule) {
        #expect(rule.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !rule.id.hasPrefix("-"), "\(rule.id) is not kebab-case")
        #expect(rule.rationale.count > 80, "\(rule.id) needs a rationale a user can read")
        #expect(!rule.fix.isEmpty && !rule.name.isEmpty)
        #expect(!rule.rationale.contains("  "), "\(rule.id): stray double space in the rationale")
    }

    @Test func ruleIDsAreUnique() {
        let ids = Rule.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(!ids.contains(Diagnostic.syntaxErrorID))
        #expect(!ids.contains(SuppressionDirectives.invalidSuppressionID))
    }

    @Test func markersAreFoundInCharacterColumns() {
        let example = RuleExample("CREATE TABLE é (\n  ↓a int, ↓b int);", .postgresql)
        #expect(example.sql == "CREATE TABLE é (\n  a int, b int);")
        #expect(example.markerPositions.map { "\($0.line):\($0.column)" } == ["2:3", "2:10"])
    }
}
