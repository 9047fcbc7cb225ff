/// The kinds of model API a panelist can talk to. Each maps onto one of four wire formats.
public enum Provider: String, Sendable, Codable, CaseIterable, Hashable {
    case openai
    case anthropic
    case gemini
    case ollama
    case openrouter
    case openaiCompatible = "openai-compatible"

    /// The request and response format the provider speaks.
    public var wireFormat: WireFormatKind {
        switch self {
        case .openai, .openrouter, .openaiCompatible: return .chatCompletions
        case .anthropic: return .anthropicMessages
        case .gemini: return .geminiGenerateContent
        case .ollama: return .ollamaChat
        }
    }

    /// Where the API lives when `base_url` is not given; nil when it must be given.
    public var defaultBaseURL: String? {
        switch self {
        case .openai: return "https://api.openai.com/v1"
        case .anthropic: return "https://api.anthropic.com"
        case .gemini: return "https://generativelanguage.googleapis.com"
        case .ollama: return "http://127.0.0.1:11434"
        case .openrouter: return "https://openrouter.ai/api/v1"
        case .openaiCompatible: return nil
        }
    }

    /// The environment variable read for the key when `api_key_env` is not given.
    public var defaultKeyVariable: String? {
        switch self {
        case .openai: return "OPENAI_API_KEY"
        case .anthropic: return "ANTHROPIC_API_KEY"
        case .gemini: return "GEMINI_API_KEY"
        case .openrouter: return "OPENROUTER_API_KEY"
        case .ollama, .openaiCompatible: return nil
        }
    }

    /// Hosted APIs refuse requests without a key; local servers usually need none.
    public var requiresKey: Bool {
        switch self {
        case .openai, .anthropic, .gemini, .openrouter: return true
        case .ollama, .openaiCompatible: return false
        }
    }
}

/// The four wire formats `review` speaks.
public enum WireFormatKind: String, Sendable, Codable, CaseIterable {
    /// OpenAI Chat Completions (`POST {base}/chat/completions`): OpenAI, OpenRouter, vLLM, llama.cpp, LiteLLM, Ollama /v1.
    case chatCompletions = "chat-completions"
    /// Anthropic Messages (`POST {base}/v1/messages`).
    case anthropicMessages = "anthropic-messages"
    /// Google Gemini (`POST {base}/v1beta/models/{model}:generateContent`).
    case geminiGenerateContent = "gemini-generate-content"
    /// Ollama's native chat (`POST {base}/api/chat` with `"stream": false`).
    case ollamaChat = "ollama-chat"
}
