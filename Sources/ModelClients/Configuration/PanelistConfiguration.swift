/// One `[[panelist]]` table of review.toml, as written. `Panel.resolve` checks it and turns it into a
/// `Panelist`. Every key is documented in the README's panel section and in examples/review.toml.
public struct PanelistConfiguration: Decodable, Sendable, Hashable {
    public var name: String
    public var provider: String
    public var model: String
    public var baseURL: String?
    public var role: String?
    public var apiKeyEnv: String?
    /// Seconds.
    public var connectTimeout: Double?
    /// Seconds, for the whole request.
    public var timeout: Double?
    public var structuredOutput: String?
    public var maxTokens: Int?
    public var temperature: Double?
    public var retries: Int?
    public var maxConcurrency: Int?
    public var allowInsecure: Bool?
    public var price: PriceConfiguration?
    /// Set when the table wrote a key into the file (`api_key`, `key`, ...): refused by `Panel.resolve`.
    public var inlineKeyField: String?

    public static let knownKeys = ["name", "provider", "model", "base_url", "role", "api_key_env", "connect_timeout",
                                   "timeout", "structured_output", "max_tokens", "temperature", "retries",
                                   "max_concurrency", "allow_insecure", "price"]
    static let inlineKeyNames = ["api_key", "apikey", "key", "token", "api_token", "secret"]

    public init(name: String, provider: String, model: String, baseURL: String? = nil, role: String? = nil,
                apiKeyEnv: String? = nil, connectTimeout: Double? = nil, timeout: Double? = nil,
                structuredOutput: String? = nil, maxTokens: Int? = nil, temperature: Double? = nil, retries: Int? = nil,
                maxConcurrency: Int? = nil, allowInsecure: Bool? = nil, price: PriceConfiguration? = nil) {
        self.name = name
        self.provider = provider
        self.model = model
        self.baseURL = baseURL
        self.role = role
        self.apiKeyEnv = apiKeyEnv
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.structuredOutput = structuredOutput
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.retries = retries
        self.maxConcurrency = maxConcurrency
        self.allowInsecure = allowInsecure
        self.price = price
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ConfigurationKey.self)
        // Checked before anything else, and reported without the value.
        inlineKeyField = c.allKeys.map(\.stringValue).first { Self.inlineKeyNames.contains($0.lowercased()) }
        if inlineKeyField == nil {
            try c.rejectUnknownKeys(Self.knownKeys, table: "[[panelist]]")
        }
        guard let name = try c.string("name") else {
            throw DecodingError.keyNotFound(ConfigurationKey("name"), DecodingError.Context(
                codingPath: c.codingPath, debugDescription: "every [[panelist]] needs a name"))
        }
        self.name = name
        provider = try c.string("provider") ?? ""
        model = try c.string("model") ?? ""
        baseURL = try c.string("base_url")
        role = try c.string("role")
        apiKeyEnv = try c.string("api_key_env")
        connectTimeout = try c.number("connect_timeout")
        timeout = try c.number("timeout")
        structuredOutput = try c.string("structured_output")
        maxTokens = try c.int("max_tokens")
        temperature = try c.number("temperature")
        retries = try c.int("retries")
        maxConcurrency = try c.int("max_concurrency")
        allowInsecure = try c.bool("allow_insecure")
        price = try c.decodeIfPresent(PriceConfiguration.self, forKey: ConfigurationKey("price"))
    }
}

/// `price = { input = 3.0, output = 15.0, cached = 0.3 }`: US dollars per million tokens.
public struct PriceConfiguration: Decodable, Sendable, Hashable {
    public var input: Double
    public var output: Double
    public var cached: Double?

    public init(input: Double, output: Double, cached: Double? = nil) {
        self.input = input
        self.output = output
        self.cached = cached
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ConfigurationKey.self)
        try c.rejectUnknownKeys(["input", "output", "cached"], table: "price")
        guard let input = try c.number("input"), let output = try c.number("output") else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: c.codingPath, debugDescription: "price needs input and output (US dollars per million tokens)"))
        }
        self.input = input
        self.output = output
        cached = try c.number("cached")
    }
}
