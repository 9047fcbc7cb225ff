import Consensus
import Foundation

/// The items of an audit, in a stable order: read from a directory (every `.sql` file is a schema review,
/// every `*.question.md` or `*.question.toml` a question) or from an `audit.toml` manifest listing them.
/// A plan that cannot be read whole is a usage error: nothing is asked until every item is understood.
public struct AuditPlan: Sendable, Hashable {
    /// The directory or manifest as given.
    public var source: String
    public var items: [AuditItem]

    public init(source: String, items: [AuditItem]) {
        self.source = source
        self.items = items
    }

    /// Reads the plan at `path`: a directory, or a manifest file.
    public static func load(_ path: String) throws(ReviewError) -> AuditPlan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReviewError("\(path) does not exist; give a directory of schemas and questions, or an audit.toml manifest")
        }
        let plan = isDirectory.boolValue ? try scan(directory: path) : try AuditManifest.read(path)
        guard !plan.items.isEmpty else {
            throw ReviewError("\(path) holds nothing to audit: add .sql files, *.question.md or *.question.toml files, or list items in an audit.toml")
        }
        var seen = Set<String>()
        for item in plan.items where !seen.insert(item.id).inserted {
            throw ReviewError("\(path): two items are named '\(item.id)'; give each a distinct name")
        }
        return plan
    }

    /// Every schema and question file under `directory`, hidden folders and `reports/` skipped, sorted by path.
    static func scan(directory: String) throws(ReviewError) -> AuditPlan {
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            throw ReviewError("cannot read the directory \(directory)")
        }
        var relative: [String] = []
        while let next = walker.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            if name.hasPrefix(".") || (next == "reports" && walker.level == 1) {
                walker.skipDescendants()
                continue
            }
            if ReviewRequest.isSchema(name) || isQuestionFile(name) { relative.append(next) }
        }
        var items: [AuditItem] = []
        for file in relative.sorted() {
            let path = join(directory, file)
            if ReviewRequest.isSchema(file) {
                items.append(AuditItem(id: file, kind: .schemaReview, files: [path]))
            } else {
                items.append(try QuestionFile.read(path, id: file))
            }
        }
        return AuditPlan(source: directory, items: items)
    }

    static func isQuestionFile(_ name: String) -> Bool {
        name.hasSuffix(".question.md") || name.hasSuffix(".question.toml")
    }

    /// `relative` under `base`, without a leading `./`; an absolute `relative` stays as it is.
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        let joined = (base as NSString).appendingPathComponent(relative)
        return joined.hasPrefix("./") ? String(joined.dropFirst(2)) : joined
    }
}
