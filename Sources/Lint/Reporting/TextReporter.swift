import Schema

/// Renders a report the way compilers do, one `path:line:col: severity: message [rule-id]` line per
/// diagnostic, files in the order given, a blank line between files, and a summary line. Colors (ANSI) only
/// when asked for: the command asks when the output is a terminal and NO_COLOR is unset.
public struct TextReporter: Sendable {
    public let useColor: Bool

    public init(useColor: Bool) {
        self.useColor = useColor
    }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for file in report.files where !file.diagnostics.isEmpty {
            if !out.isEmpty { out += "\n" }
            for diagnostic in file.diagnostics { out += line(for: diagnostic) + "\n" }
        }
        if !out.isEmpty { out += "\n" }
        out += paint(report.summary.text, Style.bold) + "\n"
        return out
    }

    /// One diagnostic as `path:line:col: severity: message [rule-id]`.
    public func line(for diagnostic: Diagnostic) -> String {
        let place = paint("\(diagnostic.location):", Style.bold)
        let severity = paint("\(diagnostic.severity.rawValue):", Style.color(of: diagnostic.severity))
        let rule = paint("[\(diagnostic.ruleID)]", Style.dim)
        return "\(place) \(severity) \(diagnostic.message) \(rule)"
    }

    private func paint(_ text: String, _ style: String) -> String {
        useColor ? style + text + Style.reset : text
    }

    private enum Style {
        static let reset = "\u{1B}[0m"
        static let bold = "\u{1B}[1m"
        static let dim = "\u{1B}[2m"

        static func color(of severity: Diagnostic.Severity) -> String {
            switch severity {
            case .error: "\u{1B}[1;31m"
            case .warning: "\u{1B}[1;33m"
            case .info: "\u{1B}[1;36m"
            }
        }
    }
}
