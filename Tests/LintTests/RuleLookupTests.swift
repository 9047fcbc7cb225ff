import Testing
import Lint
import Schema

/// The public entry points other parts use: rules looked up by id, and the model-level `Linter.lint`.
@Suite struct RuleLookupTests {
    @Test func categoryAndSeverityByID() {
        #expect(Rule.category(of: "foreign-key-without-index") == .integrity)
        #expect(Rule.category(of: "plaintext-password-column") == .security)
        #expect(Rule.defaultSeverity(of: "float-for-money") == .error)
        #expect(Rule.defaultSeverity(of: "enum-type") == .info)
        #expect(Rule.named("duplicate-index")?.name == "Duplicate index")
        for id in ["syntax-error", "invalid-suppression", "unsupported-dialect", "", "Duplicate-Index"] {
            #expect(Rule.named(id) == nil && Rule.category(of: id) == nil && Rule.defaultSeverity(of: id) == nil, "\(id)")
        }
        for rule in Rule.all {
            #expect(Rule.category(of: rule.id) == rule.category && Rule.defaultSeverity(of: rule.id) == rule.defaultSeverity)
        }
    }

    @Test func configuredSeverityByID() {
        let configuration = LintConfiguration(disabledRules: ["char-column"], severityOverrides: ["enum-type": .error])
        #expect(configuration.severity(ofRuleID: "enum-type") == .error)
        #expect(configuration.severity(ofRuleID: "char-column") == nil)
        #expect(configuration.severity(ofRuleID: "float-for-money") == .error)
        #expect(configuration.severity(ofRuleID: "missing-primary-key") == Rule.missingPrimaryKey.defaultSeverity)
        #expect(configuration.severity(ofRuleID: "no-such-rule") == nil)
    }

    @Test func lintAModel() {
        let sql = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, password TEXT NOT NULL);
            CREATE TABLE audit (user_id INTEGER, at TEXT);
            """
        let model = SchemaReader.read(text: sql, path: "app.sql", dialect: .sqlite).model
        let all = Linter.lint(model)
        #expect(all.map { "\($0.location.line):\($0.location.column) \($0.ruleID)" } == [
            "1:45 plaintext-password-column", "2:14 inconsistent-naming", "2:14 missing-primary-key",
            "2:21 likely-missing-foreign-key",
        ])
        #expect(all.first?.severity == Rule.plaintextPasswordColumn.defaultSeverity)

        let configured = Linter.lint(model, configuration: LintConfiguration(disabledRules: ["missing-primary-key", "inconsistent-naming"],
                                                                             severityOverrides: ["plaintext-password-column": .info]))
        #expect(configured.map(\.ruleID).sorted() == ["likely-missing-foreign-key", "plaintext-password-column"])
        #expect(configured.first { $0.ruleID == "plaintext-password-column" }?.severity == .info)
    }
}
