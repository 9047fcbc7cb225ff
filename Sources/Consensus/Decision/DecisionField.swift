/// The decision field of one question: how free text becomes a canonical option, and which options can
/// both be right. For database selection both come from the selection matrix, injected by the caller so
/// that this target stays pure and testable with plain values.
public struct DecisionField: Sendable {
    public let kind: QuestionKind
    public let options: [DecisionOption]
    private let resolver: (@Sendable (String) -> String?)?
    private let compatibility: (@Sendable (String, String) -> Bool)?

    /// The prefix of an option no canonical option matched; the rest is a slug of the text.
    public static let otherPrefix = "other:"

    /// The field of a kind with canonical options (every kind but selection).
    public init(kind: QuestionKind) {
        self.kind = kind
        self.options = kind.options
        self.resolver = nil
        self.compatibility = nil
    }

    /// A field whose options are resolved and judged by the caller (database selection through the matrix):
    /// `resolve` maps text to a canonical id or nil; `compatible` says whether two ids can both be right.
    public init(kind: QuestionKind, options: [DecisionOption] = [], resolve: @escaping @Sendable (String) -> String?,
                compatible: @escaping @Sendable (String, String) -> Bool) {
        self.kind = kind
        self.options = options
        self.resolver = resolve
        self.compatibility = compatible
    }

    /// The text of the answer that votes on this field.
    public func vote(of answer: Answer) -> String? {
        switch kind {
        case .schemaReview: answer.verdict?.rawValue ?? answer.decision
        case .selection: answer.recommendedDatabase ?? answer.decision
        default: answer.decision
        }
    }

    /// The canonical option id for free text, or `other:<slug>` when none matches.
    public func normalize(_ raw: String) -> String {
        if let resolver {
            return resolver(raw) ?? Self.otherPrefix + Self.slug(raw)
        }
        let words = " " + Self.slug(raw).replacingOccurrences(of: "-", with: " ") + " "
        if let exact = options.first(where: { $0.id == Self.slug(raw) }) { return exact.id }
        var best: (id: String, length: Int, position: Int)?
        for option in options {
            for synonym in [option.id.replacingOccurrences(of: "-", with: " ")] + option.synonyms {
                let phrase = " " + Self.slug(synonym).replacingOccurrences(of: "-", with: " ") + " "
                guard let range = words.range(of: phrase) else { continue }
                let position = words.distance(from: words.startIndex, to: range.lowerBound)
                if best == nil || phrase.count > best!.length || (phrase.count == best!.length && position < best!.position) {
                    best = (option.id, phrase.count, position)
                }
            }
        }
        return best?.id ?? Self.otherPrefix + Self.slug(raw)
    }

    /// Whether two canonical options can both be right (a panel split between them is "split").
    /// Unknown ("other:") options are compatible only with themselves: nothing vouches for them.
    public func areCompatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.hasPrefix(Self.otherPrefix) || b.hasPrefix(Self.otherPrefix) { return false }
        if let compatibility { return compatibility(a, b) }
        guard let first = options.first(where: { $0.id == a }), let second = options.first(where: { $0.id == b }) else {
            return false
        }
        if let r1 = first.rank, let r2 = second.rank { return abs(r1 - r2) <= 1 }
        return !first.excludes.contains(b) && !second.excludes.contains(a)
    }

    public func label(for id: String) -> String {
        if id.hasPrefix(Self.otherPrefix) { return "other: " + id.dropFirst(Self.otherPrefix.count).replacingOccurrences(of: "-", with: " ") }
        return options.first { $0.id == id }?.label ?? id
    }

    /// Lowercase words joined by `-`; everything but letters and digits separates words.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
