import Foundation
@testable import ModelClients
import Testing

/// Responses in each provider's documented shape, parsed: text, outcome, finish reason, model, usage,
/// request id.
@Suite("Provider reply parsing")
struct AdapterParsingTests {
    private let any = Panelist(name: "p", provider: .openai, model: "m")

    private func response(_ json: String, headers: [String: String] = [:]) -> HTTPResponse {
        HTTPResponse(status: 200, headers: headers, body: Data(json.utf8))
    }

    @Test("OpenAI: content, usage with cached and reasoning tokens, x-request-id")
    func openAIOK() throws {
        let parsed = try ChatCompletionsAdapter().parse(response("""
            {"id":"chatcmpl-1","object":"chat.completion","model":"gpt-5.5-2026-09-01","choices":[{"index":0,
            "message":{"role":"assistant","content":"{\\"decision\\":\\"yes\\"}","refusal":null},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":1000,"completion_tokens":300,"total_tokens":1300,
            "prompt_tokens_details":{"cached_tokens":400},"completion_tokens_details":{"reasoning_tokens":120}}}
            """, headers: ["X-Request-Id": "req_abc"]), panelist: any)
        #expect(parsed.text == "{\"decision\":\"yes\"}")
        #expect(parsed.outcome == .complete)
        #expect(parsed.finishReason == "stop")
        #expect(parsed.modelReported == "gpt-5.5-2026-09-01")
        #expect(parsed.requestID == "req_abc")
        #expect(parsed.usage == TokenUsage(input: 1000, output: 300, cached: 400, reasoning: 120))
    }

    @Test("OpenAI: a refusal field, content_filter and length")
    func openAIOutcomes() throws {
        let refusal = try ChatCompletionsAdapter().parse(response("""
            {"model":"m","choices":[{"message":{"role":"assistant","content":null,"refusal":"I can't help with that."},"finish_reason":"stop"}]}
            """), panelist: any)
        #expect(refusal.outcome == .refused)
        #expect(refusal.text == "I can't help with that.")
        let filtered = try ChatCompletionsAdapter().parse(response("""
            {"model":"m","choices":[{"message":{"role":"assistant","content":""},"finish_reason":"content_filter"}]}
            """), panelist: any)
        #expect(filtered.outcome == .refused)
        #expect(filtered.finishReason == "content_filter")
        let truncated = try ChatCompletionsAdapter().parse(response("""
            {"id":"chatcmpl-9","model":"m","choices":[{"message":{"role":"assistant","content":"{\\"deci"},"finish_reason":"length"}]}
            """), panelist: any)
        #expect(truncated.outcome == .truncated)
        #expect(truncated.text == "{\"deci")
        #expect(truncated.requestID == "chatcmpl-9", "the response id stands in when no header gives one")
        #expect(truncated.usage == .none)
    }

    @Test("Anthropic: text blocks, cache tokens folded into input, request-id header")
    func anthropicOK() throws {
        let parsed = try AnthropicMessagesAdapter().parse(response("""
            {"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-5-5-20261001",
            "content":[{"type":"thinking","thinking":"hmm"},{"type":"text","text":"part one "},{"type":"text","text":"part two"}],
            "stop_reason":"end_turn","stop_sequence":null,
            "usage":{"input_tokens":100,"output_tokens":50,"cache_read_input_tokens":900,"cache_creation_input_tokens":10}}
            """, headers: ["request-id": "req_011"]), panelist: any)
        #expect(parsed.text == "part one part two")
        #expect(parsed.outcome == .complete)
        #expect(parsed.finishReason == "end_turn")
        #expect(parsed.modelReported == "claude-sonnet-5-5-20261001")
        #expect(parsed.requestID == "req_011")
        #expect(parsed.usage == TokenUsage(input: 1010, output: 50, cached: 900, reasoning: nil))
    }

    @Test("Anthropic stop reasons", arguments: [
        ("max_tokens", ParsedReply.Outcome.truncated), ("model_context_window_exceeded", .truncated),
        ("refusal", .refused), ("end_turn", .complete), ("stop_sequence", .complete),
    ])
    func anthropicStops(reason: String, outcome: ParsedReply.Outcome) throws {
        let parsed = try AnthropicMessagesAdapter().parse(response("""
            {"id":"msg_2","model":"m","content":[],"stop_reason":"\(reason)","usage":{"input_tokens":1,"output_tokens":0}}
            """), panelist: any)
        #expect(parsed.outcome == outcome)
        #expect(parsed.finishReason == reason)
    }

