import Foundation

/// Asks panelists: the object that owns the transport, the concurrency limits, the retry policy and
/// the redaction of keys. Create one per process and share it; an audit sends hundreds of requests
/// through one client and its limits hold across all of them.
///
/// `ask` never throws and never drops a panelist: every panelist gets a `Reply`, failed ones
/// included, with a message that names panelist, provider, HTTP status and the provider's words.
public final class PanelClient: Sendable {
    /// One log line: a failed attempt about to be retried, or a request that failed for good.
    /// The message has keys removed already.
    public struct LogEvent: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case retry, failure
        }

        public let kind: Kind
        public let panelist: String
        public let message: String
    }

    public typealias LogSink = @Sendable (LogEvent) -> Void

    public let transport: any Transport
    public let settings: PanelSettings
    public let limits: ConcurrencyLimits
    let policy: RetryPolicy
    let clock: RetryClock
    let redactor = SecretRedactor()
    private let log: LogSink?

    /// `log` receives an event per retry and per final failure (keys already removed).
    public init(transport: any Transport, settings: PanelSettings = PanelSettings(), clock: RetryClock = .live,
                log: LogSink? = nil) {
        self.transport = transport
        self.settings = settings
        self.limits = ConcurrencyLimits(overall: settings.maxConcurrency, perProvider: settings.providerConcurrency)
        self.policy = RetryPolicy(maxWait: settings.maxRetryWait)
        self.clock = clock
        self.log = log
    }

    /// Asks every panelist the same prompt at once; the replies come back in the panelists' order.
    public func ask(_ panelists: [Panelist], _ prompt: Prompt) async -> [Reply] {
        await withTaskGroup(of: (Int, Reply).self) { group in
            for (index, panelist) in panelists.enumerated() {
                group.addTask { (index, await self.ask(panelist, prompt)) }
            }
            var replies = [Reply?](repeating: nil, count: panelists.count)
            for await (index, reply) in group { replies[index] = reply }
            return replies.enumerated().map { index, reply in
                reply ?? self.failure(panelists[index], "no reply was produced", attempts: 0, status: nil, started: .now)
            }
        }
    }

    /// Asks one panelist, retrying as the policy says.
    public func ask(_ panelist: Panelist, _ prompt: Prompt) async -> Reply {
        if let key = panelist.apiKey { redactor.add(key.value) }
        let started = ContinuousClock.now
        if panelist.provider.requiresKey && panelist.apiKey == nil {
            let variable = panelist.keyVariable ?? panelist.provider.defaultKeyVariable ?? "the key variable"
            return failure(panelist, "no API key: set \(variable) in the environment", attempts: 0, status: nil, started: started)
        }
        let adapter = ProviderAdapters.adapter(for: panelist.provider.wireFormat)
        let request: HTTPRequest
        do {
            request = try adapter.makeRequest(for: prompt, panelist: panelist)
            try URLPolicy.check(request.url, allowInsecure: request.allowInsecure)
        } catch {
            return failure(panelist, "\(error)", attempts: 0, status: nil, started: started)
        }
        var attempt = 0
        while true {
            attempt += 1
            let failureCase: RetryPolicy.Failure
            do {
                let response = try await limits.withPermits(for: panelist) {
                    try await transport.send(request)
                }
                if response.isSuccess {
                    return reply(from: response, adapter: adapter, panelist: panelist, attempts: attempt, started: started)
                }
                failureCase = .http(response, ProviderErrorBody(response))
            } catch is CancellationError {
                return failure(panelist, "cancelled", attempts: attempt, status: nil, started: started)
            } catch let error as TransportError {
                failureCase = .transport(error)
            } catch {
                failureCase = .transport(TransportError(.other, "\(error)"))
            }
            let description = describe(failureCase)
            let status = Self.status(of: failureCase)
            let decision = policy.decide(failureCase, retry: attempt - 1, clock: clock)
            switch decision {
            case .stop(let reason):
                let suffix = reason.map { "; \($0)" } ?? ""
                return failure(panelist, description + suffix + attemptsText(attempt), attempts: attempt, status: status, started: started)
            case .waitTooLong(let wait):
                return failure(panelist, "\(description); the server asked to wait \(Self.secondsText(wait)) before retrying, more than the limit of \(Self.secondsText(policy.maxWait)) (max_retry_wait)\(attemptsText(attempt))",
                               attempts: attempt, status: status, started: started)
            case .retry(let wait):
                guard attempt <= panelist.retries else {
                    return failure(panelist, description + "; gave up after \(attempt) attempt\(attempt == 1 ? "" : "s") (retries = \(panelist.retries))",
                                   attempts: attempt, status: status, started: started)
                }
                emit(.retry, panelist, "\(label(panelist)): attempt \(attempt) failed: \(description); retrying in \(Self.secondsText(wait))")
                do {
                    try await clock.sleep(wait)
                } catch {
                    return failure(panelist, "cancelled while waiting to retry after: \(description)", attempts: attempt, status: status, started: started)
                }
            }
        }
    }

    // MARK: replies

    private func reply(from response: HTTPResponse, adapter: any ProviderAdapter, panelist: Panelist,
                       attempts: Int, started: ContinuousClock.Instant) -> Reply {
        let parsed: ParsedReply
        do {
            parsed = try adapter.parse(response, panelist: panelist)
        } catch {
            return failure(panelist, "HTTP \(response.status) but \(error)", attempts: attempts, status: response.status, started: started)
        }
        let status: ReplyStatus
        switch parsed.outcome {
        case .complete: status = .ok
        case .truncated: status = .truncated
        case .refused: status = .refused
        }
        let price = panelist.price ?? parsed.modelReported.flatMap(PriceTable.price(for:)) ?? PriceTable.price(for: panelist.model)
        return Reply(panelist: panelist.name, provider: panelist.provider, role: panelist.role,
                     modelRequested: panelist.model, modelReported: parsed.modelReported.map(redactor.redact), status: status,
                     text: redactor.redact(parsed.text), finishReason: parsed.finishReason, usage: parsed.usage,
                     latency: Self.seconds(since: started), attempts: attempts, httpStatus: response.status,
                     requestID: parsed.requestID.map(redactor.redact), cost: price?.cost(of: parsed.usage))
    }

    private func failure(_ panelist: Panelist, _ message: String, attempts: Int, status: Int?,
                         started: ContinuousClock.Instant) -> Reply {
        let text = redactor.redact("\(label(panelist)): \(message)")
        emit(.failure, panelist, text)
        return Reply(panelist: panelist.name, provider: panelist.provider, role: panelist.role,
                     modelRequested: panelist.model, status: .failed(text), latency: Self.seconds(since: started),
                     attempts: attempts, httpStatus: status)
    }

    private func label(_ panelist: Panelist) -> String {
        "panelist '\(panelist.name)' (\(panelist.provider.rawValue), \(panelist.model))"
    }

    private func describe(_ failure: RetryPolicy.Failure) -> String {
        switch failure {
        case .transport(let error):
            return error.message
        case .http(let response, let body):
            var text = "HTTP \(response.status)"
            if let reason = Self.reasonPhrases[response.status] { text += " \(reason)" }
            if let message = body.message, !message.isEmpty { text += ": \(message)" }
            return text
        }
    }

    private static let reasonPhrases: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
        408: "Request Timeout", 409: "Conflict", 413: "Content Too Large", 422: "Unprocessable Content",
        429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout", 529: "Overloaded",
    ]

    private func attemptsText(_ attempt: Int) -> String {
        attempt > 1 ? " (after \(attempt) attempts)" : ""
    }

    private func emit(_ kind: LogEvent.Kind, _ panelist: Panelist, _ line: String) {
        log?(LogEvent(kind: kind, panelist: panelist.name, message: redactor.redact(line)))
    }

    private static func status(of failure: RetryPolicy.Failure) -> Int? {
        if case .http(let response, _) = failure { return response.status }
        return nil
    }

    static func secondsText(_ duration: Duration) -> String {
        let (s, atto) = duration.components
        let value = Double(s) + Double(atto) / 1e18
        return value == value.rounded() ? "\(Int(value)) s" : String(format: "%.2f s", value)
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let (s, atto) = (ContinuousClock.now - start).components
        return Double(s) + Double(atto) / 1e18
    }
}
