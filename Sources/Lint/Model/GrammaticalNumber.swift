/// Whether an English noun (the last word of a table name) is singular or plural, by spelling rules and short
/// exception lists. Words it cannot judge (`data`, `news`, `staff`, acronyms) are `.unknown` and never reported.
enum GrammaticalNumber: Equatable {
    case singular
    case plural
    case unknown

    private static let uncountable: Set<String> = [
        "data", "metadata", "information", "info", "news", "series", "species", "equipment", "feedback", "staff",
        "media", "software", "hardware", "firmware", "personnel", "sheep", "fish", "deer", "aircraft", "moose",
        "music", "money", "audio", "traffic", "evidence", "advice", "knowledge", "research", "analytics",
        "statistics", "economics", "physics", "mathematics", "politics", "ethics", "logistics", "kudos", "chaos",
        "ethos", "mass", "gas", "access", "config", "sms", "dns", "gps", "cms", "os", "aws",
        "faq", "faqs", "stuff",
    ]
    private static let irregularPlurals: Set<String> = [
        "people", "children", "men", "women", "mice", "geese", "feet", "teeth", "criteria", "indices", "matrices",
        "vertices", "analyses", "theses", "crises", "phenomena", "alumni", "appendices", "bases", "diagnoses",
        "hypotheses", "parentheses", "synopses", "axes",
    ]
    private static let irregularSingulars: Set<String> = [
        "person", "child", "man", "woman", "mouse", "goose", "foot", "tooth", "criterion", "index", "matrix",
        "vertex", "analysis", "thesis", "crisis", "phenomenon", "alumnus", "appendix", "basis", "diagnosis",
        "hypothesis", "synopsis", "axis", "alias", "atlas", "bias", "canvas", "lens", "bus", "plus", "status",
        "campus", "census", "corpus", "virus", "bonus", "radius", "syllabus", "focus", "genus", "apparatus",
        "nexus", "prospectus", "consensus", "octopus", "process", "address", "class", "business", "progress",
        "success", "boss", "loss", "pass", "glass", "grass", "cross", "kiss", "miss", "mess", "dress",
        "princess", "witness", "wellness", "fitness", "express", "congress", "this", "tennis", "iris",
    ]

    init(of word: String) {
        let word = word.lowercased()
        guard word.count > 2, word.allSatisfy(\.isLetter) else { self = .unknown; return }
        if Self.uncountable.contains(word) { self = .unknown; return }
        if Self.irregularPlurals.contains(word) { self = .plural; return }
        if Self.irregularSingulars.contains(word) { self = .singular; return }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") || word.hasSuffix("ous") {
            self = .singular
            return
        }
        if word.hasSuffix("ics") { self = .unknown; return }
        self = word.hasSuffix("s") ? .plural : .singular
    }
}
