import Foundation
import Testing
@testable import Lint
import Schema

/// Each reporter's exact output on a small report: two files, three findings, one suppressed, one input error.
@Suite struct ReporterTests {
    static let report: LintReport = {
        let schema = FileReport(
            path: "db/schema.sql", dialect: .postgresql, dialectReason: "detected from a pg_dump header",
            diagnostics: [
                Diagnostic(ruleID: "missing-primary-key", severity: .error, message: "table audit_log has no primary key",
                           location: SourceLocation(file: "db/schema.sql", line: 3, column: 14), target: "audit_log",
                           fix: Rule.missingPrimaryKey.fix),
                Diagnostic(ruleID: "float-for-money", severity: .warning,
                           message: "orders.total holds money ('total'), 100% wrong, in double",
                           location: SourceLocation(file: "db/schema.sql", line: 9, column: 5), target: "orders.total",
                           fix: Rule.floatForMoney.fix),
            ],
            suppressedCount: 1)
        let other = FileReport(
            path: "db/my schema.sql", dialect: .mysql, dialectReason: "chosen with --dialect",
            diagnostics: [
                Diagnostic(ruleID: Diagnostic.syntaxErrorID, severity: .error, message: "syntax error at or near \"TABEL\"",
                           location: SourceLocation(file: "db/my schema.sql", line: 1, column: 8)),
                Diagnostic(ruleID: "enum-type", severity: .info, message: "a: b,\nc",
                           location: SourceLocation(file: "db/my schema.sql", line: 2, column: 3), target: "t.a",
                           fix: Rule.enumType.fix),
            ],
            suppressedCount: 0)
        return LintReport(files: [schema, other],
                          inputProblems: [.init(path: "gone.sql", message: "gone.sql: no such file")],
                          rules: [.missingPrimaryKey, .floatForMoney, .enumType])
    }()

    @Test func text() {
        let expected = """
            db/schema.sql:3:14: error: table audit_log has no primary key [missing-primary-key]
            db/schema.sql:9:5: warning: orders.total holds money ('total'), 100% wrong, in double [float-for-money]

            db/my schema.sql:1:8: error: syntax error at or near "TABEL" [syntax-error]
            db/my schema.sql:2:3: info: a: b,
            c [enum-type]

            2 errors, 1 warning, 1 info in 2 files (1 suppressed, 1 input not read)

            """
        #expect(TextReporter(useColor: false).render(Self.report) == expected)
    }

    @Test func textWithColorWrapsEachPartInANSICodes() {
        let line = TextReporter(useColor: true).line(for: Self.report.files[0].diagnostics[0])
        #expect(line == "\u{1B}[1mdb/schema.sql:3:14:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m table audit_log has no primary key \u{1B}[2m[missing-primary-key]\u{1B}[0m")
        #expect(!TextReporter(useColor: false).render(Self.report).contains("\u{1B}"))
    }

    @Test func textSummaryWhenClean() {
        let clean = LintReport(files: [FileReport(path: "a.sql", dialect: .sqlite, dialectReason: "", diagnostics: [], suppressedCount: 0)])
        #expect(TextReporter(useColor: false).render(clean) == "no findings in 1 file\n")
    }

