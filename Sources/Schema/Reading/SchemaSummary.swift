import Foundation

/// The human summary of a read (`review inspect`) and its JSON form.
public struct SchemaSummary: Sendable {
    public let result: SchemaReadResult

    public init(_ result: SchemaReadResult) { self.result = result }

    public var text: String {
        let model = result.model
        var out = "\(result.path): \(result.dialect) (\(result.dialectReason))\n"
        out += "  \(model.tables.count) tables, \(model.columnCount) columns, \(model.indexCount) indexes, "
        out += "\(model.foreignKeyCount) foreign keys"
        let checks = model.tables.reduce(0) { $0 + $1.checks.count }
        if checks > 0 { out += ", \(checks) checks" }
        out += "\n"
        var others: [String] = []
        if !model.enums.isEmpty { others.append("\(model.enums.count) enums") }
        if !model.domains.isEmpty { others.append("\(model.domains.count) domains") }
        if !model.views.isEmpty { others.append("\(model.views.count) views") }
        if !model.sequences.isEmpty { others.append("\(model.sequences.count) sequences") }
        let partitioned = model.tables.filter { $0.partitioning != nil }.count
        if partitioned > 0 { others.append("\(partitioned) partitioned tables") }
        if !others.isEmpty { out += "  " + others.joined(separator: ", ") + "\n" }
        out += "  \(result.statementCount) statements"
        if result.skippedCount > 0 {
            let kinds = result.skipped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out += ", \(result.skippedCount) skipped (\(kinds))"
        }
        out += "\n"
        out += "  fingerprint \(SchemaFingerprint.of(model))\n"
        let errors = result.diagnostics
        if errors.isEmpty {
            out += "  no parse errors\n"
        } else {
            out += "  \(errors.count) \(errors.count == 1 ? "problem" : "problems"):\n"
            for diagnostic in errors {
                out += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
            }
        }
        return out
    }

    private struct Document: Encodable {
        let path: String
        let dialect: Dialect
        let dialectReason: String
        let fingerprint: String
        let statementCount: Int
        let skipped: [String: Int]
        let diagnostics: [Diagnostic]
        let model: SchemaModel
    }

    /// The whole model with the read's metadata, as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(path: result.path, dialect: result.dialect, dialectReason: result.dialectReason,
                                fingerprint: SchemaFingerprint.of(result.model), statementCount: result.statementCount,
                                skipped: result.skipped, diagnostics: result.diagnostics, model: result.model)
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
