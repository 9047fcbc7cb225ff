import Schema

/// Decoding `[lint]` checks everything it reads: unknown keys, unknown rule ids and bad severities are errors
/// that name the closest valid choices, so that a typo never silently disables nothing.
extension LintConfiguration: Decodable {
    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static let maxIndexesKey = "max-indexes-per-table"
    static let maxColumnsKey = "max-table-columns"
    static let maxIndexColumnsKey = "max-index-columns"
    static let disableKey = "disable"
    static let severityKey = "severity"
    static let keys = [disableKey, maxIndexesKey, maxColumnsKey, maxIndexColumnsKey, severityKey]
    static let severityChoices = ["error", "warning", "info", "off"]

    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys where !Self.keys.contains(key.stringValue) {
            throw Self.invalid(key, in: container,
                               "unknown key '\(key.stringValue)'; \(ClosestNames.suggestion(for: key.stringValue, among: Self.keys, noun: "key"))")
        }
        maxIndexesPerTable = try Self.threshold(Self.maxIndexesKey, in: container) ?? maxIndexesPerTable
        maxTableColumns = try Self.threshold(Self.maxColumnsKey, in: container) ?? maxTableColumns
        maxIndexColumns = try Self.threshold(Self.maxIndexColumnsKey, in: container) ?? maxIndexColumns

        let ruleIDs = Rule.all.map(\.id)
        if let disabled = try container.decodeIfPresent([String].self, forKey: Key(Self.disableKey)) {
            for id in disabled where !ruleIDs.contains(id) {
                throw Self.invalid(Key(Self.disableKey), in: container, Self.unknownRule(id, among: ruleIDs))
            }
            disabledRules = Set(disabled)
        }
        if let severities = try container.decodeIfPresent([String: String].self, forKey: Key(Self.severityKey)) {
            for (id, value) in severities.sorted(by: { $0.key < $1.key }) {
                guard ruleIDs.contains(id) else {
                    throw Self.invalid(Key(Self.severityKey), in: container, Self.unknownRule(id, among: ruleIDs))
                }
                if value == "off" {
                    disabledRules.insert(id)
                } else if let severity = Diagnostic.Severity(rawValue: value) {
                    severityOverrides[id] = severity
                } else {
                    throw Self.invalid(Key(Self.severityKey), in: container,
                                       "severity '\(value)' for \(id) is not one of \(Self.severityChoices.joined(separator: ", "))")
                }
            }
        }
    }

    private static func threshold(_ name: String, in container: KeyedDecodingContainer<Key>) throws -> Int? {
        guard let value = try container.decodeIfPresent(Int.self, forKey: Key(name)) else { return nil }
        guard value >= 1 else { throw invalid(Key(name), in: container, "\(name) must be at least 1, not \(value)") }
        return value
    }

    static func unknownRule(_ id: String, among ids: [String]) -> String {
        "unknown rule id '\(id)'; \(ClosestNames.suggestion(for: id, among: ids, noun: "rule id")) (review lint --list-rules shows them all)"
    }

    private static func invalid(_ key: Key, in container: KeyedDecodingContainer<Key>, _ message: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: container.codingPath + [key], debugDescription: message))
    }
}
