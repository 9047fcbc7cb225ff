import Schema

/// Everything one `review lint` run produced: a report per file that could be read, and the inputs that
/// could not (missing, unreadable, empty, too large, a directory without .sql files).
public struct LintReport: Sendable {
    /// An input that could not be linted, with a message that says why and what to do.
    public struct InputProblem: Sendable, Equatable {
        public let path: String
        public let message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    public let files: [FileReport]
    public let inputProblems: [InputProblem]
    /// The rules that were available to the run (reporters describe them, e.g. SARIF's tool.driver.rules).
    public let rules: [Rule]

    public init(files: [FileReport], inputProblems: [InputProblem] = [], rules: [Rule] = Rule.all) {
        self.files = files
        self.inputProblems = inputProblems
        self.rules = rules
    }

    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

    public var summary: LintSummary {
        var summary = LintSummary()
        for diagnostic in diagnostics { summary.add(diagnostic.severity) }
        summary.suppressed = files.reduce(0) { $0 + $1.suppressedCount }
        summary.files = files.count
        summary.unreadable = inputProblems.count
        return summary
    }

    /// 2 when an input could not be read, else 1 when a diagnostic reaches `failOn`, else 0.
    public func exitCode(failOn: FailThreshold) -> Int32 {
        if !inputProblems.isEmpty { return 2 }
        return diagnostics.contains { failOn.trips(on: $0.severity) } ? 1 : 0
    }
}

/// Counts by severity, suppressed findings, files.
public struct LintSummary: Sendable, Equatable, Codable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var suppressed = 0
    public var files = 0
    public var unreadable = 0

    public init() {}

    mutating func add(_ severity: Diagnostic.Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    public var total: Int { errors + warnings + infos }

    /// "2 errors, 5 warnings, 1 info in 3 files (4 suppressed)"; "no findings in 1 file".
    public var text: String {
        func plural(_ count: Int, _ word: String, _ words: String) -> String { "\(count) \(count == 1 ? word : words)" }
        var parts: [String] = []
        if errors > 0 { parts.append(plural(errors, "error", "errors")) }
        if warnings > 0 { parts.append(plural(warnings, "warning", "warnings")) }
        if infos > 0 { parts.append(plural(infos, "info", "infos")) }
        var line = (parts.isEmpty ? "no findings" : parts.joined(separator: ", ")) + " in " + plural(files, "file", "files")
        var notes: [String] = []
        if suppressed > 0 { notes.append("\(suppressed) suppressed") }
        if unreadable > 0 { notes.append(plural(unreadable, "input", "inputs") + " not read") }
        if !notes.isEmpty { line += " (" + notes.joined(separator: ", ") + ")" }
        return line
    }
}

/// `--fail-on`: the lowest severity that makes the run exit with 1.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, info, never

    public func trips(on severity: Diagnostic.Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        case .never: false
        }
    }
}
