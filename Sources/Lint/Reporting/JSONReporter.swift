import Foundation
import Schema

/// Renders a report as one JSON document (pretty-printed, keys sorted), shape version 1:
///
/// ```json
/// {
///   "version": 1,
///   "tool": { "name": "review", "version": "0.1.0" },
///   "files": [ { "path": "schema.sql", "dialect": "postgresql", "dialectReason": "...", "findings": 2, "suppressed": 1 } ],
///   "findings": [ { "ruleId": "missing-primary-key", "category": "integrity", "severity": "error",
///                   "message": "...", "file": "schema.sql", "line": 3, "column": 14,
///                   "target": "audit_log", "fix": "..." } ],
///   "inputErrors": [ { "path": "missing.sql", "message": "..." } ],
///   "summary": { "errors": 1, "warnings": 1, "infos": 0, "suppressed": 1, "files": 1, "unreadable": 1 }
/// }
/// ```
/// `category`, `target` and `fix` are left out when they do not apply (parse errors have none). Fields may be
/// added in later versions; none will be removed or change meaning without a new `version`.
public struct JSONReporter: Sendable {
    public let toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    struct Document: Encodable {
        struct Tool: Encodable { let name: String; let version: String }
        struct File: Encodable {
            let path: String
            let dialect: String
            let dialectReason: String
            let findings: Int
            let suppressed: Int
        }
        struct Finding: Encodable {
            let ruleId: String
            let category: String?
            let severity: String
            let message: String
            let file: String
            let line: Int
            let column: Int
            let target: String?
            let fix: String?
        }
        struct InputError: Encodable { let path: String; let message: String }

        let version = 1
        let tool: Tool
        let files: [File]
        let findings: [Finding]
        let inputErrors: [InputError]
        let summary: LintSummary
    }

    public func render(_ report: LintReport) throws -> String {
        let categories = Dictionary(report.rules.map { ($0.id, $0.category.rawValue) }, uniquingKeysWith: { a, _ in a })
        let document = Document(
            tool: .init(name: "review", version: toolVersion),
            files: report.files.map {
                .init(path: $0.path, dialect: $0.dialect.rawValue, dialectReason: $0.dialectReason,
                      findings: $0.diagnostics.count, suppressed: $0.suppressedCount)
            },
            findings: report.diagnostics.map {
                .init(ruleId: $0.ruleID, category: categories[$0.ruleID], severity: $0.severity.rawValue,
                      message: $0.message, file: $0.location.file, line: $0.location.line, column: $0.location.column,
                      target: $0.target, fix: $0.fix)
            },
            inputErrors: report.inputProblems.map { .init(path: $0.path, message: $0.message) },
            summary: report.summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
