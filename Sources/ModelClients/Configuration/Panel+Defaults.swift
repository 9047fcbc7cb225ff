extension Panel {
    /// Default models, chosen on `PriceTable.checked` from the providers' current recommendations:
    /// a strong general model from each hosted provider, OpenRouter's router, and a common local model.
    public static func defaultModel(_ provider: Provider) -> String {
        switch provider {
        case .anthropic: return "claude-sonnet-5-5"
        case .openai: return "gpt-5.5"
        case .gemini: return "gemini-3.6-flash"
        case .openrouter: return "openrouter/auto"
        case .ollama: return "qwen3:8b"
        case .openaiCompatible: return "default"
        }
    }

    /// The panel used when review.toml lists no panelists: one panelist per key variable that is set,
    /// in the order Anthropic, OpenAI, Gemini (`GEMINI_API_KEY`, else `GOOGLE_API_KEY`), OpenRouter,
    /// then Ollama when `OLLAMA_HOST` is given (model from `OLLAMA_MODEL`, else `qwen3:8b`).
    /// Roles are handed out in order: architect, independent-assessor, implementation-analyst, again.
    public static func defaultPanelists(environment: [String: String]) -> [Panelist] {
        func value(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        var found: [(String, Provider, APIKey?, String?, String?)] = []
        if let key = value("ANTHROPIC_API_KEY") { found.append(("claude", .anthropic, APIKey(key, variable: "ANTHROPIC_API_KEY"), nil, nil)) }
        if let key = value("OPENAI_API_KEY") { found.append(("gpt", .openai, APIKey(key, variable: "OPENAI_API_KEY"), nil, nil)) }
        if let key = value("GEMINI_API_KEY") {
            found.append(("gemini", .gemini, APIKey(key, variable: "GEMINI_API_KEY"), nil, nil))
        } else if let key = value("GOOGLE_API_KEY") {
            found.append(("gemini", .gemini, APIKey(key, variable: "GOOGLE_API_KEY"), nil, nil))
        }
        if let key = value("OPENROUTER_API_KEY") { found.append(("openrouter", .openrouter, APIKey(key, variable: "OPENROUTER_API_KEY"), nil, nil)) }
        if let host = value("OLLAMA_HOST") { found.append(("ollama", .ollama, nil, ollamaBaseURL(host), value("OLLAMA_MODEL"))) }
        return found.enumerated().map { index, entry in
            let (name, provider, key, baseURL, model) = entry
            return Panelist(name: name, provider: provider, model: model ?? defaultModel(provider), baseURL: baseURL,
                            role: PanelRole.assigned(at: index), apiKey: key, keyVariable: key?.variable)
        }
    }

    /// `OLLAMA_HOST` as Ollama reads it: `host`, `host:port` or a URL; port 11434 when none is given;
    /// `0.0.0.0` (a listen address) means this machine.
    static func ollamaBaseURL(_ host: String) -> String {
        var text = host
        var scheme = "http"
        if let range = text.range(of: "://") {
            scheme = String(text[..<range.lowerBound]).lowercased()
            text = String(text[range.upperBound...])
        }
        while text.hasSuffix("/") { text.removeLast() }
        var hostPart = text
        var port = "11434"
        if let colon = text.lastIndex(of: ":"), !text.hasSuffix("]") {
            hostPart = String(text[..<colon])
            port = String(text[text.index(after: colon)...])
        }
        if hostPart.isEmpty || hostPart == "0.0.0.0" { hostPart = "127.0.0.1" }
        return "\(scheme)://\(hostPart):\(port)"
    }
}
