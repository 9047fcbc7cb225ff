#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// Fences untrusted text (a schema, a context document) for a prompt: a notice that it is data, then
/// markers whose tag is derived from the content's hash and checked not to occur in it, so the content
/// cannot close the fence early and pose as instructions.
public enum DataFence {
    public static func wrap(_ content: String, label: String, notice: String) -> String {
        var tag = "DATA-" + String(SHA256.hex(content).prefix(8)).uppercased()
        while occurs(tag, in: content) { tag += "X" }
        let body = content.utf8.last == UInt8(ascii: "\n") ? String(decoding: content.utf8.dropLast(), as: UTF8.self) : content
        return """
            \(notice.trimmingCharacters(in: .whitespacesAndNewlines))
            <<<\(tag) \(label)>>>
            \(body)
            <<<END-\(tag)>>>
            """
    }

    /// Whether `needle`'s bytes occur in `text`: a byte search, since a tag is ASCII. (Foundation's
    /// `contains` compares Unicode-aware, and on a 40 KB schema digest that took milliseconds per prompt.)
    static func occurs(_ needle: String, in text: String) -> Bool {
        var needle = needle, text = text
        return needle.withUTF8 { needle in
            text.withUTF8 { text in
                guard let textBase = text.baseAddress, let needleBase = needle.baseAddress, needle.count <= text.count else {
                    return needle.isEmpty
                }
                // memchr to each candidate first byte, memcmp for the rest (memmem is a GNU extension).
                let first = Int32(needle[0]), last = text.count - needle.count
                var offset = 0
                while offset <= last, let hit = memchr(textBase + offset, first, last - offset + 1) {
                    let at = UnsafeRawPointer(textBase).distance(to: UnsafeRawPointer(hit))
                    if memcmp(textBase + at, needleBase, needle.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}

import Foundation
