extension String {
    /// The text with every occurrence of `target` replaced by `replacement`, matched byte for byte from
    /// the left without overlaps: what Foundation's `replacingOccurrences(of:with:)` gives for the quotes,
    /// dots and spaces the readers replace, without Foundation's way there (through NSString, which sets
    /// CoreFoundation up on first use: a millisecond of a `review inspect`).
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard let first = pattern.first, utf8.contains(first) else { return self }
        var source = self
        return source.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == first, i + pattern.count <= bytes.count,
                   pattern.indices.allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                    out.append(contentsOf: replacement.utf8)
                    i += pattern.count
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
