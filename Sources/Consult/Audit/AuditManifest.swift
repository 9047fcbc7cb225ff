import Consensus
import Foundation
import TOMLKit

/// `audit.toml`: the items of an audit listed explicitly, each an `[[item]]` table with its own options.
/// A schema review gives `schema` (a path or a list); a question gives `question` (or `question_file`, a
/// `*.question.md`/`.toml`), `kind`, `context` and `require`. `name` names the item in the report (default:
/// its first file, or `item-N`). Paths are relative to the manifest.
///
/// ```toml
/// [[item]]
/// schema = "schemas/shop.sql"
/// require = ["acid"]
///
/// [[item]]
/// name = "ledger-database"
/// question = "Which database for the ledger?"
/// kind = "selection"
/// context = ["schemas/ledger.sql"]
/// ```
enum AuditManifest {
    static func read(_ path: String) throws(ReviewError) -> AuditPlan {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ReviewError("cannot read the manifest \(path) as UTF-8 text")
        }
        let table = try QuestionFile.parse(text, path: path)
        for key in table.keys where key != "item" {
            throw ReviewError("\(path): unknown key '\(key)'; list items as [[item]] tables")
        }
        guard let value = table["item"] else { return AuditPlan(source: path, items: []) }
        guard let entries = value.array else { throw ReviewError("\(path): item must be a list of [[item]] tables") }
        let base = (path as NSString).deletingLastPathComponent
        var items: [AuditItem] = []
        for (index, entry) in entries.enumerated() {
            let place = "\(path): item \(index + 1)"
            guard let item = entry.table else { throw ReviewError("\(place) must be a table") }
            items.append(try read(item, index: index, base: base, place: place))
        }
        return AuditPlan(source: path, items: items)
    }

    static func read(_ table: TOMLTable, index: Int, base: String, place: String) throws(ReviewError) -> AuditItem {
        let name = try QuestionFile.string(table, "name", place)
        let schemas = try QuestionFile.strings(table, "schema", place)
        let questionFile = try QuestionFile.string(table, "question_file", place)
        let hasQuestion = table["question"] != nil || questionFile != nil
        if !schemas.isEmpty && hasQuestion {
            throw ReviewError("\(place): give either schema (a schema review) or question (a question), not both; "
                + "a question's schemas go in context")
        }
        if !schemas.isEmpty {
            for key in table.keys where !["name", "schema", "require", "dialect", "context"].contains(key) {
                throw ReviewError("\(place): unknown key '\(key)' for a schema review; use name, schema, context, require, dialect")
            }
            let files = (schemas + (try QuestionFile.strings(table, "context", place))).map { AuditPlan.join(base, $0) }
            return AuditItem(id: name ?? schemas[0], kind: .schemaReview, files: files,
                             requirements: try QuestionFile.strings(table, "require", place),
                             dialect: try QuestionFile.dialect(table, place))
        }
        if let questionFile {
            for key in table.keys where !["name", "question_file"].contains(key) {
                throw ReviewError("\(place): with question_file, options go in the question file; remove '\(key)'")
            }
            return try QuestionFile.read(AuditPlan.join(base, questionFile), id: name ?? questionFile)
        }
        guard hasQuestion else {
            throw ReviewError("\(place): give schema = \"FILE.sql\" for a schema review, or question = \"...\" for a question")
        }
        return try QuestionFile.item(table, id: name ?? "item-\(index + 1)", base: base, place: place,
                                     allowed: ["name", "question", "kind", "context", "require", "dialect"])
    }
}
