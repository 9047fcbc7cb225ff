import Foundation
import Schema
import Support

/// The I/O around the linter: expands directories into their .sql files, reads each file with the checks
/// every command applies, reads the DDL, lints it. Inputs that cannot be read are collected, not fatal, so one
/// missing file does not hide the findings in the others.
public struct LintRunner: Sendable {
    public let linter: Linter
    /// nil: detect each file's dialect from its text.
    public let dialect: Dialect?
    public let sizeLimit: Int

    public init(linter: Linter, dialect: Dialect? = nil, sizeLimit: Int = TextFile.defaultSizeLimit) {
        self.linter = linter
        self.dialect = dialect
        self.sizeLimit = sizeLimit
    }

    public func run(paths: [String]) -> LintReport {
        var files: [FileReport] = []
        var problems: [LintReport.InputProblem] = []
        for path in paths {
            let expanded: [String]
            do {
                expanded = try Self.sqlFiles(at: path)
            } catch {
                problems.append(LintReport.InputProblem(path: path, message: error.description))
                continue
            }
            for file in expanded {
                do {
                    let text = try TextFile.read(file, sizeLimit: sizeLimit)
                    let result = SchemaReader.read(text, dialect: dialect)
                    files.append(linter.lint(result, source: text.text))
                } catch {
                    problems.append(LintReport.InputProblem(path: file, message: error.description))
                }
            }
        }
        return LintReport(files: files, inputProblems: problems, rules: linter.rules)
    }

    /// A file path as given; a directory as its .sql files (recursively, sorted, hidden folders skipped).
    public static func sqlFiles(at path: String) throws(InputError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, problem: .missing)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw InputError(path: path, problem: .unreadable("the directory cannot be listed"))
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            guard relative.lowercased().hasSuffix(".sql") else { continue }
            let full = (path as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { found.append(full) }
        }
        guard !found.isEmpty else { throw InputError(path: path, problem: .unreadable("the directory holds no .sql files")) }
        return found.sorted()
    }
}
