import Foundation
import Testing
@testable import Lint
import Schema

/// The SARIF output checked, object by object, against the SARIF 2.1.0 specification's property names,
/// required properties and enumerations (scripts/validate-sarif.py checks it against the full JSON schema).
@Suite struct SARIFStructureTests {
    typealias Object = [String: Any]

    /// Property names the schema allows on each kind of object `review` writes (`additionalProperties: false`).
    static let allowed: [String: Set<String>] = [
        "sarifLog": ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
        "run": ["tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts",
                "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
                "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
                "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
                "specialLocations", "properties"],
        "tool": ["driver", "extensions", "properties"],
        "toolComponent": ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName",
                          "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
                          "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents",
                          "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                          "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"],
        "reportingDescriptor": ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
                                "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"],
        "reportingConfiguration": ["enabled", "level", "rank", "parameters", "properties"],
        "multiformatMessageString": ["text", "markdown", "properties"],
        "message": ["text", "markdown", "id", "arguments", "properties"],
        "invocation": ["commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides",
                       "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications",
                       "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful",
                       "machine", "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin",
                       "stdout", "stderr", "stdoutStderr", "properties"],
        "notification": ["locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor", "associatedRule", "properties"],
        "result": ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
                   "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
                   "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
                   "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"],
        "location": ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
        "physicalLocation": ["address", "artifactLocation", "region", "contextRegion", "properties"],
        "artifactLocation": ["uri", "uriBaseId", "index", "description", "properties"],
        "region": ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet",
                   "message", "sourceLanguage", "properties"],
        "logicalLocation": ["name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind", "properties"],
    ]
    static let levels: Set<String> = ["none", "note", "warning", "error"]

    static func check(_ object: Object, as kind: String, required: [String] = [], at path: String) {
        let keys = Set(object.keys)
        let unknown = keys.subtracting(allowed[kind] ?? [])
        #expect(unknown.isEmpty, "\(path): \(kind) does not allow \(unknown.sorted())")
        for key in required { #expect(keys.contains(key), "\(path): \(kind) requires \(key)") }
    }

    static func checkMessage(_ value: Any?, as kind: String, at path: String) {
        guard let message = value as? Object else { Issue.record("\(path): missing \(kind)"); return }
        check(message, as: kind, required: ["text"], at: path)
        #expect(message["text"] is String)
    }

    @Test func everyObjectUsesOnlyPropertiesTheSchemaDefines() throws {
        let text = try SARIFReporter(toolVersion: "1.0.0").render(ReporterTests.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? Object)
        Self.check(log, as: "sarifLog", required: ["version", "runs"], at: "$")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [Object])
        #expect(runs.count == 1)
        let run = runs[0]
        Self.check(run, as: "run", required: ["tool"], at: "run")
        #expect(["utf16CodeUnits", "unicodeCodePoints"].contains(run["columnKind"] as? String ?? ""))
        let tool = try #require(run["tool"] as? Object)
        Self.check(tool, as: "tool", required: ["driver"], at: "tool")
        let driver = try #require(tool["driver"] as? Object)
        Self.check(driver, as: "toolComponent", required: ["name"], at: "driver")
        let rules = try #require(driver["rules"] as? [Object])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(Set(ruleIDs).count == rules.count, "rule descriptors are unique")
        for rule in rules {
            Self.check(rule, as: "reportingDescriptor", required: ["id"], at: "rule")
            for key in ["shortDescription", "fullDescription", "help"] {
                Self.checkMessage(rule[key], as: "multiformatMessageString", at: "rule.\(key)")
            }
            let configuration = try #require(rule["defaultConfiguration"] as? Object)
            Self.check(configuration, as: "reportingConfiguration", at: "rule.defaultConfiguration")
            #expect(Self.levels.contains(configuration["level"] as? String ?? ""))
            #expect((rule["properties"] as? Object)?["tags"] is [String])
        }
        for invocation in try #require(run["invocations"] as? [Object]) {
            Self.check(invocation, as: "invocation", required: ["executionSuccessful"], at: "invocation")
            for notification in invocation["toolExecutionNotifications"] as? [Object] ?? [] {
                Self.check(notification, as: "notification", required: ["message"], at: "notification")
                Self.checkMessage(notification["message"], as: "message", at: "notification.message")
                #expect(Self.levels.contains(notification["level"] as? String ?? ""))
            }
        }
        let results = try #require(run["results"] as? [Object])
        #expect(results.count == 4)
        for result in results {
            Self.check(result, as: "result", required: ["message"], at: "result")
            Self.checkMessage(result["message"], as: "message", at: "result.message")
            #expect(Self.levels.contains(result["level"] as? String ?? ""))
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == result["ruleId"] as? String, "ruleIndex points at the rule named by ruleId")
            #expect(result["partialFingerprints"] is [String: String])
            for location in try #require(result["locations"] as? [Object]) {
                Self.check(location, as: "location", at: "location")
                let physical = try #require(location["physicalLocation"] as? Object)
                Self.check(physical, as: "physicalLocation", at: "physicalLocation")
                Self.check(try #require(physical["artifactLocation"] as? Object), as: "artifactLocation", at: "artifactLocation")
                let region = try #require(physical["region"] as? Object)
                Self.check(region, as: "region", at: "region")
                #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
                for logical in location["logicalLocations"] as? [Object] ?? [] {
                    Self.check(logical, as: "logicalLocation", at: "logicalLocation")
                }
            }
        }
    }
}
