import Foundation
import Support

/// The prompt files: the built-in copies, each overridden by the same file in an override directory
/// (`prompts/` in the working directory, or `--prompts DIR`) when it exists there.
public struct PromptLibrary: Sendable {
    /// Relative path → text, after overrides.
    public let files: [String: String]
    /// Relative paths whose text came from the override directory.
    public let overridden: Set<String>
    public let overrideDirectory: String?

    /// The built-in copies only.
    public static let builtin = PromptLibrary(files: BuiltinPrompts.files, overridden: [], overrideDirectory: nil)

    init(files: [String: String], overridden: Set<String>, overrideDirectory: String?) {
        self.files = files
        self.overridden = overridden
        self.overrideDirectory = overrideDirectory
    }

    /// Loads the library: `directory` when given (it must exist), else `./prompts` when present, else built-ins.
    public static func load(directory: String?, workingDirectory: String = FileManager.default.currentDirectoryPath) throws(PromptError) -> PromptLibrary {
        let chosen: String
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw PromptError("--prompts \(directory): no such directory")
            }
            chosen = directory
        } else {
            let local = (workingDirectory as NSString).appendingPathComponent("prompts")
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue else {
                return .builtin
            }
            chosen = local
        }
        var files = BuiltinPrompts.files
        var overridden: Set<String> = []
        for name in BuiltinPrompts.files.keys {
            let path = (chosen as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do {
                let file = try TextFile.read(path, sizeLimit: 1024 * 1024)
                files[name] = file.text
                overridden.insert(name)
            } catch {
                throw PromptError("\(error)")
            }
        }
        return PromptLibrary(files: files, overridden: overridden, overrideDirectory: chosen)
    }

    public func text(_ name: String) throws(PromptError) -> String {
        guard let text = files[name] else { throw PromptError("no prompt file named \(name)") }
        return text
    }

    public var answerSchema: String { files["answer.schema.json"] ?? "" }

    /// One hash over every file's name and text: a record says which prompts produced it, and an audit
    /// knows when prompts changed.
    public var fingerprint: String {
        var hash = SHA256()
        for name in files.keys.sorted() {
            hash.update(name)
            hash.update("\u{0}")
            hash.update(files[name]!)
            hash.update("\u{0}")
        }
        return "sha256:" + hash.finalizeHex()
    }
}

public struct PromptError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
