import Foundation
@testable import ModelClients
import Testing
import Support

/// The request each wire format builds from one prompt, checked field by field against the providers'
/// documented shapes.
@Suite("Provider request shapes")
struct AdapterRequestTests {
    private func body(_ request: HTTPRequest) throws -> JSONValue {
        let data = try #require(request.body)
        return try #require(JSONValue.parse(data))
    }

    private func panelist(_ provider: Provider, mode: StructuredOutputMode = .schema, key: String? = "k-12345678",
                          base: String? = nil, temperature: Double? = nil) -> Panelist {
        Panelist(name: "p", provider: provider, model: "model-x", baseURL: base ?? provider.defaultBaseURL ?? "http://127.0.0.1:1/v1",
                 apiKey: key.map { APIKey($0, variable: "K") }, structuredOutput: mode, maxTokens: 1000, temperature: temperature)
    }

    @Test("OpenAI: json_schema strict, max_completion_tokens, bearer key")
    func openAI() throws {
        let request = try ChatCompletionsAdapter().makeRequest(for: testPrompt, panelist: panelist(.openai))
        #expect(request.url == "https://api.openai.com/v1/chat/completions")
        #expect(request.header("Authorization") == "Bearer k-12345678")
        let json = try body(request)
        #expect(json["model"]?.string == "model-x")
        #expect(json["stream"]?.bool == false)
        #expect(json["max_completion_tokens"]?.int == 800)
        #expect(json["max_tokens"] == nil)
        #expect(json["temperature"] == nil, "no temperature unless configured: current models reject it")
        #expect(json["messages"]?[0]?["role"]?.string == "system")
        #expect(json["messages"]?[0]?["content"]?.string == testPrompt.system)
        #expect(json["messages"]?[1]?["role"]?.string == "user")
        #expect(json["messages"]?[1]?["content"]?.string == testPrompt.user)
        let format = try #require(json["response_format"])
        #expect(format["type"]?.string == "json_schema")
        #expect(format["json_schema"]?["name"]?.string == "design_answer")
        #expect(format["json_schema"]?["strict"]?.bool == true)
        #expect(format["json_schema"]?["schema"] == answerSchema)
    }

    @Test("OpenAI-compatible servers get max_tokens and no auth header without a key")
    func compatible() throws {
        let request = try ChatCompletionsAdapter().makeRequest(
            for: testPrompt, panelist: panelist(.openaiCompatible, key: nil, base: "http://127.0.0.1:8000/v1/", temperature: 0.2))
        #expect(request.url == "http://127.0.0.1:8000/v1/chat/completions")
        #expect(request.header("Authorization") == nil)
        let json = try body(request)
        #expect(json["max_tokens"]?.int == 800)
        #expect(json["max_completion_tokens"] == nil)
        #expect(json["temperature"]?.double == 0.2)
    }

    @Test("json mode asks for json_object and puts the schema in the instructions; prompt mode only instructs")
    func chatModes() throws {
        let json = try body(try ChatCompletionsAdapter().makeRequest(for: testPrompt, panelist: panelist(.openrouter, mode: .json)))
        #expect(json["response_format"]?["type"]?.string == "json_object")
        let system = try #require(json["messages"]?[0]?["content"]?.string)
        #expect(system.hasPrefix(testPrompt.system))
        #expect(system.contains("\"required\":[\"decision\",\"confidence\"]"))
        let plain = try body(try ChatCompletionsAdapter().makeRequest(for: testPrompt, panelist: panelist(.openrouter, mode: .prompt)))
        #expect(plain["response_format"] == nil)
        #expect(plain["messages"]?[0]?["content"]?.string?.contains("JSON Schema") == true)
    }

