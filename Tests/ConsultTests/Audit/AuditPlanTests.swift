import Consensus
import Consult
import Foundation
import Testing

/// Reading an audit's items: a directory, question files, an audit.toml manifest, and the errors.
@Suite("Audit plans")
struct AuditPlanTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "review-audit-plan-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path + "/q", withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func write(_ name: String, _ text: String) throws { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    }

    @Test("a directory: .sql files are schema reviews, *.question.toml/.md questions; other files and reports/ are skipped")
    func directory() throws {
        let folder = try Folder()
        try folder.write("b.sql", "CREATE TABLE t (id int);")
        try folder.write("notes.txt", "not audited")
        try FileManager.default.createDirectory(atPath: folder.path + "/reports", withIntermediateDirectories: true)
        try folder.write("reports/old.sql", "CREATE TABLE t (id int);")
        try folder.write("q/pick.question.toml", "kind = \"selection\"\nquestion = \"Which?\"\ncontext = [\"../b.sql\"]\nrequire = \"acid\"\n")
        try folder.write("q/scale.question.md", "+++\nkind = \"scaling\"\n+++\n\nHow do we scale t?\n")
        let plan = try AuditPlan.load(folder.path)
        #expect(plan.items.map(\.id) == ["b.sql", "q/pick.question.toml", "q/scale.question.md"])
        #expect(plan.items[0] == AuditItem(id: "b.sql", kind: .schemaReview, files: [folder.path + "/b.sql"]))
        #expect(plan.items[1] == AuditItem(id: "q/pick.question.toml", kind: .selection, question: "Which?",
                                           files: [folder.path + "/q/../b.sql"], requirements: ["acid"]))
        #expect(plan.items[2].question == "How do we scale t?" && plan.items[2].kind == .scaling)
    }

    @Test("a manifest lists items with their own options, relative to the manifest")
    func manifest() throws {
        let folder = try Folder()
        try folder.write("audit.toml", """
            [[item]]
            schema = "s.sql"
            require = ["acid"]
            dialect = "sqlite"

            [[item]]
            name = "pick"
            question = "Which database?"
            kind = "selection"
            context = ["s.sql"]

            [[item]]
            question_file = "q/scale.question.md"
            """)
        try folder.write("q/scale.question.md", "How do we scale?")
        let plan = try AuditPlan.load(folder.path + "/audit.toml")
        #expect(plan.items.map(\.id) == ["s.sql", "pick", "q/scale.question.md"])
        #expect(plan.items[0] == AuditItem(id: "s.sql", kind: .schemaReview, files: [folder.path + "/s.sql"], requirements: ["acid"],
                                           dialect: "sqlite"))
        #expect(plan.items[1].files == [folder.path + "/s.sql"] && plan.items[1].kind == .selection)
        #expect(plan.items[2].kind == .general && plan.items[2].question == "How do we scale?")
    }

    @Test("bad plans are refused with a message that names the place", arguments: [
        ("[[item]]\nschema = \"a.sql\"\nquestion = \"x\"\n", "give either schema"),
        ("[[item]]\nkind = \"selection\"\n", "give schema = "),
        ("[[item]]\nquestion = \"x\"\nkind = \"vibes\"\n", "unknown kind 'vibes'"),
        ("[[item]]\nschema = \"a.sql\"\ncolour = \"red\"\n", "unknown key 'colour'"),
        ("[[item]]\nname = \"x\"\nschema = \"a.sql\"\n[[item]]\nname = \"x\"\nschema = \"b.sql\"\n", "two items are named 'x'"),
        ("[item\n", "audit.toml:1:"),
        ("", "holds nothing to audit"),
    ])
    func refused(manifest: String, message: String) throws {
        let folder = try Folder()
        try folder.write("audit.toml", manifest)
        #expect {
            try AuditPlan.load(folder.path + "/audit.toml")
        } throws: { error in
            "\(error)".contains(message)
        }
    }
}
