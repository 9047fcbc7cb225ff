import Foundation
@testable import ModelClients
import Testing

@Suite("Retry policy and prices")
struct RetryPolicyTests {
    private let clock = RecordingClock().clock

    @Test("backoff doubles from 0.5 s and stops at 8 s")
    func backoffSchedule() {
        let policy = RetryPolicy()
        #expect((0..<7).map { policy.backoff($0, clock: clock) } ==
                [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)])
    }

    @Test("jitter takes off at most 25%")
    func jitter() {
        let policy = RetryPolicy()
        let most = RetryClock(now: { Date() }, sleep: { _ in }, random: { 0.999_999 })
        #expect(policy.backoff(1, clock: most) == .milliseconds(750))
        let some = RetryClock(now: { Date() }, sleep: { _ in }, random: { 0.5 })
        #expect(policy.backoff(2, clock: some) == .milliseconds(1750))
    }

    @Test("retry-after-ms wins over retry-after; a past HTTP date means no wait; garbage falls back to backoff")
    func serverWaits() {
        let policy = RetryPolicy()
        let body = ProviderErrorBody(message: nil)
        let both = HTTPResponse(status: 429, headers: ["retry-after-ms": "1500", "retry-after": "9"])
        #expect(policy.serverWait(both, body: body, clock: clock) == .milliseconds(1500))
        let fractional = HTTPResponse(status: 429, headers: ["retry-after": "0.25"])
        #expect(policy.serverWait(fractional, body: body, clock: clock) == .milliseconds(250))
        let past = HTTPResponse(status: 503, headers: ["retry-after": "Sun, 06 Nov 1994 08:49:37 GMT"])
        #expect(policy.serverWait(past, body: body, clock: clock) == .zero)
        let garbage = HTTPResponse(status: 503, headers: ["retry-after": "soon"])
        #expect(policy.serverWait(garbage, body: body, clock: clock) == nil)
        #expect(policy.decide(.http(garbage, body), retry: 0, clock: clock) == .retry(after: .milliseconds(500)))
    }

    @Test("408 and 409 are retried; transport errors by kind")
    func retryable() {
        let policy = RetryPolicy()
        for status in [408, 409, 500, 502, 503, 504, 529] {
            #expect(policy.decide(.http(HTTPResponse(status: status), ProviderErrorBody(message: nil)), retry: 0, clock: clock)
                    == .retry(after: .milliseconds(500)), "\(status)")
        }
        #expect(policy.decide(.transport(TransportError(.timedOut, "t")), retry: 1, clock: clock) == .retry(after: .seconds(1)))
        #expect(policy.decide(.transport(TransportError(.connectionFailed, "c")), retry: 0, clock: clock) == .retry(after: .milliseconds(500)))
        #expect(policy.decide(.transport(TransportError(.tls, "t")), retry: 0, clock: clock) == .stop(nil))
        #expect(policy.decide(.transport(TransportError(.responseTooLarge, "t")), retry: 0, clock: clock) == .stop(nil))
    }

    @Test("prices: cached tokens at the cached price, unknown models and tiers are nil")
    func prices() throws {
        let price = Price(input: 2, output: 10, cached: 0.1)
        let cost = try #require(price.cost(of: TokenUsage(input: 1_000_000, output: 100_000, cached: 500_000)))
        #expect(abs(cost - (0.5 * 2 + 0.5 * 0.1 + 0.1 * 10)) < 1e-9)
        #expect(price.cost(of: TokenUsage(input: nil, output: 10)) == nil)
        #expect(Price(input: 1, output: 1, maxInputTokens: 100).cost(of: TokenUsage(input: 101, output: 1)) == nil)
        #expect(PriceTable.price(for: "claude-sonnet-5-5") == Price(input: 2, output: 10, cached: 0.10))
        #expect(PriceTable.price(for: "claude-sonnet-5-5-20261001") == PriceTable.price(for: "claude-sonnet-5-5"))
        #expect(PriceTable.price(for: "gpt-5.5-2026-04-23") == PriceTable.price(for: "gpt-5.5"))
        #expect(PriceTable.price(for: "gpt-5.5-pro") == nil, "a different model is not priced as its prefix")
        #expect(PriceTable.price(for: "models/gemini-3.6-flash") == PriceTable.price(for: "gemini-3.6-flash"))
        #expect(PriceTable.price(for: "my-finetune") == nil)
    }

    @Test("a Reply round-trips through JSON with its status and failure")
    func replyCodable() throws {
        let reply = Reply(panelist: "p", provider: .openaiCompatible, role: .implementationAnalyst, modelRequested: "m",
                          modelReported: "m2", status: .failed("panelist 'p': HTTP 500"), text: "", finishReason: nil,
                          usage: TokenUsage(input: 1, output: 2, cached: nil, reasoning: 3), latency: 1.5, attempts: 3,
                          httpStatus: 500, requestID: "r", cost: nil)
        let data = try JSONEncoder().encode(reply)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"status\":\"failed\""))
        #expect(text.contains("\"provider\":\"openai-compatible\""))
        #expect(text.contains("\"cost_usd\":null"))
        #expect(try JSONDecoder().decode(Reply.self, from: data) == reply)
    }
}
