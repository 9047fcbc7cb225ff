import Foundation

extension Panel {
    /// Checks the configured tables and reads keys from `environment`. With no `[[panelist]]` tables,
    /// the default panel is formed from the environment instead (`Panel.defaultPanel`).
    public static func resolve(_ configured: [PanelistConfiguration]?, settings: PanelSettingsConfiguration? = nil,
                               environment: [String: String]) throws(PanelConfigurationError) -> Panel {
        let resolvedSettings = try resolveSettings(settings)
        guard let configured, !configured.isEmpty else {
            return Panel(panelists: defaultPanelists(environment: environment), settings: resolvedSettings, source: .environment)
        }
        var panelists: [Panelist] = []
        var names = Set<String>()
        for (index, table) in configured.enumerated() {
            let panelist = try resolve(table, index: index, environment: environment)
            guard names.insert(panelist.name.lowercased()).inserted else {
                throw PanelConfigurationError("[[panelist]] '\(panelist.name)' appears twice; give every panelist its own name")
            }
            panelists.append(panelist)
        }
        return Panel(panelists: panelists, settings: resolvedSettings, source: .configuration)
    }

    static func resolveSettings(_ table: PanelSettingsConfiguration?) throws(PanelConfigurationError) -> PanelSettings {
        var settings = PanelSettings()
        guard let table else { return settings }
        if let value = table.maxConcurrency {
            guard value >= 1 else { throw PanelConfigurationError("[panel] max_concurrency must be at least 1") }
            settings.maxConcurrency = value
        }
        if let value = table.providerConcurrency {
            guard value >= 1 else { throw PanelConfigurationError("[panel] provider_concurrency must be at least 1") }
            settings.providerConcurrency = value
        }
        if let value = table.maxRetryWait {
            guard value >= 0, value.isFinite else { throw PanelConfigurationError("[panel] max_retry_wait must be 0 or more seconds") }
            settings.maxRetryWait = .milliseconds(Int64(value * 1000))
        }
        return settings
    }

    static func resolve(_ table: PanelistConfiguration, index: Int, environment: [String: String]) throws(PanelConfigurationError) -> Panelist {
        let name = table.name.trimmingCharacters(in: .whitespaces)
        let place = "[[panelist]] '\(name)'"
        if let field = table.inlineKeyField {
            throw PanelConfigurationError("\(place): '\(field)' puts a key in the file, which review refuses; export the key in an environment variable and name that variable with api_key_env = \"MY_KEY_VARIABLE\"")
        }
        guard !name.isEmpty else { throw PanelConfigurationError("[[panelist]] number \(index + 1) has an empty name") }
        guard let provider = Provider(rawValue: table.provider.lowercased()) else {
            let known = Provider.allCases.map(\.rawValue).joined(separator: ", ")
            let given = table.provider.isEmpty ? "no provider" : "unknown provider '\(table.provider)'"
            throw PanelConfigurationError("\(place): \(given); use one of \(known)")
        }
        guard !table.model.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw PanelConfigurationError("\(place): no model; name the model the provider should run, e.g. model = \"\(defaultModel(provider))\"")
        }
        let role: PanelRole
        if let text = table.role {
            guard let parsed = PanelRole(rawValue: text.lowercased()) else {
                throw PanelConfigurationError("\(place): unknown role '\(text)'; use \(PanelRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            role = parsed
        } else {
            role = PanelRole.assigned(at: index)
        }
        let mode: StructuredOutputMode
        if let text = table.structuredOutput {
            guard let parsed = StructuredOutputMode(rawValue: text.lowercased()) else {
                throw PanelConfigurationError("\(place): structured_output must be schema, json or prompt")
            }
            mode = parsed
        } else {
            mode = .schema
        }
        guard let baseURL = table.baseURL ?? provider.defaultBaseURL else {
            throw PanelConfigurationError("\(place): provider openai-compatible needs base_url, e.g. base_url = \"http://127.0.0.1:8000/v1\"")
        }
        let allowInsecure = table.allowInsecure ?? false
        do {
            try URLPolicy.check(baseURL, allowInsecure: allowInsecure)
        } catch {
            throw PanelConfigurationError("\(place): base_url: \(error.message)")
        }
        var variable = try keyVariable(table, provider: provider, place: place)
        if table.apiKeyEnv == nil, provider == .gemini, (environment["GEMINI_API_KEY"] ?? "").isEmpty,
           !(environment["GOOGLE_API_KEY"] ?? "").isEmpty {
            variable = "GOOGLE_API_KEY"
        }
        let apiKey = variable.flatMap { name in
            environment[name].flatMap { value in value.isEmpty ? nil : APIKey(value, variable: name) }
        }
        if let seconds = table.connectTimeout, !(seconds > 0) { throw PanelConfigurationError("\(place): connect_timeout must be more than 0 seconds") }
        if let seconds = table.timeout, !(seconds > 0) { throw PanelConfigurationError("\(place): timeout must be more than 0 seconds") }
        if let tokens = table.maxTokens, tokens < 1 { throw PanelConfigurationError("\(place): max_tokens must be at least 1") }
        if let retries = table.retries, retries < 0 || retries > 10 { throw PanelConfigurationError("\(place): retries must be between 0 and 10") }
        if let limit = table.maxConcurrency, limit < 1 { throw PanelConfigurationError("\(place): max_concurrency must be at least 1") }
        if let temperature = table.temperature, !(0...2).contains(temperature) { throw PanelConfigurationError("\(place): temperature must be between 0 and 2") }
        if let price = table.price, price.input < 0 || price.output < 0 || (price.cached ?? 0) < 0 {
            throw PanelConfigurationError("\(place): prices cannot be negative")
        }
        return Panelist(
            name: name, provider: provider, model: table.model, baseURL: baseURL, role: role, apiKey: apiKey,
            keyVariable: variable,
            connectTimeout: table.connectTimeout.map(Self.duration) ?? Panelist.defaultConnectTimeout,
            timeout: table.timeout.map(Self.duration) ?? Panelist.defaultTimeout,
            structuredOutput: mode, maxTokens: table.maxTokens ?? Panelist.defaultMaxTokens,
            temperature: table.temperature, retries: table.retries ?? Panelist.defaultRetries,
            maxConcurrency: table.maxConcurrency, allowInsecure: allowInsecure,
            price: table.price.map { Price(input: $0.input, output: $0.output, cached: $0.cached) })
    }

    /// The variable to read the key from: `api_key_env`, else the provider's usual one. A value that
    /// does not look like a variable name is refused without being repeated (it may be the key itself).
    private static func keyVariable(_ table: PanelistConfiguration, provider: Provider, place: String) throws(PanelConfigurationError) -> String? {
        guard let name = table.apiKeyEnv else { return provider.defaultKeyVariable }
        let valid = !name.isEmpty && name.count <= 64 && name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "_" }
        guard valid else {
            throw PanelConfigurationError("\(place): api_key_env must be the NAME of an environment variable (capitals, digits and _ only, like OPENAI_API_KEY), not the key itself; the value given is not shown")
        }
        return name
    }

    static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
