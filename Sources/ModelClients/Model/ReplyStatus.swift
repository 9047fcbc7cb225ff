/// How a panelist's request ended.
public enum ReplyStatus: Sendable, Hashable {
    /// A complete answer.
    case ok
    /// The model or the provider's filter declined to answer (OpenAI `refusal`/`content_filter`,
    /// Anthropic `refusal`, Gemini `SAFETY` and other blocks).
    case refused
    /// The answer stopped at the token limit (OpenAI/Ollama `length`, Anthropic `max_tokens`,
    /// Gemini `MAX_TOKENS`); the partial text is kept.
    case truncated
    /// No usable answer, with the reason (which names panelist, provider, HTTP status and the
    /// provider's own message, and never a key).
    case failed(String)

    /// The short name stored in records: ok, refused, truncated, failed.
    public var name: String {
        switch self {
        case .ok: return "ok"
        case .refused: return "refused"
        case .truncated: return "truncated"
        case .failed: return "failed"
        }
    }

    public var failureReason: String? {
        if case .failed(let reason) = self { return reason }
        return nil
    }
}
