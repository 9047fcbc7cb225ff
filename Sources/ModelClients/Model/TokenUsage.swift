/// Tokens one reply used, normalized across providers. nil means the server did not say.
///
/// - `input`: every prompt token, cached ones included (Anthropic's `input_tokens` +
///   `cache_read_input_tokens` + `cache_creation_input_tokens`; OpenAI `prompt_tokens`; Gemini
///   `promptTokenCount`; Ollama `prompt_eval_count`).
/// - `cached`: the part of `input` read from the provider's prompt cache.
/// - `output`: every billed output token, reasoning included (Gemini `candidatesTokenCount` +
///   `thoughtsTokenCount`).
/// - `reasoning`: the part of `output` spent thinking, where reported.
public struct TokenUsage: Sendable, Codable, Hashable {
    public var input: Int?
    public var output: Int?
    public var cached: Int?
    public var reasoning: Int?

    public init(input: Int? = nil, output: Int? = nil, cached: Int? = nil, reasoning: Int? = nil) {
        self.input = input
        self.output = output
        self.cached = cached
        self.reasoning = reasoning
    }

    public static let none = TokenUsage()
}
