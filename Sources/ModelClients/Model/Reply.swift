import Foundation

/// One panelist's answer to one prompt, failed ones included: a panel ask returns a Reply for every
/// panelist, never fewer. Codable, so records and the memory store it as is; it never holds a key.
public struct Reply: Sendable, Hashable, Codable {
    public var panelist: String
    public var provider: Provider
    public var role: PanelRole
    /// The model named in the configuration.
    public var modelRequested: String
    /// The model the server says answered (may be a dated snapshot, or another model behind a router).
    public var modelReported: String?
    public var status: ReplyStatus
    /// The answer text (for a refusal, the refusal message if any; empty when failed).
    public var text: String
    /// The provider's own finish reason, verbatim (`stop`, `end_turn`, `MAX_TOKENS`, ...).
    public var finishReason: String?
    public var usage: TokenUsage
    /// Seconds from the first attempt to the reply, waits between retries included.
    public var latency: Double
    /// Requests sent (1 when the first succeeded; 0 when none could be sent).
    public var attempts: Int
    /// The HTTP status of the last response, if any.
    public var httpStatus: Int?
    /// The provider's request id (`x-request-id`, `request-id`, ...) or the response id.
    public var requestID: String?
    /// Cost in US dollars from the price table; nil when the price is unknown (never a made-up zero).
    public var cost: Double?

    public init(panelist: String, provider: Provider, role: PanelRole, modelRequested: String,
                modelReported: String? = nil, status: ReplyStatus, text: String = "", finishReason: String? = nil,
                usage: TokenUsage = .none, latency: Double = 0, attempts: Int = 0, httpStatus: Int? = nil,
                requestID: String? = nil, cost: Double? = nil) {
        self.panelist = panelist
        self.provider = provider
        self.role = role
        self.modelRequested = modelRequested
        self.modelReported = modelReported
        self.status = status
        self.text = text
        self.finishReason = finishReason
        self.usage = usage
        self.latency = latency
        self.attempts = attempts
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.cost = cost
    }

    /// True for ok answers only; refused, truncated and failed replies count as abstentions upstream.
    public var isUsable: Bool { status == .ok }

    /// "$0.0123" or "unknown".
    public var costText: String {
        guard let cost else { return "unknown" }
        return String(format: "$%.4f", cost)
    }

    private enum CodingKeys: String, CodingKey {
        case panelist, provider, role, modelRequested = "model_requested", modelReported = "model_reported"
        case status, failure, text, finishReason = "finish_reason", inputTokens = "input_tokens"
        case outputTokens = "output_tokens", cachedTokens = "cached_tokens", reasoningTokens = "reasoning_tokens"
        case latency, attempts, httpStatus = "http_status", requestID = "request_id", cost = "cost_usd"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        panelist = try c.decode(String.self, forKey: .panelist)
        provider = try c.decode(Provider.self, forKey: .provider)
        role = try c.decode(PanelRole.self, forKey: .role)
        modelRequested = try c.decode(String.self, forKey: .modelRequested)
        modelReported = try c.decodeIfPresent(String.self, forKey: .modelReported)
        let statusName = try c.decode(String.self, forKey: .status)
        switch statusName {
        case "ok": status = .ok
        case "refused": status = .refused
        case "truncated": status = .truncated
        case "failed": status = .failed(try c.decodeIfPresent(String.self, forKey: .failure) ?? "")
        default:
            throw DecodingError.dataCorruptedError(forKey: .status, in: c, debugDescription: "unknown reply status '\(statusName)'")
        }
        text = try c.decode(String.self, forKey: .text)
        finishReason = try c.decodeIfPresent(String.self, forKey: .finishReason)
        usage = TokenUsage(input: try c.decodeIfPresent(Int.self, forKey: .inputTokens),
                           output: try c.decodeIfPresent(Int.self, forKey: .outputTokens),
                           cached: try c.decodeIfPresent(Int.self, forKey: .cachedTokens),
                           reasoning: try c.decodeIfPresent(Int.self, forKey: .reasoningTokens))
        latency = try c.decode(Double.self, forKey: .latency)
        attempts = try c.decode(Int.self, forKey: .attempts)
        httpStatus = try c.decodeIfPresent(Int.self, forKey: .httpStatus)
        requestID = try c.decodeIfPresent(String.self, forKey: .requestID)
        cost = try c.decodeIfPresent(Double.self, forKey: .cost)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(panelist, forKey: .panelist)
        try c.encode(provider, forKey: .provider)
        try c.encode(role, forKey: .role)
        try c.encode(modelRequested, forKey: .modelRequested)
        try c.encode(modelReported, forKey: .modelReported)
        try c.encode(status.name, forKey: .status)
        try c.encode(status.failureReason, forKey: .failure)
        try c.encode(text, forKey: .text)
        try c.encode(finishReason, forKey: .finishReason)
        try c.encode(usage.input, forKey: .inputTokens)
        try c.encode(usage.output, forKey: .outputTokens)
        try c.encode(usage.cached, forKey: .cachedTokens)
        try c.encode(usage.reasoning, forKey: .reasoningTokens)
        try c.encode(latency, forKey: .latency)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(httpStatus, forKey: .httpStatus)
        try c.encode(requestID, forKey: .requestID)
        try c.encode(cost, forKey: .cost)
    }
}
