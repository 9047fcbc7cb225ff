import Foundation
import Support

/// Turns a prompt into one provider's HTTP request, and that provider's response into a parsed reply.
/// One implementation per wire format; pure functions of their inputs, so each is tested on values.
protocol ProviderAdapter: Sendable {
    func makeRequest(for prompt: Prompt, panelist: Panelist) throws(AdapterError) -> HTTPRequest
    func parse(_ response: HTTPResponse, panelist: Panelist) throws(AdapterError) -> ParsedReply
}

/// A successful response, read.
struct ParsedReply: Sendable, Equatable {
    enum Outcome: Sendable, Equatable {
        case complete, truncated, refused
    }

    var text: String
    var outcome: Outcome
    var finishReason: String?
    var modelReported: String?
    var requestID: String?
    var usage: TokenUsage
}

/// A prompt that cannot be sent, or a 2xx response that cannot be read.
struct AdapterError: Error, Sendable, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

enum ProviderAdapters {
    static func adapter(for format: WireFormatKind) -> any ProviderAdapter {
        switch format {
        case .chatCompletions: return ChatCompletionsAdapter()
        case .anthropicMessages: return AnthropicMessagesAdapter()
        case .geminiGenerateContent: return GeminiAdapter()
        case .ollamaChat: return OllamaChatAdapter()
        }
    }

    /// The JSON body of a 2xx response, or a clear error naming what came instead.
    static func json(_ response: HTTPResponse) throws(AdapterError) -> JSONValue {
        guard let value = JSONValue.parse(response.body), case .object = value else {
            let preview = ProviderErrorBody.cleanText(response.body, limit: 80)
            throw AdapterError("the response is not valid JSON (\(response.body.count) bytes\(preview.isEmpty ? "" : ": \(preview)"))")
        }
        return value
    }

    /// The first request id header a provider sends.
    static func requestID(_ response: HTTPResponse) -> String? {
        for name in ["x-request-id", "request-id", "x-goog-request-id", "x-amzn-requestid", "cf-ray"] {
            if let value = response.header(name), !value.isEmpty { return value }
        }
        return nil
    }

    /// System text for modes where the schema travels as instructions rather than as a constraint.
    static func systemText(_ prompt: Prompt, schemaInRequest: Bool) -> String {
        guard let schema = prompt.schema, !schemaInRequest else { return prompt.system }
        let schemaText = String(decoding: schema.encoded(), as: UTF8.self)
        let instruction = "Answer with one JSON object and nothing else (no prose, no code fences). It must match this JSON Schema:\n\(schemaText)"
        return prompt.system.isEmpty ? instruction : prompt.system + "\n\n" + instruction
    }

    /// `[{role: system}, {role: user}]`, the message list of Chat Completions and Ollama's chat.
    static func chatMessages(_ prompt: Prompt, schemaInRequest: Bool) -> JSONValue {
        let system = systemText(prompt, schemaInRequest: schemaInRequest)
        var messages: [JSONValue] = []
        if !system.isEmpty { messages.append(["role": "system", "content": .string(system)]) }
        messages.append(["role": "user", "content": .string(prompt.user)])
        return .array(messages)
    }

    static func body(_ value: JSONValue) -> Data { value.encoded() }

    static func maxTokens(_ prompt: Prompt, _ panelist: Panelist) -> Int { prompt.maxTokens ?? panelist.maxTokens }
    static func temperature(_ prompt: Prompt, _ panelist: Panelist) -> Double? { prompt.temperature ?? panelist.temperature }

    static func request(_ panelist: Panelist, path: String, headers: [HTTPHeader], body: JSONValue) -> HTTPRequest {
        HTTPRequest(method: "POST", url: panelist.baseURL + path,
                    headers: [HTTPHeader("Content-Type", "application/json"), HTTPHeader("Accept", "application/json")] + headers,
                    body: Self.body(body), connectTimeout: panelist.connectTimeout, timeout: panelist.timeout,
                    allowInsecure: panelist.allowInsecure)
    }
}