    @Test("Gemini: text parts (not thoughts), thoughts added to output, modelVersion, responseId")
    func geminiOK() throws {
        let parsed = try GeminiAdapter().parse(response("""
            {"candidates":[{"content":{"role":"model","parts":[{"text":"thinking...","thought":true},{"text":"{\\"decision\\":\\"no\\"}"}]},
            "finishReason":"STOP","index":0}],
            "usageMetadata":{"promptTokenCount":500,"candidatesTokenCount":60,"thoughtsTokenCount":200,"cachedContentTokenCount":100,"totalTokenCount":760},
            "modelVersion":"gemini-3.6-flash","responseId":"resp-77"}
            """), panelist: any)
        #expect(parsed.text == "{\"decision\":\"no\"}")
        #expect(parsed.outcome == .complete)
        #expect(parsed.modelReported == "gemini-3.6-flash")
        #expect(parsed.requestID == "resp-77")
        #expect(parsed.usage == TokenUsage(input: 500, output: 260, cached: 100, reasoning: 200))
    }

    @Test("Gemini finish reasons and blocked prompts", arguments: [
        ("MAX_TOKENS", ParsedReply.Outcome.truncated), ("SAFETY", .refused), ("RECITATION", .refused),
        ("PROHIBITED_CONTENT", .refused), ("STOP", .complete),
    ])
    func geminiFinishes(reason: String, outcome: ParsedReply.Outcome) throws {
        let parsed = try GeminiAdapter().parse(response("""
            {"candidates":[{"content":{"parts":[{"text":"x"}]},"finishReason":"\(reason)"}],"modelVersion":"g"}
            """), panelist: any)
        #expect(parsed.outcome == outcome)
        #expect(parsed.finishReason == reason)
    }

    @Test("Gemini: promptFeedback.blockReason without candidates is a refusal")
    func geminiBlocked() throws {
        let parsed = try GeminiAdapter().parse(response("""
            {"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":12},"modelVersion":"g"}
            """), panelist: any)
        #expect(parsed.outcome == .refused)
        #expect(parsed.finishReason == "SAFETY")
        #expect(parsed.usage.input == 12)
    }

    @Test("Ollama: message content, done_reason, eval counts")
    func ollama() throws {
        let parsed = try OllamaChatAdapter().parse(response("""
            {"model":"qwen3:8b","created_at":"2026-11-20T10:00:00Z","message":{"role":"assistant","content":"{}","thinking":"..."},
            "done":true,"done_reason":"length","prompt_eval_count":26,"eval_count":298}
            """), panelist: any)
        #expect(parsed.text == "{}")
        #expect(parsed.outcome == .truncated)
        #expect(parsed.modelReported == "qwen3:8b")
        #expect(parsed.usage == TokenUsage(input: 26, output: 298))
    }

    @Test("a 2xx body that is not JSON is a clear error, for every format")
    func notJSON() {
        let broken = response("{\"choices\":[{\"message\":")
        for adapter in WireFormatKind.allCases.map(ProviderAdapters.adapter(for:)) {
            #expect(throws: AdapterError.self) { try adapter.parse(broken, panelist: any) }
        }
    }

    @Test("provider error bodies: message and codes in each format; HTML pages shortened to their title")
    func errorBodies() {
        let openai = ProviderErrorBody(HTTPResponse(status: 429, body: Data("""
            {"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"}}
            """.utf8)))
        #expect(openai.message == "You exceeded your current quota.")
        #expect(openai.isSpendLimit)
        let anthropic = ProviderErrorBody(HTTPResponse(status: 429, body: Data("""
            {"type":"error","error":{"type":"rate_limit_error","message":"Spend cap","details":{"error_code":"enforced_spend_limit_reached"}}}
            """.utf8)))
        #expect(anthropic.isSpendLimit)
        let rate = ProviderErrorBody(HTTPResponse(status: 429, body: Data("""
            {"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}
            """.utf8)))
        #expect(!rate.isSpendLimit)
        let gemini = ProviderErrorBody(HTTPResponse(status: 429, body: Data("""
            {"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details.","status":"RESOURCE_EXHAUSTED",
            "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"37s"}]}}
            """.utf8)))
        #expect(gemini.retryDelay == .seconds(37))
        #expect(!gemini.isSpendLimit, "a Gemini quota window with a RetryInfo delay is a rate limit")
        let ollama = ProviderErrorBody(HTTPResponse(status: 404, body: Data("{\"error\":\"model 'x' not found\"}".utf8)))
        #expect(ollama.message == "model 'x' not found")
        let html = ProviderErrorBody(HTTPResponse(status: 502, body: Data("<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>".utf8)))
        #expect(html.message == "HTML page: 502 Bad Gateway")
        let untitled = ProviderErrorBody(HTTPResponse(status: 503, body: Data("<!DOCTYPE html><html><body><script>x()</script><p>Service   down</p></body></html>".utf8)))
        #expect(untitled.message == "HTML page: Service down")
    }
}
