import Foundation
import TOMLKit

/// `review.toml`: read once, then each part of the tool decodes its own section (`[lint]`, `[matrix]`,
/// `[[panelist]]`, ...) into its own Decodable type, so that no target but this one knows TOML.
public struct ConfigFile: Sendable {
    /// Where the file was read from; nil when no file exists and defaults apply.
    public let path: String?
    private let tomlText: String

    public static let defaultName = "review.toml"

    /// No file: every section decodes to its defaults.
    public static let empty = ConfigFile(path: nil, tomlText: "")

    private init(path: String?, tomlText: String) {
        self.path = path
        self.tomlText = tomlText
    }

    /// Loads `explicitPath` (an error if it does not exist), else `review.toml` in `directory` if present.
    public static func load(explicitPath: String?, directory: String = FileManager.default.currentDirectoryPath) throws(ConfigError) -> ConfigFile {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else {
            let candidate = (directory as NSString).appendingPathComponent(defaultName)
            guard FileManager.default.fileExists(atPath: candidate) else { return .empty }
            path = candidate
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(path: path, message: "cannot read the configuration file; check the path given to --config")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(path: path, message: "the configuration file is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses TOML text (checking its syntax at once).
    public static func parse(_ text: String, path: String) throws(ConfigError) -> ConfigFile {
        do {
            _ = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, column: error.source.begin.column,
                              message: error.description)
        } catch {
            throw ConfigError(path: path, message: "\(error)")
        }
        return ConfigFile(path: path, tomlText: text)
    }

    /// Decodes the table `key` (e.g. "lint") into `T`; nil when the file has no such section.
    public func section<T: Decodable>(_ key: String, as type: T.Type) throws(ConfigError) -> T? {
        guard !tomlText.isEmpty else { return nil }
        do {
            let table = try TOMLTable(string: tomlText)
            guard let value = table[key] else { return nil }
            if let sub = value.table {
                return try TOMLDecoder().decode(T.self, from: sub)
            }
            // Arrays of tables ([[panelist]]) and plain values: wrap them so the decoder sees a table.
            let wrapper = TOMLTable()
            wrapper["value"] = value
            return try TOMLDecoder().decode(Wrapper<T>.self, from: wrapper).value
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError(path: path ?? Self.defaultName, message: "[\(key)]: \(Self.describe(error))")
        }
    }

    private struct Wrapper<T: Decodable>: Decodable { let value: T }

    private static func describe(_ error: any Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .keyNotFound(let key, let context):
                return "missing key '\(key.stringValue)'\(pathText(context.codingPath))"
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return "\(context.debugDescription)\(pathText(context.codingPath))"
            @unknown default:
                return "\(decoding)"
            }
        }
        return "\(error)"
    }

    private static func pathText(_ path: [any CodingKey]) -> String {
        let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.filter { $0 != "value" }
        return names.isEmpty ? "" : " at " + names.joined(separator: ".")
    }
}

/// A configuration file that cannot be used, with where and why.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
