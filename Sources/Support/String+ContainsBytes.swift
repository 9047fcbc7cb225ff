#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's: memchr to each candidate first byte, memcmp
    /// for the rest. For ASCII markers in long texts (a `review-ignore` comment in a schema, a fence tag in
    /// a digest), where Foundation's `contains` compares Unicode-aware and costs milliseconds. An empty
    /// needle occurs everywhere.
    public func containsBytes(of needle: String) -> Bool {
        var text = self, needle = needle
        return needle.withUTF8 { needle in
            guard let needleBase = needle.baseAddress, !needle.isEmpty else { return true }
            return text.withUTF8 { text in
                guard let base = text.baseAddress, text.count >= needle.count else { return false }
                let lastStart = text.count - needle.count
                var start = 0
                while start <= lastStart, let found = memchr(base + start, Int32(needle[0]), lastStart - start + 1) {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, needleBase, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
