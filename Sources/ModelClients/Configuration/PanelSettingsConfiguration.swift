/// The `[panel]` table of review.toml: limits for the whole panel.
public struct PanelSettingsConfiguration: Decodable, Sendable, Hashable {
    public var maxConcurrency: Int?
    public var providerConcurrency: Int?
    /// Seconds.
    public var maxRetryWait: Double?

    public static let knownKeys = ["max_concurrency", "provider_concurrency", "max_retry_wait"]

    public init(maxConcurrency: Int? = nil, providerConcurrency: Int? = nil, maxRetryWait: Double? = nil) {
        self.maxConcurrency = maxConcurrency
        self.providerConcurrency = providerConcurrency
        self.maxRetryWait = maxRetryWait
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ConfigurationKey.self)
        try c.rejectUnknownKeys(Self.knownKeys, table: "[panel]")
        maxConcurrency = try c.int("max_concurrency")
        providerConcurrency = try c.int("provider_concurrency")
        maxRetryWait = try c.number("max_retry_wait")
    }
}
