import Foundation
import Testing
@testable import Lint
import Schema

/// Paths in, files out: directories, missing files, files that cannot be read.
@Suite struct LintRunnerTests {
    /// A fresh temporary directory per test.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "review-lint-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aDirectoryMeansItsSQLFilesRecursivelySorted() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["b.sql", "a/z.SQL", "a/c.sql", ".hidden/x.sql", "notes.txt", "a/.git/y.sql"] {
            try Self.write("CREATE TABLE t (id int PRIMARY KEY);\n", to: root + "/" + name)
        }
        let files = try LintRunner.sqlFiles(at: root)
        #expect(files == [root + "/a/c.sql", root + "/a/z.SQL", root + "/b.sql"])
        #expect(try LintRunner.sqlFiles(at: root + "/b.sql") == [root + "/b.sql"])
    }

    @Test func missingAndUnreadableInputsAreReportedAndTheOthersStillLinted() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.write("CREATE TABLE t (id int PRIMARY KEY);\n", to: root + "/good.sql")
        try Self.write("   \n", to: root + "/empty.sql")
        try FileManager.default.createDirectory(atPath: root + "/nothing", withIntermediateDirectories: true)
        let runner = LintRunner(linter: Linter(rules: []), dialect: .sqlite)
        let report = runner.run(paths: [root + "/missing.sql", root + "/good.sql", root + "/empty.sql", root + "/nothing"])
        #expect(report.files.map(\.path) == [root + "/good.sql"])
        #expect(report.inputProblems.map(\.path) == [root + "/missing.sql", root + "/empty.sql", root + "/nothing"])
        #expect(report.inputProblems[0].message.contains("no such file"))
        #expect(report.inputProblems[1].message.contains("empty"))
        #expect(report.inputProblems[2].message.contains("no .sql files"))
        #expect(report.exitCode(failOn: .never) == 2)
    }

    @Test func theSizeLimitApplies() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.write("CREATE TABLE t (id int PRIMARY KEY);\n", to: root + "/a.sql")
        let report = LintRunner(linter: Linter(rules: []), dialect: .sqlite, sizeLimit: 10).run(paths: [root + "/a.sql"])
        #expect(report.files.isEmpty)
        #expect(report.inputProblems.first?.message.contains("--max-input-size") == true)
    }
}
