import Foundation
import LoopbackServer
@testable import ModelClients
import Testing

/// Every fault the loopback server can produce, through the real curl transport, with the waits
/// recorded by an injected clock instead of spent.
@Suite("PanelClient: faults, retries and waits")
struct PanelClientFaultTests {
    private func setUp(_ provider: Provider = .openai, retries: Int = 2, timeout: Duration = .seconds(10),
                       maxRetryWait: Duration = .seconds(120)) throws
        -> (LoopbackServer, PanelClient, RecordingClock, Panelist, String, LogCollector) {
        let server = try LoopbackServer()
        let clock = RecordingClock()
        let log = LogCollector()
        let client = PanelClient(transport: CurlTransport(), settings: PanelSettings(maxRetryWait: maxRetryWait),
                                 clock: clock.clock, log: log.sink)
        let member = panelist(provider, server: server, retries: retries, timeout: timeout)
        return (server, client, clock, member, path(for: provider, model: member.model), log)
    }

    private func failure(_ reply: Reply) -> String {
        reply.status.failureReason ?? ""
    }

    @Test("429 with retry-after-ms: waits exactly that long, then succeeds")
    func retryAfterMilliseconds() async throws {
        let (server, client, clock, member, route, _) = try setUp()
        defer { server.stop() }
        server.route(route, .rateLimited(.milliseconds(250)), .answer("{\"decision\":\"yes\",\"confidence\":0.9}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(reply.attempts == 2)
        #expect(clock.recorded == [.milliseconds(250)])
        #expect(server.requestCount(path: route) == 2)
    }

    @Test("429 with retry-after in seconds")
    func retryAfterSeconds() async throws {
        let (server, client, clock, member, route, _) = try setUp(.anthropic)
        defer { server.stop() }
        server.route(route, .rateLimited(.seconds(3)), .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(clock.recorded == [.seconds(3)])
    }

    @Test("429 with retry-after as an HTTP date: waits until that date")
    func retryAfterDate() async throws {
        let (server, client, clock, member, route, _) = try setUp(.gemini)
        defer { server.stop() }
        server.route(route, .rateLimited(.httpDate(clock.fixedNow.addingTimeInterval(42))), .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(clock.recorded == [.seconds(42)])
    }

    @Test("429 without a hint, 500 and 529 back off 0.5 s, then 1 s (no jitter from the test clock)",
          arguments: [LoopbackStep.rateLimited(.none), .serverError, .overloaded])
    func backoff(step: LoopbackStep) async throws {
        let (server, client, clock, member, route, _) = try setUp(.anthropic)
        defer { server.stop() }
        server.route(route, step, step, .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(reply.attempts == 3)
        #expect(clock.recorded == [.milliseconds(500), .seconds(1)])
    }

    @Test("after the configured retries, the failure names panelist, provider, status and the provider's message")
    func givesUp() async throws {
        let (server, client, clock, member, route, log) = try setUp(.openai, retries: 2)
        defer { server.stop() }
        server.route(route, .serverError)
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 3)
        #expect(clock.recorded == [.milliseconds(500), .seconds(1)])
        #expect(reply.httpStatus == 500)
        let message = failure(reply)
        #expect(message.contains("panelist 'openai' (openai, test-openai)"))
        #expect(message.contains("HTTP 500"))
        #expect(message.contains("The server had an error while processing your request."))
        #expect(message.contains("gave up after 3 attempts"))
        #expect(log.all.filter { $0.contains("retrying in") }.count == 2)
    }

    @Test("retries = 0 sends one request")
    func noRetries() async throws {
        let (server, client, clock, member, route, _) = try setUp(.openai, retries: 0)
        defer { server.stop() }
        server.route(route, .overloaded, .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 1)
        #expect(clock.recorded.isEmpty)
        #expect(failure(reply).contains("HTTP 529"))
    }

    @Test("a connection reset is retried")
    func reset() async throws {
        let (server, client, clock, member, route, _) = try setUp(.ollama)
        defer { server.stop() }
        server.route(route, .reset, .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(reply.attempts == 2)
        #expect(clock.recorded == [.milliseconds(500)])
    }

    @Test("a stalled body times out and is retried")
    func stall() async throws {
        let (server, client, clock, member, route, _) = try setUp(.openai, timeout: .milliseconds(300))
        defer { server.stop() }
        server.route(route, .stall, .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(reply.attempts == 2)
        #expect(clock.recorded.count == 1)
    }

    @Test("truncated JSON in a 200 fails at once with a clear message")
    func truncatedJSON() async throws {
        let (server, client, clock, member, route, _) = try setUp(.anthropic)
        defer { server.stop() }
        server.route(route, .truncatedJSON)
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 1)
        #expect(clock.recorded.isEmpty)
        #expect(failure(reply).contains("HTTP 200 but the response is not valid JSON"))
    }

    @Test("an HTML error page (502) is retried and reported by its title")
    func htmlPage() async throws {
        let (server, client, clock, member, route, _) = try setUp(.gemini, retries: 1)
        defer { server.stop() }
        server.route(route, .htmlError)
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 2)
        #expect(clock.recorded == [.milliseconds(500)])
        let message = failure(reply)
        #expect(message.contains("HTTP 502 Bad Gateway: HTML page: 502 Bad Gateway"))
        #expect(!message.contains("<"), "no markup in messages")
    }

    @Test("an oversized body fails without retrying")
    func oversized() async throws {
        let (server, client, clock, member, route, _) = try setUp(.openai)
        defer { server.stop() }
        server.route(route, .oversized(bytes: 20 * 1024 * 1024))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 1)
        #expect(clock.recorded.isEmpty)
        #expect(failure(reply).contains("larger than the limit of 16777216 bytes"))
    }

    @Test("a 429 that reports an exhausted spend limit or quota is not retried", arguments: [Provider.openai, .anthropic])
    func quota(provider: Provider) async throws {
        let (server, client, clock, member, route, _) = try setUp(provider)
        defer { server.stop() }
        server.route(route, .quotaExhausted, .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 1)
        #expect(clock.recorded.isEmpty)
        #expect(failure(reply).contains("spend limit or quota is exhausted"))
    }

    @Test("400, 401, 403, 404, 413 and 422 are never retried, even with x-should-retry: true",
          arguments: [400, 401, 403, 404, 413, 422])
    func neverRetried(status: Int) async throws {
        let (server, client, clock, member, route, _) = try setUp(.openrouter)
        defer { server.stop() }
        server.route(route, .raw(status: status, headers: [("x-should-retry", "true")],
                                 body: "{\"error\":{\"message\":\"nope \(status)\",\"code\":\(status)}}"), .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 1)
        #expect(clock.recorded.isEmpty)
        #expect(reply.httpStatus == status)
        #expect(failure(reply).contains("HTTP \(status)"))
        #expect(failure(reply).contains("nope \(status)"))
    }

    @Test("x-should-retry: false stops a retry of a 503; x-should-retry: true allows one for a 402")
    func shouldRetryHeader() async throws {
        let (server, client, clock, member, route, _) = try setUp(.openai)
        defer { server.stop() }
        server.route(route, .raw(status: 503, headers: [("x-should-retry", "false")], body: "{\"error\":{\"message\":\"down\"}}"))
        let stopped = await client.ask(member, testPrompt)
        #expect(stopped.attempts == 1)
        #expect(failure(stopped).contains("x-should-retry: false"))
        server.route(route, .raw(status: 402, headers: [("x-should-retry", "true")], body: "{\"error\":{\"message\":\"later\"}}"), .answer("{}"))
        let retried = await client.ask(member, testPrompt)
        #expect(retried.status == .ok)
        #expect(retried.attempts == 2)
        #expect(clock.recorded == [.milliseconds(500)])
    }

    @Test("a server asking to wait longer than max_retry_wait makes the request give up at once")
    func waitTooLong() async throws {
        let (server, client, clock, member, route, _) = try setUp(.anthropic, maxRetryWait: .seconds(120))
        defer { server.stop() }
        server.route(route, .rateLimited(.seconds(3600)), .answer("{}"))
        let reply = await client.ask(member, testPrompt)
        #expect(reply.attempts == 1)
        #expect(clock.recorded.isEmpty)
        #expect(failure(reply).contains("asked to wait 3600 s before retrying, more than the limit of 120 s (max_retry_wait)"))
    }

    @Test("a refusal is a reply with status refused, not a failure")
    func refusal() async throws {
        for provider in [Provider.openai, .anthropic, .gemini] {
            let (server, client, _, member, route, _) = try setUp(provider)
            server.route(route, .refusal("I won't do that."))
            let reply = await client.ask(member, testPrompt)
            #expect(reply.status == .refused, "\(provider)")
            #expect(reply.attempts == 1)
            server.stop()
        }
    }

    @Test("a missing key fails without sending anything and names the variable to set")
    func missingKey() async throws {
        let (server, client, _, member, route, _) = try setUp(.anthropic)
        defer { server.stop() }
        server.route(route, .answer("{}"))
        var keyless = member
        keyless.apiKey = nil
        keyless.keyVariable = "ANTHROPIC_API_KEY"
        let reply = await client.ask(keyless, testPrompt)
        #expect(reply.attempts == 0)
        #expect(failure(reply).contains("set ANTHROPIC_API_KEY"))
        #expect(server.requestCount() == 0)
    }

    @Test("cancelling an ask returns a failed reply at once and leaves no transfer behind")
    func cancellation() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let transport = CurlTransport()
        let client = PanelClient(transport: transport, clock: RecordingClock().clock)
        let member = panelist(.openai, server: server)
        server.route(path(for: .openai, model: member.model), .delayed(.seconds(30), .answer("{}")))
        let task = Task { await client.ask(member, testPrompt) }
        await eventually { server.requestCount() == 1 }
        task.cancel()
        let reply = await task.value
        #expect(reply.status.failureReason?.contains("cancelled") == true)
        #expect(transport.activeTransferCount == 0)
    }
}
