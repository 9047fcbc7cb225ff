import Foundation

/// Finds the database a free-text name refers to ("Amazon Aurora PostgreSQL 15", "Mongo",
/// "ElasticSearch/OpenSearch"), fast enough to run on every option of every panel answer.
///
/// The text is folded (case, accents) and cut into tokens: runs of letters and runs of digits, so that
/// punctuation, versions and vendor words fall away. At each token the longest run of up to
/// `maxTokens` tokens, concatenated, is looked up among the squashed aliases, so "Cosmos DB", "CosmosDB" and
/// "cosmos-db" are the same key. Words are joined only where one of the profile's own spellings splits
/// them (a space, a hyphen, a change of case as in "BigQuery", a digit as in "Neo4j"), so "Mongo DB"
/// finds MongoDB while "red is" does not find Redis. Unrecognised words (vendors, "with", "cluster") are
/// skipped. When several systems are named, an extension whose host is also named wins ("pgvector on
/// Postgres"), otherwise the first one does ("ElasticSearch/OpenSearch" → Elasticsearch).
struct NameIndex: Sendable {
    /// Squashed alias → profile position.
    private let keys: [String: Int]
    /// Squashed alias → offsets where some spelling of it splits into words.
    private let splits: [String: Set<Int>]
    /// Each profile's host position.
    private let hosts: [Int?]
    private let maxTokens: Int

    /// Aliases that are also vendor names: dropped when a product name follows them directly
    /// ("Oracle Berkeley DB", "Oracle MySQL").
    private static let vendorKeys: Set<String> = ["oracle"]

    init(profiles: [DatabaseProfile], source: String) throws(MatrixError) {
        var keys: [String: Int] = [:]
        var splits: [String: Set<Int>] = [:]
        var maxTokens = 1
        let positions = Dictionary(profiles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (position, profile) in profiles.enumerated() {
            for alias in [profile.id, profile.name] + profile.aliases {
                let tokens = Self.tokens(in: Self.fold(alias))
                let key = tokens.key
                guard !key.isEmpty else {
                    throw .invalidFile(source, "profile '\(profile.id)' has an alias with no letters or digits")
                }
                if let other = keys[key], other != position {
                    throw .invalidFile(source, "the name '\(alias)' is used by profiles '\(profiles[other].id)' and '\(profile.id)'")
                }
                keys[key] = position
                splits[key, default: []].formUnion(Self.wordBoundaries(in: alias))
                maxTokens = max(maxTokens, tokens.ranges.count)
            }
        }
        self.keys = keys
        self.splits = splits
        self.maxTokens = maxTokens
        hosts = profiles.map { $0.host.flatMap { positions[$0] } }
    }

    /// A name found in a text: which profile, the matched text, and a version written right after it.
    struct Match: Equatable {
        let position: Int
        let matched: String
        let version: String?
    }

    /// The profile `text` names, or nil.
    func match(_ text: String) -> Match? {
        let folded = Self.fold(text)
        let tokens = Self.tokens(in: folded)
        var found: [(position: Int, first: Int, end: Int, key: String)] = []
        var index = 0
        while index < tokens.ranges.count {
            var hit: (position: Int, length: Int, key: String)?
            for length in stride(from: min(maxTokens, tokens.ranges.count - index), through: 1, by: -1) {
                let key = tokens.key(from: index, count: length)
                if let position = keys[key], tokens.separations(from: index, count: length)
                    .isSubset(of: splits[key] ?? []) {
                    hit = (position, length, key)
                    break
                }
            }
            if let hit {
                found.append((hit.position, index, index + hit.length, hit.key))
                index += hit.length
            } else {
                index += 1
            }
        }
        // A vendor word directly followed by a product name is the vendor, not its database.
        let all = found
        found.removeAll { candidate in
            Self.vendorKeys.contains(candidate.key)
                && all.contains { $0.first == candidate.end && $0.position != candidate.position }
        }
        guard let first = found.first else { return nil }
        let chosen = found.first { candidate in
            guard let host = hosts[candidate.position] else { return false }
            return found.contains { $0.position == host }
        } ?? first
        let start = tokens.ranges[chosen.first].lowerBound
        let end = tokens.ranges[chosen.end - 1].upperBound
        return Match(position: chosen.position,
                     matched: String(decoding: folded[start..<end], as: UTF8.self),
                     version: Self.version(in: folded, after: end))
    }

    /// Lowercase letters and digits only: the form aliases are compared in.
    static func squash(_ text: String) -> String {
        tokens(in: fold(text)).key
    }

    /// Lowercased UTF-8 with accents removed; ASCII input (nearly all of it) takes a fast path.
    static func fold(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
            return bytes
        }
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
    }

