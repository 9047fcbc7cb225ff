/// Limits shared by every request of one `PanelClient` (the `[panel]` table of review.toml).
public struct PanelSettings: Sendable, Hashable {
    /// Most requests in flight at once, all providers together.
    public var maxConcurrency: Int
    /// Most requests in flight to one API host unless a panelist's `max_concurrency` says otherwise.
    public var providerConcurrency: Int
    /// The longest wait before a retry; a server asking for more makes the request give up.
    public var maxRetryWait: Duration

    public static let defaultMaxConcurrency = 32
    public static let defaultProviderConcurrency = 8

    public init(maxConcurrency: Int = PanelSettings.defaultMaxConcurrency,
                providerConcurrency: Int = PanelSettings.defaultProviderConcurrency,
                maxRetryWait: Duration = RetryPolicy.defaultMaxWait) {
        self.maxConcurrency = maxConcurrency
        self.providerConcurrency = providerConcurrency
        self.maxRetryWait = maxRetryWait
    }
}
