/// Decoding helpers shared by the configuration tables: refuse unknown keys (a typo should not
/// silently fall back to a default) and accept integers where seconds may be fractional.
struct ConfigurationKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == ConfigurationKey {
    func rejectUnknownKeys(_ known: [String], table: String) throws {
        for key in allKeys where !known.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath + [key],
                debugDescription: "unknown key '\(key.stringValue)' in \(table); known keys: \(known.joined(separator: ", "))"))
        }
    }

    func string(_ name: String) throws -> String? {
        try decodeIfPresent(String.self, forKey: ConfigurationKey(name))
    }

    func int(_ name: String) throws -> Int? {
        try decodeIfPresent(Int.self, forKey: ConfigurationKey(name))
    }

    func bool(_ name: String) throws -> Bool? {
        try decodeIfPresent(Bool.self, forKey: ConfigurationKey(name))
    }

    /// A number written as an integer or a float.
    func number(_ name: String) throws -> Double? {
        let key = ConfigurationKey(name)
        guard contains(key) else { return nil }
        if let value = try? decode(Double.self, forKey: key) { return value }
        return Double(try decode(Int.self, forKey: key))
    }
}