    /// Runs of ASCII letters and runs of digits, as byte ranges of `bytes`.
    static func tokens(in bytes: [UInt8]) -> Tokens {
        var ranges: [Range<Int>] = []
        var start: Int?
        var startIsDigit = false
        for (i, byte) in bytes.enumerated() {
            let isLetter = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if let begun = start, !(isLetter && !startIsDigit) && !(isDigit && startIsDigit) {
                ranges.append(begun..<i)
                start = nil
            }
            if start == nil, isLetter || isDigit {
                start = i
                startIsDigit = isDigit
            }
        }
        if let begun = start { ranges.append(begun..<bytes.count) }
        return Tokens(bytes: bytes, ranges: ranges)
    }

    struct Tokens {
        let bytes: [UInt8]
        let ranges: [Range<Int>]

        /// The tokens `index..<index+count` concatenated.
        func key(from index: Int, count: Int) -> String {
            if count == 1 { return String(decoding: bytes[ranges[index]], as: UTF8.self) }
            var joined: [UInt8] = []
            for range in ranges[index..<(index + count)] { joined.append(contentsOf: bytes[range]) }
            return String(decoding: joined, as: UTF8.self)
        }

        /// All tokens concatenated.
        var key: String { ranges.isEmpty ? "" : key(from: 0, count: ranges.count) }

        /// Offsets in the key of `index..<index+count` where the text has a separator between two tokens
        /// (letters and digits written together, as in "neo4j", are not separated).
        func separations(from index: Int, count: Int) -> Set<Int> {
            var result: Set<Int> = []
            var offset = 0
            for i in index..<(index + count - 1) {
                offset += ranges[i].count
                if ranges[i].upperBound < ranges[i + 1].lowerBound { result.insert(offset) }
            }
            return result
        }
    }

    /// Offsets in a spelling's squashed key where it splits into words: at separators, at a change from
    /// lower to upper case ("BigQuery"), before the last capital of a run followed by a lowercase letter
    /// ("PostGIS" has one at 4), and between letters and digits.
    static func wordBoundaries(in spelling: String) -> Set<Int> {
        let scalars = Array(spelling.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars)
        func kind(_ scalar: Unicode.Scalar) -> Int { // 0 other, 1 lower, 2 upper, 3 digit
            switch scalar.value {
            case 0x61...0x7A: 1
            case 0x41...0x5A: 2
            case 0x30...0x39: 3
            default: 0
            }
        }
        var boundaries: Set<Int> = []
        var offset = 0
        var previous = 0
        var sawSeparator = false
        for (i, scalar) in scalars.enumerated() {
            let current = kind(scalar)
            guard current != 0 else {
                sawSeparator = true
                continue
            }
            if offset > 0 {
                let next = i + 1 < scalars.count ? kind(scalars[i + 1]) : 0
                let caseChange = previous == 1 && current == 2
                let acronymEnd = previous == 2 && current == 2 && next == 1
                let digitChange = (previous == 3) != (current == 3)
                if sawSeparator || caseChange || acronymEnd || digitChange { boundaries.insert(offset) }
            }
            sawSeparator = false
            previous = current
            offset += 1
        }
        return boundaries
    }

    /// A version written right after a name: "16", "8.0", "7.x", "19c", "23ai", "v5".
    static func version(in bytes: [UInt8], after end: Int) -> String? {
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func isLetter(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x61 && bytes[i] <= 0x7A }
        var i = end
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x2D || bytes[i] == 0x5F { i += 1 }
        if i < bytes.count, bytes[i] == 0x76, isDigit(i + 1) { i += 1 } // "v5"
        guard isDigit(i) else { return nil }
        let start = i
        while isDigit(i) { i += 1 }
        while i + 1 < bytes.count, bytes[i] == 0x2E, isDigit(i + 1) || bytes[i + 1] == 0x78 {
            i += 1
            if bytes[i] == 0x78 { i += 1 } else { while isDigit(i) { i += 1 } }
        }
        var suffixEnd = i
        while isLetter(suffixEnd), suffixEnd - i < 2 { suffixEnd += 1 }
        if suffixEnd > i, !isLetter(suffixEnd), !isDigit(suffixEnd) { i = suffixEnd } // "19c", "23ai"
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }
}
