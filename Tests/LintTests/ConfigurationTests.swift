import Consult
import Testing
@testable import Lint
import Schema

/// `[lint]` in review.toml, decoded the way `review lint` decodes it.
@Suite struct ConfigurationTests {
    static func decode(_ toml: String) throws -> LintConfiguration? {
        try ConfigFile.parse(toml, path: "review.toml").section("lint", as: LintConfiguration.self)
    }

    static func error(_ toml: String) -> String {
        do {
            _ = try decode(toml)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func defaultsWhenTheSectionIsMissing() throws {
        #expect(try Self.decode("[other]\nx = 1\n") == nil)
        let defaults = LintConfiguration()
        #expect(defaults.maxIndexesPerTable == 10 && defaults.maxTableColumns == 50 && defaults.maxIndexColumns == 5)
    }

    @Test func everySetting() throws {
        let configuration = try #require(try Self.decode("""
            [lint]
            disable = ["char-column", "enum-type"]
            max-indexes-per-table = 12
            max-table-columns = 60
            max-index-columns = 4

            [lint.severity]
            varchar-with-length = "warning"
            money-type = "error"
            json-instead-of-jsonb = "off"
            """))
        #expect(configuration.maxIndexesPerTable == 12)
        #expect(configuration.maxTableColumns == 60)
        #expect(configuration.maxIndexColumns == 4)
        #expect(configuration.disabledRules == ["char-column", "enum-type", "json-instead-of-jsonb"])
        #expect(configuration.severityOverrides == ["varchar-with-length": .warning, "money-type": .error])
        #expect(configuration.severity(of: .varcharWithLength) == .warning)
        #expect(configuration.severity(of: .missingPrimaryKey) == .error)
        #expect(!configuration.isEnabled(.charColumn) && configuration.isEnabled(.missingPrimaryKey))
    }

    @Test func unknownRuleIDsNameTheClosestValidOnes() {
        let message = Self.error("[lint]\ndisable = [\"foreign-key-without-idx\"]\n")
        #expect(message.hasPrefix("review.toml: [lint]: unknown rule id 'foreign-key-without-idx'; did you mean foreign-key-without-index"), "\(message)")
        #expect(message.contains("review lint --list-rules"))
        let severity = Self.error("[lint.severity]\nmoney = \"error\"\n")
        #expect(severity.contains("unknown rule id 'money'; did you mean money-type"), "\(severity)")
    }

    @Test func unknownKeysAndBadValuesAreErrors() {
        #expect(Self.error("[lint]\nmax-indexes = 3\n").contains("unknown key 'max-indexes'; did you mean max-indexes-per-table"))
        #expect(Self.error("[lint]\nmax-table-columns = 0\n").contains("max-table-columns must be at least 1, not 0"))
        #expect(Self.error("[lint.severity]\nmoney-type = \"fatal\"\n").contains("severity 'fatal' for money-type is not one of error, warning, info, off"))
        #expect(Self.error("[lint]\ndisable = \"char-column\"\n") != "no error")
    }

    @Test func theLinterAppliesSeveritiesThresholdsAndDisabledRules() {
        let location = SourceLocation(file: "a.sql", line: 1, column: 1)
        let columns = (1...4).map { Column(name: "c\($0)", type: DataType(kind: .text, raw: "text"), location: location) }
        let model = SchemaModel(dialect: .postgresql, tables: [
            Table(name: QualifiedName("wide"), columns: columns, location: location),
        ])
        let strict = LintConfiguration(maxTableColumns: 3, severityOverrides: ["wide-table": .error])
        let findings = Linter(rules: [.wideTable, .missingPrimaryKey], configuration: strict).findings(in: model)
        #expect(findings.map(\.ruleID) == ["missing-primary-key", "wide-table"])
        #expect(findings.map(\.severity) == [.error, .error])
        #expect(findings[1].message == "table wide has 4 columns, more than the limit of 3")
        #expect(findings[1].fix == Rule.wideTable.fix)
        let relaxed = LintConfiguration(maxTableColumns: 4, disabledRules: ["missing-primary-key"])
        #expect(Linter(rules: [.wideTable, .missingPrimaryKey], configuration: relaxed).findings(in: model).isEmpty)
    }

    @Test func closestNames() {
        #expect(ClosestNames.closest(to: "char-colum", among: Rule.all.map(\.id)) == ["char-column"])
        #expect(ClosestNames.closest(to: "zzzzzzzzzzzzzz", among: Rule.all.map(\.id)).isEmpty)
        #expect(ClosestNames.editDistance("kitten", "sitting") == 3)
    }
}
