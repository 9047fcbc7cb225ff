/// The subset of SARIF 2.1.0 (OASIS, `sarif-schema-2.1.0.json`) that `review lint` writes, as Codable
/// values whose property names are the schema's.
struct SARIFLog: Codable, Equatable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Codable, Equatable {
        var tool: Tool
        var invocations: [Invocation]
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Codable, Equatable {
        var driver: Driver
    }

    struct Driver: Codable, Equatable {
        var name: String
        var version: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Codable, Equatable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: Properties
    }

    struct Configuration: Codable, Equatable {
        var level: String
        var enabled: Bool
    }

    struct Properties: Codable, Equatable {
        var tags: [String]
    }

    struct Message: Codable, Equatable {
        var text: String
    }

    struct MultiformatMessage: Codable, Equatable {
        var text: String
        var markdown: String
    }

    struct Invocation: Codable, Equatable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Codable, Equatable {
        var level: String
        var message: Message
        var locations: [Location]?
    }

    struct Result: Codable, Equatable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
    }

    struct Location: Codable, Equatable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Codable, Equatable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Codable, Equatable {
        var uri: String
    }

    struct Region: Codable, Equatable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Codable, Equatable {
        var fullyQualifiedName: String
        var kind: String
    }
}
