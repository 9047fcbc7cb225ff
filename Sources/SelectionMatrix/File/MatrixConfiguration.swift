import Foundation

/// The `[matrix]` section of `review.toml`:
///
/// ```toml
/// [matrix]
/// file = "our-databases.json"   # adds or replaces profiles; same format as the built-in matrix
/// ```
public struct MatrixConfiguration: Decodable, Sendable, Equatable {
    /// A matrix file whose requirements, categories and profiles add to or replace the built-in ones.
    /// A relative path is relative to the directory of `review.toml`.
    public var file: String?

    public init(file: String? = nil) {
        self.file = file
    }

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.checkedContainer(allowed: ["file"], where: "[matrix]")
        file = try keys.decodeIfPresent(String.self, forKey: AnyKey("file"))
    }

    /// The override file's path: as given when absolute, else joined to `directory`.
    public func resolvedFile(relativeTo directory: String) -> String? {
        guard let file else { return nil }
        if file.hasPrefix("/") { return file }
        return URL(fileURLWithPath: directory).appendingPathComponent(file).path
    }
}
