import Foundation
import Support

/// Removes API keys from text before it reaches a message, a log line or a Reply.
///
/// Defensive on purpose: besides the whole key, any word that shares its first or last four
/// characters with a key, or contains eight consecutive characters of one, is replaced, because
/// providers echo keys partially ("Incorrect API key provided: sk-proj-****abcd").
public final class SecretRedactor: Sendable {
    public static let placeholder = "[redacted]"
    private let secrets = Locked(Set<String>())

    public init(_ secrets: [String] = []) {
        for secret in secrets { add(secret) }
    }

    public func add(_ secret: String) {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        secrets.withLock { _ = $0.insert(trimmed) }
    }

    public func redact(_ text: String) -> String {
        let keys = secrets.current
        guard !keys.isEmpty, !text.isEmpty else { return text }
        var result = text
        for key in keys { result = result.replacingOccurrences(of: key, with: Self.placeholder) }
        let words = result.split(separator: " ", omittingEmptySubsequences: false)
        let cleaned = words.map { word -> String in
            Self.resembles(String(word), keys) ? Self.placeholder : String(word)
        }
        return cleaned.joined(separator: " ")
    }

    private static func resembles(_ word: String, _ keys: Set<String>) -> Bool {
        let token = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"'`.,;:()[]{}<>"))
        guard token.count >= 4, token != placeholder else { return false }
        for key in keys where key.count >= 8 {
            if token.hasPrefix(String(key.prefix(4))) || token.hasSuffix(String(key.suffix(4))) { return true }
            let characters = Array(key)
            for start in 0...(characters.count - 8) where token.contains(String(characters[start..<start + 8])) {
                return true
            }
        }
        return false
    }
}
