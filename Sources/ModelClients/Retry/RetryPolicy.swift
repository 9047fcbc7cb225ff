import Foundation

/// When to try a request again, and after how long.
///
/// Retried: 408, 409, 429, every 5xx (529 included), timeouts and broken or refused connections.
/// Never: 400, 401, 403, 404, 413, 422, nor a 429 that reports a spend limit or exhausted quota
/// (OpenAI `insufficient_quota`, Anthropic `enforced_spend_limit_reached`). `x-should-retry: false`
/// stops a retry; `x-should-retry: true` allows one for a status not listed above (never for the
/// never-list). The wait is `retry-after-ms`, else `retry-after` (seconds or an HTTP date), else the
/// provider's RetryInfo delay, else `min(0.5 * 2^n, 8)` seconds less up to 25% jitter. A wait longer
/// than `maxWait` is not waited: the request gives up and says so.
public struct RetryPolicy: Sendable, Equatable {
    public var maxWait: Duration
    public var baseDelay: Duration
    public var maxDelay: Duration
    public var jitter: Double

    public static let defaultMaxWait: Duration = .seconds(120)

    public init(maxWait: Duration = RetryPolicy.defaultMaxWait, baseDelay: Duration = .milliseconds(500),
                maxDelay: Duration = .seconds(8), jitter: Double = 0.25) {
        self.maxWait = maxWait
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
    }

    static let neverRetried: Set<Int> = [400, 401, 403, 404, 413, 422]

    /// A failed attempt, as far as retrying is concerned.
    enum Failure: Sendable {
        case http(HTTPResponse, ProviderErrorBody)
        case transport(TransportError)
    }

    enum Decision: Sendable, Equatable {
        case retry(after: Duration)
        /// Not retryable (or told not to); the reason is a short clause for the message, if any.
        case stop(String?)
        /// Retryable, but the server asked for a wait longer than `maxWait`.
        case waitTooLong(Duration)
    }

    /// What to do after failure number `retry + 1` (retry is 0 for the first failure).
    func decide(_ failure: Failure, retry: Int, clock: RetryClock) -> Decision {
        switch failure {
        case .transport(let error):
            return error.isRetryable ? .retry(after: backoff(retry, clock: clock)) : .stop(nil)
        case .http(let response, let body):
            if Self.neverRetried.contains(response.status) { return .stop(nil) }
            if response.status == 429, body.isSpendLimit {
                return .stop("a spend limit or quota is exhausted; waiting will not help")
            }
            let shouldRetry = response.header("x-should-retry")?.lowercased()
            if shouldRetry == "false" { return .stop("the server said not to retry (x-should-retry: false)") }
            let retryable = [408, 409, 429].contains(response.status) || response.status >= 500 || shouldRetry == "true"
            guard retryable else { return .stop(nil) }
            let wait = serverWait(response, body: body, clock: clock) ?? backoff(retry, clock: clock)
            return wait > maxWait ? .waitTooLong(wait) : .retry(after: wait)
        }
    }

    /// The wait the server asked for, if it asked in a form we read.
    func serverWait(_ response: HTTPResponse, body: ProviderErrorBody, clock: RetryClock) -> Duration? {
        if let text = response.header("retry-after-ms"), let ms = Double(text.trimmingCharacters(in: .whitespaces)), ms >= 0, ms.isFinite {
            return .milliseconds(Int64(ms.rounded()))
        }
        if let text = response.header("retry-after")?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Double(text), seconds >= 0, seconds.isFinite {
                return .milliseconds(Int64((seconds * 1000).rounded()))
            }
            if let date = Self.httpDate(text) {
                let seconds = max(0, date.timeIntervalSince(clock.now()))
                return .milliseconds(Int64((seconds * 1000).rounded()))
            }
        }
        return body.retryDelay
    }

    /// `min(base * 2^retry, max)` reduced by up to `jitter` of itself.
    func backoff(_ retry: Int, clock: RetryClock) -> Duration {
        let base = seconds(baseDelay) * pow(2, Double(min(retry, 30)))
        let capped = min(base, seconds(maxDelay))
        let jittered = capped * (1 - jitter * clock.random())
        return .milliseconds(Int64((jittered * 1000).rounded()))
    }

    private func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }

    /// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), and the two obsolete forms RFC 9110 still accepts.
    static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
