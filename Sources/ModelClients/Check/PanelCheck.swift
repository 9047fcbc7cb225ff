import Foundation
import Support

/// `review panel`: asks every panelist a minimal question at once and reports, per panelist, whether
/// the endpoint answers, how fast, which model the server says answered, and whether structured
/// output works.
public enum PanelCheck {
    /// What one panelist's check found.
    public struct Result: Sendable {
        public enum StructuredOutput: Sendable, Equatable {
            /// The reply was the JSON object asked for.
            case works
            /// The request went through but the reply was not that JSON object.
            case notJSON
            /// Not tried: the panelist uses instructions only (`structured_output = "prompt"`).
            case notUsed
            /// No reply to judge.
            case unknown
        }

        public let panelist: Panelist
        public let reply: Reply
        public let structuredOutput: StructuredOutput

        /// The endpoint answered (any reply that is not a failure).
        public var reachable: Bool {
            if case .failed = reply.status { return false }
            return true
        }
    }

    /// The minimal prompt: a one-field JSON object.
    public static let prompt = Prompt(
        system: "You are a health check. Follow the instructions exactly.",
        user: "Reply with the JSON object {\"ok\": true} and nothing else.",
        schema: ["type": "object", "properties": ["ok": ["type": "boolean"]], "required": ["ok"], "additionalProperties": false],
        schemaName: "health_check",
        maxTokens: 512)

    /// Checks every panelist concurrently (retrying as any request does).
    public static func run(_ panel: Panel, client: PanelClient) async -> [Result] {
        let replies = await client.ask(panel.panelists, prompt)
        return zip(panel.panelists, replies).map { panelist, reply in
            Result(panelist: panelist, reply: reply, structuredOutput: judge(reply, mode: panelist.structuredOutput))
        }
    }

    static func judge(_ reply: Reply, mode: StructuredOutputMode) -> Result.StructuredOutput {
        if mode == .prompt { return .notUsed }
        switch reply.status {
        case .failed, .refused: return .unknown
        case .ok, .truncated:
            guard let json = JSONValue.parse(Data(reply.text.utf8)), json["ok"]?.bool != nil else { return .notJSON }
            return .works
        }
    }
}
