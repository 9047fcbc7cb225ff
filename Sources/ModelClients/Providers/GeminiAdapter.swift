import Foundation
import Support

/// Google Gemini: `POST {base}/v1beta/models/{model}:generateContent` with `x-goog-api-key` (never a
/// `?key=` query parameter, which would put the key in URLs and logs).
///
/// `systemInstruction`, `contents`, `generationConfig` (`maxOutputTokens`, `temperature`,
/// `responseMimeType: application/json` + `responseJsonSchema` for mode schema, the MIME type alone for
/// mode json). Reply: the text parts of `candidates[0].content`; `finishReason` (`MAX_TOKENS`
/// truncated; `SAFETY`, `RECITATION`, `BLOCKLIST`, `PROHIBITED_CONTENT`, `SPII`, `IMAGE_SAFETY` refused);
/// `promptFeedback.blockReason` when the prompt itself was blocked; `modelVersion`, `responseId`;
/// usage `promptTokenCount`, `candidatesTokenCount` + `thoughtsTokenCount`, `cachedContentTokenCount`.
struct GeminiAdapter: ProviderAdapter {
    static let refusalReasons: Set<String> = ["SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY", "LANGUAGE"]

    func makeRequest(for prompt: Prompt, panelist: Panelist) throws(AdapterError) -> HTTPRequest {
        let native = prompt.schema != nil && panelist.structuredOutput == .schema
        let system = ProviderAdapters.systemText(prompt, schemaInRequest: native)
        var config: [String: JSONValue] = ["maxOutputTokens": .number(Double(ProviderAdapters.maxTokens(prompt, panelist)))]
        if let temperature = ProviderAdapters.temperature(prompt, panelist) { config["temperature"] = .number(temperature) }
        if let schema = prompt.schema, panelist.structuredOutput != .prompt {
            config["responseMimeType"] = "application/json"
            if panelist.structuredOutput == .schema { config["responseJsonSchema"] = schema }
        }
        var body: [String: JSONValue] = [
            "contents": [["role": "user", "parts": [["text": .string(prompt.user)]]]],
            "generationConfig": .object(config),
        ]
        if !system.isEmpty { body["systemInstruction"] = ["parts": [["text": .string(system)]]] }
        var model = panelist.model
        if model.hasPrefix("models/") { model.removeFirst("models/".count) }
        guard let escaped = model.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#:"))) else {
            throw AdapterError("model name '\(model)' cannot be put in a URL")
        }
        var headers: [HTTPHeader] = []
        if let key = panelist.apiKey { headers.append(HTTPHeader("x-goog-api-key", key.value)) }
        return ProviderAdapters.request(panelist, path: "/v1beta/models/\(escaped):generateContent", headers: headers, body: .object(body))
    }

    func parse(_ response: HTTPResponse, panelist: Panelist) throws(AdapterError) -> ParsedReply {
        let json = try ProviderAdapters.json(response)
        let usage = json["usageMetadata"]
        let candidates = usage?["candidatesTokenCount"]?.int
        let thoughts = usage?["thoughtsTokenCount"]?.int
        let output: Int? = candidates == nil && thoughts == nil ? nil : (candidates ?? 0) + (thoughts ?? 0)
        let tokens = TokenUsage(input: usage?["promptTokenCount"]?.int, output: output,
                                cached: usage?["cachedContentTokenCount"]?.int, reasoning: thoughts)
        let requestID = ProviderAdapters.requestID(response) ?? json["responseId"]?.string
        let model = json["modelVersion"]?.string
        guard let candidate = json["candidates"]?[0] else {
            if let block = json["promptFeedback"]?["blockReason"]?.string {
                return ParsedReply(text: "", outcome: .refused, finishReason: block, modelReported: model,
                                   requestID: requestID, usage: tokens)
            }
            throw AdapterError("the response has no candidates")
        }
        let parts = candidate["content"]?["parts"]?.array ?? []
        let text = parts.filter { $0["thought"]?.bool != true }.compactMap { $0["text"]?.string }.joined()
        let finish = candidate["finishReason"]?.string
        let outcome: ParsedReply.Outcome
        if let finish, Self.refusalReasons.contains(finish) { outcome = .refused }
        else if finish == "MAX_TOKENS" { outcome = .truncated }
        else { outcome = .complete }
        return ParsedReply(text: text, outcome: outcome, finishReason: finish, modelReported: model,
                           requestID: requestID, usage: tokens)
    }
}
