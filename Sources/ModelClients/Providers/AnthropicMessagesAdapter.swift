import Foundation
import Support

/// Anthropic Messages: `POST {base}/v1/messages` with `x-api-key` and `anthropic-version: 2023-06-01`,
/// a top-level `system`, and `max_tokens` (required).
///
/// Structured output (mode schema): `output_config: {format: {type: json_schema, schema}}` (generally
/// available; it replaced the beta `output_format`). There is no plain JSON mode, so mode json falls
/// back to instructions. Reply: the `text` blocks of `content`; `stop_reason` (`max_tokens` and
/// `model_context_window_exceeded` truncated, `refusal` refused); usage `input_tokens`,
/// `output_tokens`, `cache_read_input_tokens`, `cache_creation_input_tokens`; header `request-id`.
struct AnthropicMessagesAdapter: ProviderAdapter {
    static let version = "2023-06-01"

    func makeRequest(for prompt: Prompt, panelist: Panelist) throws(AdapterError) -> HTTPRequest {
        let native = prompt.schema != nil && panelist.structuredOutput == .schema
        let system = ProviderAdapters.systemText(prompt, schemaInRequest: native)
        var body: [String: JSONValue] = [
            "model": .string(panelist.model),
            "max_tokens": .number(Double(ProviderAdapters.maxTokens(prompt, panelist))),
            "messages": [["role": "user", "content": .string(prompt.user)]],
        ]
        if !system.isEmpty { body["system"] = .string(system) }
        if let temperature = ProviderAdapters.temperature(prompt, panelist) { body["temperature"] = .number(temperature) }
        if native, let schema = prompt.schema {
            body["output_config"] = ["format": ["type": "json_schema", "schema": schema]]
        }
        var headers = [HTTPHeader("anthropic-version", Self.version)]
        if let key = panelist.apiKey { headers.append(HTTPHeader("x-api-key", key.value)) }
        return ProviderAdapters.request(panelist, path: "/v1/messages", headers: headers, body: .object(body))
    }

    func parse(_ response: HTTPResponse, panelist: Panelist) throws(AdapterError) -> ParsedReply {
        let json = try ProviderAdapters.json(response)
        guard let blocks = json["content"]?.array else {
            throw AdapterError("the response has no content")
        }
        let text = blocks.filter { $0["type"]?.string == "text" }.compactMap { $0["text"]?.string }.joined()
        let stop = json["stop_reason"]?.string
        let outcome: ParsedReply.Outcome
        switch stop {
        case "refusal": outcome = .refused
        case "max_tokens", "model_context_window_exceeded": outcome = .truncated
        default: outcome = .complete
        }
        let usage = json["usage"]
        let fresh = usage?["input_tokens"]?.int
        let cacheRead = usage?["cache_read_input_tokens"]?.int
        let cacheWrite = usage?["cache_creation_input_tokens"]?.int
        let input = fresh.map { $0 + (cacheRead ?? 0) + (cacheWrite ?? 0) }
        return ParsedReply(
            text: text, outcome: outcome, finishReason: stop, modelReported: json["model"]?.string,
            requestID: ProviderAdapters.requestID(response) ?? json["id"]?.string,
            usage: TokenUsage(input: input, output: usage?["output_tokens"]?.int, cached: cacheRead, reasoning: nil))
    }
}
