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

    /// The document, keys in sorted order (the order `JSONEncoder`'s `.sortedKeys` gave it before).
    public func render(_ report: LintReport) throws -> String {
        let categories = Dictionary(report.rules.map { ($0.id, $0.category.rawValue) }, uniquingKeysWith: { a, _ in a })
        let diagnostics = report.diagnostics
        var json = PrettyJSONWriter(capacity: 512 + diagnostics.count * 400)
        json.beginObject()
        json.key("files")
        json.beginArray()
        for file in report.files {
            json.element()
            json.beginObject()
            json.member("dialect", file.dialect.rawValue)
            json.member("dialectReason", file.dialectReason)
            json.member("findings", file.diagnostics.count)
            json.member("path", file.path)
            json.member("suppressed", file.suppressedCount)
            json.endObject()
        }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for diagnostic in diagnostics {
            json.element()
            json.beginObject()
            json.member("category", categories[diagnostic.ruleID])
            json.member("column", diagnostic.location.column)
            json.member("file", diagnostic.location.file)
            json.member("fix", diagnostic.fix)
            json.member("line", diagnostic.location.line)
            json.member("message", diagnostic.message)
            json.member("ruleId", diagnostic.ruleID)
            json.member("severity", diagnostic.severity.rawValue)
            json.member("target", diagnostic.target)
            json.endObject()
        }
        json.endArray()
        json.key("inputErrors")
        json.beginArray()
        for problem in report.inputProblems {
            json.element()
            json.beginObject()
            json.member("message", problem.message)
            json.member("path", problem.path)
            json.endObject()
        }
        json.endArray()
        let summary = report.summary
        json.key("summary")
        json.beginObject()
        json.member("errors", summary.errors)
        json.member("files", summary.files)
        json.member("infos", summary.infos)
        json.member("suppressed", summary.suppressed)
        json.member("unreadable", summary.unreadable)
        json.member("warnings", summary.warnings)
        json.endObject()
        json.key("tool")
        json.beginObject()
        json.member("name", "review")
        json.member("version", toolVersion)
        json.endObject()
        json.member("version", 1)
        json.endObject()
        return json.text + "\n"
    }
}
