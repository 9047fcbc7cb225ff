import Foundation
import Support

/// OpenAI Chat Completions: OpenAI, OpenRouter, and servers that copy the format (vLLM, llama.cpp,
/// LiteLLM, Ollama /v1). `POST {base}/chat/completions`, `Authorization: Bearer`.
///
/// Structured output: `response_format: {type: json_schema, json_schema: {name, strict: true, schema}}`
/// (mode schema) or `{type: json_object}` (mode json). OpenAI itself takes `max_completion_tokens`
/// (its reasoning models reject `max_tokens`); other servers get the widely supported `max_tokens`.
/// Reply: `choices[0].message.content`, `message.refusal`, `finish_reason` (`length` truncated,
/// `content_filter` refused), usage `prompt_tokens`, `completion_tokens`,
/// `prompt_tokens_details.cached_tokens`, `completion_tokens_details.reasoning_tokens`.
struct ChatCompletionsAdapter: ProviderAdapter {
    func makeRequest(for prompt: Prompt, panelist: Panelist) throws(AdapterError) -> HTTPRequest {
        let messages = ProviderAdapters.chatMessages(prompt, schemaInRequest: prompt.schema != nil && panelist.structuredOutput == .schema)
        var body: [String: JSONValue] = [
            "model": .string(panelist.model),
            "messages": messages,
            "stream": false,
        ]
        let limit = JSONValue.number(Double(ProviderAdapters.maxTokens(prompt, panelist)))
        if panelist.provider == .openai { body["max_completion_tokens"] = limit } else { body["max_tokens"] = limit }
        if let temperature = ProviderAdapters.temperature(prompt, panelist) { body["temperature"] = .number(temperature) }
        if let schema = prompt.schema {
            switch panelist.structuredOutput {
            case .schema:
                body["response_format"] = [
                    "type": "json_schema",
                    "json_schema": ["name": .string(prompt.schemaName), "strict": true, "schema": schema],
                ]
            case .json:
                body["response_format"] = ["type": "json_object"]
            case .prompt:
                break
            }
        }
        var headers: [HTTPHeader] = []
        if let key = panelist.apiKey { headers.append(HTTPHeader("Authorization", "Bearer \(key.value)")) }
        if panelist.provider == .openrouter { headers.append(HTTPHeader("X-Title", "review")) }
        return ProviderAdapters.request(panelist, path: "/chat/completions", headers: headers, body: .object(body))
    }

    func parse(_ response: HTTPResponse, panelist: Panelist) throws(AdapterError) -> ParsedReply {
        let json = try ProviderAdapters.json(response)
        guard let choice = json["choices"]?[0] else {
            throw AdapterError("the response has no choices")
        }
        let message = choice["message"]
        let finish = choice["finish_reason"]?.string
        let refusal = message?["refusal"]?.string
        let content = message?["content"]?.string ?? ""
        let outcome: ParsedReply.Outcome
        if let refusal, !refusal.isEmpty { outcome = .refused }
        else if finish == "content_filter" { outcome = .refused }
        else if finish == "length" { outcome = .truncated }
        else { outcome = .complete }
        let usage = json["usage"]
        return ParsedReply(
            text: outcome == .refused ? (refusal ?? content) : content,
            outcome: outcome,
            finishReason: refusal != nil && finish == nil ? "refusal" : finish,
            modelReported: json["model"]?.string,
            requestID: ProviderAdapters.requestID(response) ?? json["id"]?.string,
            usage: TokenUsage(input: usage?["prompt_tokens"]?.int, output: usage?["completion_tokens"]?.int,
                              cached: usage?["prompt_tokens_details"]?["cached_tokens"]?.int,
                              reasoning: usage?["completion_tokens_details"]?["reasoning_tokens"]?.int))
    }
}
