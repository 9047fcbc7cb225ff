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
        let keys = try decoder.container(keyedBy: AnyKey.self)
        // The configuration reader already names the file and the section; say only what is wrong.
        if let unknown = keys.allKeys.map(\.stringValue).sorted().first(where: { $0 != "file" }) {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unknown key '\(unknown)'; the only key is 'file'"))
        }
        do {
            file = try keys.decodeIfPresent(String.self, forKey: AnyKey("file"))
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'file' must be a quoted path, e.g. file = \"our-databases.json\""))
        }
    }

    /// The override file's path: as given when absolute, else joined to `directory`.
    public func resolvedFile(relativeTo directory: String) -> String? {
        guard let file else { return nil }
        if file.hasPrefix("/") { return file }
        return URL(fileURLWithPath: directory).appendingPathComponent(file).path
    }
}

/// Any key, so that unknown keys can be named in the error.
private struct AnyKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
