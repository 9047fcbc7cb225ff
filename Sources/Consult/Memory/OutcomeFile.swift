import Foundation
import Memory

/// The outcomes of one decision, kept next to its record as `NNNN-slug.outcomes.json`, so that the records
/// stay the source of truth: `review memory rebuild` reads them back. Appended to, never rewritten in place
/// (the new list goes to a temporary file that replaces the old one whole), under the same advisory lock on
/// the reports directory that `RecordWriter` takes, so two `review outcome` runs cannot lose one another's.
public enum OutcomeFile {
    public static let suffix = ".outcomes.json"

    /// The outcome file of the record at `jsonPath`.
    public static func path(forRecord jsonPath: String) -> String {
        (jsonPath.hasSuffix(".json") ? String(jsonPath.dropLast(5)) : jsonPath) + suffix
    }

    public static func read(forRecord jsonPath: String) throws -> [Outcome] {
        let path = path(forRecord: jsonPath)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode([Outcome].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    public static func append(_ outcome: Outcome, forRecord jsonPath: String) throws {
        let directory = (jsonPath as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer {
            if fd >= 0 {
                flock(fd, LOCK_UN)
                close(fd)
            }
        }
        let outcomes = try read(forRecord: jsonPath) + [outcome]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try (encoder.encode(outcomes) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path(forRecord: jsonPath)), options: .atomic)
    }
}