    @Test("Anthropic: x-api-key, version header, top-level system, max_tokens, output_config.format")
    func anthropic() throws {
        let request = try AnthropicMessagesAdapter().makeRequest(for: testPrompt, panelist: panelist(.anthropic))
        #expect(request.url == "https://api.anthropic.com/v1/messages")
        #expect(request.header("x-api-key") == "k-12345678")
        #expect(request.header("anthropic-version") == "2023-06-01")
        #expect(request.header("Authorization") == nil)
        let json = try body(request)
        #expect(json["system"]?.string == testPrompt.system)
        #expect(json["max_tokens"]?.int == 800)
        #expect(json["messages"]?.array?.count == 1)
        #expect(json["messages"]?[0]?["role"]?.string == "user")
        #expect(json["output_config"]?["format"]?["type"]?.string == "json_schema")
        #expect(json["output_config"]?["format"]?["schema"] == answerSchema)
        #expect(json["output_format"] == nil, "the beta parameter is not used")
    }

    @Test("Anthropic has no JSON mode: json mode falls back to instructions")
    func anthropicJSONMode() throws {
        let json = try body(try AnthropicMessagesAdapter().makeRequest(for: testPrompt, panelist: panelist(.anthropic, mode: .json)))
        #expect(json["output_config"] == nil)
        #expect(json["system"]?.string?.contains("JSON Schema") == true)
    }

    @Test("Gemini: key in x-goog-api-key (never the URL), systemInstruction, responseJsonSchema")
    func gemini() throws {
        let request = try GeminiAdapter().makeRequest(for: testPrompt, panelist: panelist(.gemini))
        #expect(request.url == "https://generativelanguage.googleapis.com/v1beta/models/model-x:generateContent")
        #expect(!request.url.contains("key="))
        #expect(request.header("x-goog-api-key") == "k-12345678")
        let json = try body(request)
        #expect(json["systemInstruction"]?["parts"]?[0]?["text"]?.string == testPrompt.system)
        #expect(json["contents"]?[0]?["role"]?.string == "user")
        #expect(json["contents"]?[0]?["parts"]?[0]?["text"]?.string == testPrompt.user)
        let config = try #require(json["generationConfig"])
        #expect(config["maxOutputTokens"]?.int == 800)
        #expect(config["responseMimeType"]?.string == "application/json")
        #expect(config["responseJsonSchema"] == answerSchema)
        let jsonMode = try body(try GeminiAdapter().makeRequest(for: testPrompt, panelist: panelist(.gemini, mode: .json)))
        #expect(jsonMode["generationConfig"]?["responseMimeType"]?.string == "application/json")
        #expect(jsonMode["generationConfig"]?["responseJsonSchema"] == nil)
    }

    @Test("Ollama native: stream false, format is the schema, options.num_predict")
    func ollama() throws {
        let request = try OllamaChatAdapter().makeRequest(for: testPrompt, panelist: panelist(.ollama, key: nil, temperature: 0))
        #expect(request.url == "http://127.0.0.1:11434/api/chat")
        #expect(request.header("Authorization") == nil)
        let json = try body(request)
        #expect(json["stream"]?.bool == false)
        #expect(json["format"] == answerSchema)
        #expect(json["options"]?["num_predict"]?.int == 800)
        #expect(json["options"]?["temperature"]?.double == 0)
        let jsonMode = try body(try OllamaChatAdapter().makeRequest(for: testPrompt, panelist: panelist(.ollama, mode: .json, key: nil)))
        #expect(jsonMode["format"]?.string == "json")
    }

    @Test("every request carries the panelist's timeouts and insecure setting")
    func limitsTravel() throws {
        var p = panelist(.openai)
        p.connectTimeout = .seconds(3)
        p.timeout = .seconds(600)
        let request = try ChatCompletionsAdapter().makeRequest(for: testPrompt, panelist: p)
        #expect(request.connectTimeout == .seconds(3))
        #expect(request.timeout == .seconds(600))
        #expect(request.maxResponseBytes == 16 * 1024 * 1024)
        #expect(!request.description.contains("k-12345678"), "a request's description leaves header values out")
    }
}
