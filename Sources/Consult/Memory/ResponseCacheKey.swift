import Foundation
import ModelClients
import Support

/// The response cache's key: SHA-256 over everything that shapes an answer (provider, API root, model,
/// system and user prompt, answer schema, and the parameters sent: structured-output mode, max tokens,
/// temperature). Any change asks again. The key holds no secret: the API key is not part of it.
public enum ResponseCacheKey {
    public static func key(_ panelist: Panelist, _ prompt: Prompt) -> String {
        var parts: [String] = [
            "provider=" + panelist.provider.rawValue,
            "base=" + panelist.baseURL,
            "model=" + panelist.model,
            "structured=" + panelist.structuredOutput.rawValue,
            "max_tokens=" + String(prompt.maxTokens ?? panelist.maxTokens),
            "temperature=" + ((prompt.temperature ?? panelist.temperature).map { String($0) } ?? "default"),
            "schema_name=" + prompt.schemaName,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let schema = prompt.schema.flatMap { try? encoder.encode($0) }.map { String(decoding: $0, as: UTF8.self) } ?? "none"
        parts += ["schema=" + schema, "system=" + prompt.system, "user=" + prompt.user]
        return SHA256.hex(Data(parts.joined(separator: "\u{0}").utf8))
    }
}
