import Schema

/// Renders a report as GitHub Actions workflow commands, which GitHub shows as annotations on the lines:
/// `::error file=schema.sql,line=3,col=14,title=missing-primary-key::table audit_log has no primary key`.
/// Info findings become `::notice`. A plain summary line follows.
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let properties = [
                "file=" + Self.escapeProperty(diagnostic.location.file),
                "line=\(diagnostic.location.line)",
                "col=\(diagnostic.location.column)",
                "title=" + Self.escapeProperty(diagnostic.ruleID),
            ].joined(separator: ",")
            out += "::\(command) \(properties)::\(Self.escapeData(diagnostic.message))\n"
        }
        out += report.summary.text + "\n"
        return out
    }

    /// The message part: `%`, CR and LF are escaped (the runner's `escapeData`).
    static func escapeData(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\r\n": out += "%0D%0A"
            default: out.append(character)
            }
        }
        return out
    }

    /// A property value: as data, plus `:` and `,` (the runner's `escapeProperty`).
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
    }
}

extension String {
    func replacingEvery(_ character: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == character { out += replacement } else { out.append(c) } }
        return out
    }
}