    @Test func json() throws {
        let expected = #"""
            {
              "files" : [
                {
                  "dialect" : "postgresql",
                  "dialectReason" : "detected from a pg_dump header",
                  "findings" : 2,
                  "path" : "db/schema.sql",
                  "suppressed" : 1
                },
                {
                  "dialect" : "mysql",
                  "dialectReason" : "chosen with --dialect",
                  "findings" : 2,
                  "path" : "db/my schema.sql",
                  "suppressed" : 0
                }
              ],
              "findings" : [
                {
                  "category" : "integrity",
                  "column" : 14,
                  "file" : "db/schema.sql",
                  "fix" : "Declare a PRIMARY KEY: a natural key if one exists, else a generated bigint or uuid column.",
                  "line" : 3,
                  "message" : "table audit_log has no primary key",
                  "ruleId" : "missing-primary-key",
                  "severity" : "error",
                  "target" : "audit_log"
                },
                {
                  "category" : "types",
                  "column" : 5,
                  "file" : "db/schema.sql",
                  "fix" : "Use numeric/decimal with an explicit scale (e.g. numeric(12,2)), or an integer count of the smallest unit (cents).",
                  "line" : 9,
                  "message" : "orders.total holds money ('total'), 100% wrong, in double",
                  "ruleId" : "float-for-money",
                  "severity" : "warning",
                  "target" : "orders.total"
                },
                {
                  "column" : 8,
                  "file" : "db/my schema.sql",
                  "line" : 1,
                  "message" : "syntax error at or near \"TABEL\"",
                  "ruleId" : "syntax-error",
                  "severity" : "error"
                },
                {
                  "category" : "types",
                  "column" : 3,
                  "file" : "db/my schema.sql",
                  "fix" : "Prefer a lookup table with a foreign key, or text with a CHECK constraint, unless the set is closed for good.",
                  "line" : 2,
                  "message" : "a: b,\nc",
                  "ruleId" : "enum-type",
                  "severity" : "info",
                  "target" : "t.a"
                }
              ],
              "inputErrors" : [
                {
                  "message" : "gone.sql: no such file",
                  "path" : "gone.sql"
                }
              ],
              "summary" : {
                "errors" : 2,
                "files" : 2,
                "infos" : 1,
                "suppressed" : 1,
                "unreadable" : 1,
                "warnings" : 1
              },
              "tool" : {
                "name" : "review",
                "version" : "9.9.9"
              },
              "version" : 1
            }

            """#
        #expect(try JSONReporter(toolVersion: "9.9.9").render(Self.report) == expected)
    }

    @Test func github() {
        let expected = """
            ::error file=db/schema.sql,line=3,col=14,title=missing-primary-key::table audit_log has no primary key
            ::warning file=db/schema.sql,line=9,col=5,title=float-for-money::orders.total holds money ('total'), 100%25 wrong, in double
            ::error file=db/my schema.sql,line=1,col=8,title=syntax-error::syntax error at or near "TABEL"
            ::notice file=db/my schema.sql,line=2,col=3,title=enum-type::a: b,%0Ac
            2 errors, 1 warning, 1 info in 2 files (1 suppressed, 1 input not read)

            """
        #expect(GitHubReporter().render(Self.report) == expected)
    }

    @Test func githubEscapesPropertyValues() {
        #expect(GitHubReporter.escapeProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        #expect(GitHubReporter.escapeData("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae")
    }

    @Test func sarif() throws {
        let log = SARIFReporter(toolVersion: "9.9.9").log(for: Self.report)
        let run = try #require(log.runs.first)
        #expect(log.version == "2.1.0")
        #expect(run.tool.driver.name == "review" && run.tool.driver.version == "9.9.9")
        #expect(run.tool.driver.rules.map(\.id) == ["missing-primary-key", "float-for-money", "enum-type", "syntax-error", "invalid-suppression"])
        #expect(run.tool.driver.rules[0].help.text.contains("Fix: Declare a PRIMARY KEY"))
        #expect(run.tool.driver.rules[0].properties.tags == ["integrity"])
        #expect(run.results.map(\.ruleId) == ["missing-primary-key", "float-for-money", "syntax-error", "enum-type"])
        #expect(run.results.map(\.ruleIndex) == [0, 1, 3, 2])
        #expect(run.results.map(\.level) == ["error", "warning", "error", "note"])
        let location = try #require(run.results[2].locations.first)
        #expect(location.physicalLocation.artifactLocation.uri == "db/my%20schema.sql")
        #expect(location.physicalLocation.region == .init(startLine: 1, startColumn: 8))
        #expect(location.logicalLocations == nil)
        #expect(run.results[1].locations.first?.logicalLocations == [.init(fullyQualifiedName: "orders.total", kind: "member")])
        #expect(run.invocations.first?.executionSuccessful == false)
        #expect(run.invocations.first?.toolExecutionNotifications.first?.message.text == "gone.sql: no such file")
        for result in run.results {
            let fingerprint = try #require(result.partialFingerprints[SARIFReporter.fingerprintKey])
            #expect(fingerprint.count == 64)
        }
    }

    @Test func sarifFingerprintSurvivesMovingTheDDL() {
        let diagnostic = Self.report.files[0].diagnostics[0]
        var moved = diagnostic
        moved.location = SourceLocation(file: diagnostic.location.file, line: 40, column: 2)
        #expect(SARIFReporter.fingerprint(diagnostic) == SARIFReporter.fingerprint(moved))
        var other = diagnostic
        other.target = "audit_log_2"
        #expect(SARIFReporter.fingerprint(diagnostic) != SARIFReporter.fingerprint(other))
    }

    @Test func sarifURIs() {
        #expect(SARIFReporter.uri("db/schema.sql") == "db/schema.sql")
        #expect(SARIFReporter.uri("/srv/db/a b#1.sql") == "file:///srv/db/a%20b%231.sql")
    }

    @Test func exitCodes() {
        let clean = LintReport(files: [])
        #expect(clean.exitCode(failOn: .error) == 0)
        #expect(Self.report.exitCode(failOn: .never) == 2, "an unreadable input wins over findings")
        let readable = LintReport(files: Self.report.files)
        #expect(readable.exitCode(failOn: .error) == 1)
        #expect(readable.exitCode(failOn: .never) == 0)
        let warningsOnly = LintReport(files: [FileReport(path: "a", dialect: .sqlite, dialectReason: "",
                                                         diagnostics: [Self.report.files[0].diagnostics[1]], suppressedCount: 0)])
        #expect(warningsOnly.exitCode(failOn: .error) == 0)
        #expect(warningsOnly.exitCode(failOn: .warning) == 1)
        #expect(warningsOnly.exitCode(failOn: .info) == 1)
    }
}
