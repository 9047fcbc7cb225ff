import Foundation
import Support

/// Ollama's native chat: `POST {base}/api/chat` with `"stream": false`. A key, if configured (Ollama's
/// hosted service), goes in `Authorization: Bearer`.
///
/// Structured output: `format` is the JSON Schema (mode schema) or `"json"` (mode json).
/// `options.num_predict` is the token limit, `options.temperature` the temperature. Reply:
/// `message.content` (a separate `message.thinking` is not part of the answer), `done_reason`
/// (`length` truncated), `model`, usage `prompt_eval_count` and `eval_count`.
struct OllamaChatAdapter: ProviderAdapter {
    func makeRequest(for prompt: Prompt, panelist: Panelist) throws(AdapterError) -> HTTPRequest {
        let messages = ProviderAdapters.chatMessages(prompt, schemaInRequest: prompt.schema != nil && panelist.structuredOutput == .schema)
        var options: [String: JSONValue] = ["num_predict": .number(Double(ProviderAdapters.maxTokens(prompt, panelist)))]
        if let temperature = ProviderAdapters.temperature(prompt, panelist) { options["temperature"] = .number(temperature) }
        var body: [String: JSONValue] = [
            "model": .string(panelist.model),
            "messages": messages,
            "stream": false,
            "options": .object(options),
        ]
        if let schema = prompt.schema {
            switch panelist.structuredOutput {
            case .schema: body["format"] = schema
            case .json: body["format"] = "json"
            case .prompt: break
            }
        }
        var headers: [HTTPHeader] = []
        if let key = panelist.apiKey { headers.append(HTTPHeader("Authorization", "Bearer \(key.value)")) }
        return ProviderAdapters.request(panelist, path: "/api/chat", headers: headers, body: .object(body))
    }

    func parse(_ response: HTTPResponse, panelist: Panelist) throws(AdapterError) -> ParsedReply {
        let json = try ProviderAdapters.json(response)
        guard let message = json["message"] else {
            throw AdapterError("the response has no message")
        }
        let finish = json["done_reason"]?.string
        return ParsedReply(
            text: message["content"]?.string ?? "",
            outcome: finish == "length" ? .truncated : .complete,
            finishReason: finish, modelReported: json["model"]?.string,
            requestID: ProviderAdapters.requestID(response),
            usage: TokenUsage(input: json["prompt_eval_count"]?.int, output: json["eval_count"]?.int))
    }
}
