import Foundation
import Schema
import Support

/// Renders a report as SARIF 2.1.0, the format GitHub code scanning and other viewers import. Every rule
/// (and the `syntax-error` and `invalid-suppression` diagnostics) is described in `tool.driver.rules` with its
/// rationale and fix as help; each finding becomes a result with its rule, level, message, location, the
/// table or column as a logical location, and a fingerprint that survives moving the DDL around. Inputs that
/// could not be read become tool execution notifications.
public struct SARIFReporter: Sendable {
    public let toolVersion: String
    public static let fingerprintKey = "reviewFinding/v1"

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func render(_ report: LintReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log(for: report)), as: UTF8.self) + "\n"
    }

    func log(for report: LintReport) -> SARIFLog {
        let descriptors = report.rules.map(Self.descriptor(for:)) + Self.builtInDescriptors
        let indexes = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let results = report.diagnostics.map { diagnostic in
            SARIFLog.Result(
                ruleId: diagnostic.ruleID, ruleIndex: indexes[diagnostic.ruleID], level: Self.level(diagnostic.severity),
                message: .init(text: diagnostic.message),
                locations: [Self.location(diagnostic.location, target: diagnostic.target)],
                partialFingerprints: [Self.fingerprintKey: Self.fingerprint(diagnostic)])
        }
        let notifications = report.inputProblems.map { problem in
            SARIFLog.Notification(level: "error", message: .init(text: problem.message),
                                  locations: [SARIFLog.Location(physicalLocation: .init(artifactLocation: .init(uri: Self.uri(problem.path)),
                                                                                        region: nil),
                                                                logicalLocations: nil)])
        }
        let driver = SARIFLog.Driver(name: "review", version: toolVersion, rules: descriptors)
        let run = SARIFLog.Run(tool: .init(driver: driver),
                               invocations: [.init(executionSuccessful: report.inputProblems.isEmpty,
                                                   toolExecutionNotifications: notifications)],
                               results: results)
        return SARIFLog(runs: [run])
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func descriptor(for rule: Rule) -> SARIFLog.ReportingDescriptor {
        let dialects = rule.sortedDialects.map(\.description).joined(separator: ", ")
        let text = "\(rule.rationale)\n\nFix: \(rule.fix)\n\nApplies to: \(dialects)."
        let markdown = "\(rule.rationale)\n\n**Fix:** \(rule.fix)\n\n*Applies to:* \(dialects)."
        return SARIFLog.ReportingDescriptor(
            id: rule.id, name: rule.name, shortDescription: .init(text: rule.name), fullDescription: .init(text: rule.rationale),
            help: .init(text: text, markdown: markdown),
            defaultConfiguration: .init(level: level(rule.defaultSeverity), enabled: true),
            properties: .init(tags: [rule.category.rawValue]))
    }

    /// The diagnostics that do not come from rules.
    static let builtInDescriptors: [SARIFLog.ReportingDescriptor] = [
        SARIFLog.ReportingDescriptor(
            id: Diagnostic.syntaxErrorID, name: "Statement that does not parse",
            shortDescription: .init(text: "Statement that does not parse"),
            fullDescription: .init(text: "The dialect's parser rejected the statement; it was skipped and reading went on."),
            help: .init(text: "Fix the statement, or choose the right dialect with --dialect.",
                        markdown: "Fix the statement, or choose the right dialect with `--dialect`."),
            defaultConfiguration: .init(level: "error", enabled: true), properties: .init(tags: ["syntax"])),
        SARIFLog.ReportingDescriptor(
            id: SuppressionDirectives.invalidSuppressionID, name: "review-ignore comment naming an unknown rule",
            shortDescription: .init(text: "review-ignore comment naming an unknown rule"),
            fullDescription: .init(text: "A review-ignore comment names a rule id that does not exist, so it suppresses nothing."),
            help: .init(text: "Correct the rule id; review lint --list-rules lists them.",
                        markdown: "Correct the rule id; `review lint --list-rules` lists them."),
            defaultConfiguration: .init(level: "warning", enabled: true), properties: .init(tags: ["suppression"])),
    ]

    static func location(_ location: SourceLocation, target: String?) -> SARIFLog.Location {
        let logical = target.map { target in
            [SARIFLog.LogicalLocation(fullyQualifiedName: target, kind: target.contains(".") ? "member" : "type")]
        }
        return SARIFLog.Location(
            physicalLocation: .init(artifactLocation: .init(uri: uri(location.file)),
                                    region: .init(startLine: max(1, location.line), startColumn: max(1, location.column))),
            logicalLocations: logical)
    }

    /// A relative path stays a relative URI reference (resolved against the repository root by GitHub);
    /// an absolute path becomes a file: URI. Characters outside a URI path are percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]@!$&'()*+,=:")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// Stable across moving the DDL: rule, file, target (or line when there is none) and the message without
    /// its numbers.
    static func fingerprint(_ diagnostic: Diagnostic) -> String {
        let message = String(diagnostic.message.filter { !$0.isNumber })
        let anchor = diagnostic.target ?? "line \(diagnostic.location.line)"
        return SHA256.hex([diagnostic.ruleID, diagnostic.location.file, anchor, message].joined(separator: "\u{1F}"))
    }
}
