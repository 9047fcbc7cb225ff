import Consensus
import Schema
import Foundation
import TOMLKit

/// A question kept in a file, for audits. `NAME.question.toml` holds `question`, `kind`, `context` (schema
/// and document paths, relative to the file) and `require`; `NAME.question.md` is the question in Markdown,
/// with the same keys (but `question`) in an optional TOML front matter between `+++` lines.
enum QuestionFile {
    static func read(_ path: String, id: String) throws(ReviewError) -> AuditItem {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ReviewError("cannot read the question file \(path) as UTF-8 text")
        }
        let table: TOMLTable
        var body: String?
        if path.hasSuffix(".md") {
            let (front, rest) = splitFrontMatter(text)
            table = try parse(front, path: path)
            body = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            table = try parse(text, path: path)
        }
        return try item(table, id: id, base: (path as NSString).deletingLastPathComponent, place: path, body: body)
    }

    /// The item a question table describes (a question file, or a manifest's `[[item]]`).
    static func item(_ table: TOMLTable, id: String, base: String, place: String, body: String? = nil,
                     allowed: Set<String> = ["question", "kind", "context", "require", "dialect"]) throws(ReviewError) -> AuditItem {
        for key in table.keys where !allowed.contains(key) {
            throw ReviewError("\(place): unknown key '\(key)'; use \(allowed.sorted().joined(separator: ", "))")
        }
        var question = body
        if question == nil { question = try string(table, "question", place) }
        guard let question, !question.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ReviewError("\(place): the question is empty; write it " + (body == nil ? "as question = \"...\"" : "below the front matter"))
        }
        let kindName = try string(table, "kind", place) ?? QuestionKind.general.rawValue
        guard let kind = QuestionKind(rawValue: kindName), kind != .schemaReview else {
            throw ReviewError("\(place): unknown kind '\(kindName)'; use "
                + QuestionKind.allCases.filter { $0 != .schemaReview }.map(\.rawValue).joined(separator: ", "))
        }
        let context = try strings(table, "context", place).map { AuditPlan.join(base, $0) }
        return AuditItem(id: id, kind: kind, question: question, files: context, requirements: try strings(table, "require", place),
                         dialect: try dialect(table, place))
    }

    static func dialect(_ table: TOMLTable, _ place: String) throws(ReviewError) -> String? {
        guard let name = try string(table, "dialect", place) else { return nil }
        guard Dialect(userInput: name) != nil else {
            throw ReviewError("\(place): unknown dialect '\(name)'; use postgresql, mysql or sqlite")
        }
        return name
    }

    static func parse(_ text: String, path: String) throws(ReviewError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ReviewError("\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        } catch {
            throw ReviewError("\(path): \(error)")
        }
    }

    static func string(_ table: TOMLTable, _ key: String, _ place: String) throws(ReviewError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw ReviewError("\(place): \(key) must be a string") }
        return text
    }

    /// A string or an array of strings.
    static func strings(_ table: TOMLTable, _ key: String, _ place: String) throws(ReviewError) -> [String] {
        guard let value = table[key] else { return [] }
        if let text = value.string { return [text] }
        guard let array = value.array else { throw ReviewError("\(place): \(key) must be a string or a list of strings") }
        var out: [String] = []
        for element in array {
            guard let text = element.string else { throw ReviewError("\(place): \(key) must be a list of strings") }
            out.append(text)
        }
        return out
    }

    /// The TOML between a leading `+++` line and the next one, and the rest; no front matter gives "" and all.
    static func splitFrontMatter(_ text: String) -> (String, String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "+++",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "+++" }) else {
            return ("", text)
        }
        return (lines[1..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"))
    }
}
