/// One configured panel member, resolved: the provider, where it lives, its key (read from the
/// environment), its limits. Built from `PanelistConfiguration` or from the default panel.
public struct Panelist: Sendable, Hashable {
    public var name: String
    public var provider: Provider
    public var model: String
    /// The API root, without a trailing slash (e.g. `https://api.openai.com/v1`).
    public var baseURL: String
    public var role: PanelRole
    /// nil when no key is needed or the variable is not set (see `keyVariable`).
    public var apiKey: APIKey?
    /// The environment variable the key is read from, if any.
    public var keyVariable: String?
    public var connectTimeout: Duration
    public var timeout: Duration
    public var structuredOutput: StructuredOutputMode
    public var maxTokens: Int
    /// nil leaves the provider's default (some current models reject any other value).
    public var temperature: Double?
    /// Retries after the first attempt.
    public var retries: Int
    /// Most requests in flight at once to this panelist's API host; nil uses the panel default.
    public var maxConcurrency: Int?
    public var allowInsecure: Bool
    /// Overrides the built-in price table; nil looks the model up there.
    public var price: Price?

    public static let defaultConnectTimeout: Duration = .seconds(10)
    public static let defaultTimeout: Duration = .seconds(300)
    public static let defaultMaxTokens = 4096
    public static let defaultRetries = 2

    public init(name: String, provider: Provider, model: String, baseURL: String? = nil, role: PanelRole = .architect,
                apiKey: APIKey? = nil, keyVariable: String? = nil,
                connectTimeout: Duration = Panelist.defaultConnectTimeout, timeout: Duration = Panelist.defaultTimeout,
                structuredOutput: StructuredOutputMode = .schema, maxTokens: Int = Panelist.defaultMaxTokens,
                temperature: Double? = nil, retries: Int = Panelist.defaultRetries, maxConcurrency: Int? = nil,
                allowInsecure: Bool = false, price: Price? = nil) {
        self.name = name
        self.provider = provider
        self.model = model
        var base = baseURL ?? provider.defaultBaseURL ?? ""
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.role = role
        self.apiKey = apiKey
        self.keyVariable = keyVariable ?? apiKey?.variable
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

    /// "set", "missing" or "not needed": the only way a key is ever shown.
    public var keyStatus: String {
        if apiKey != nil { return "set" }
        return provider.requiresKey || keyVariable != nil ? "missing" : "not needed"
    }
}
