import Foundation
import LoopbackServer
@testable import ModelClients
import Support
import Testing

@Suite("PanelClient: fan-out, replies, cost and limits")
struct PanelClientTests {
    @Test("each provider's answer becomes a Reply with usage, model, request id and cost",
          arguments: [Provider.openai, .anthropic, .gemini, .ollama, .openrouter, .openaiCompatible])
    func replyPerProvider(provider: Provider) async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let member = panelist(provider, server: server, price: Price(input: 2, output: 10, cached: 0.5))
        server.route(path(for: provider, model: member.model),
                     .answer(ScriptedAnswer(text: "{\"decision\":\"index it\",\"confidence\":0.8}", model: "served-model-7",
                                            inputTokens: 1000, outputTokens: 200, cachedTokens: 400, reasoningTokens: 50,
                                            requestID: "req-\(provider.rawValue)")))
        let client = PanelClient(transport: CurlTransport(), clock: RecordingClock().clock)
        let reply = await client.ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(reply.text == "{\"decision\":\"index it\",\"confidence\":0.8}")
        #expect(reply.modelReported == "served-model-7")
        #expect(reply.modelRequested == member.model)
        #expect(reply.attempts == 1)
        #expect(reply.httpStatus == 200)
        #expect(reply.latency > 0)
        switch provider.wireFormat {
        case .ollamaChat:
            // Ollama reports no cached or reasoning tokens, nor a request id.
            #expect(reply.usage == TokenUsage(input: 1000, output: 200))
            #expect(reply.requestID == nil)
            #expect(reply.cost.map { abs($0 - (1000 * 2 + 200 * 10) / 1e6) < 1e-12 } == true)
        case .anthropicMessages:
            #expect(reply.usage == TokenUsage(input: 1000, output: 200, cached: 400, reasoning: nil))
            #expect(reply.requestID == "req-\(provider.rawValue)")
        default:
            #expect(reply.usage == TokenUsage(input: 1000, output: 200, cached: 400, reasoning: 50))
            #expect(reply.requestID == "req-\(provider.rawValue)")
            // 600 fresh input * $2 + 400 cached * $0.5 + 200 output * $10, per million.
            #expect(reply.cost.map { abs($0 - 0.0034) < 1e-12 } == true)
        }
    }

    @Test("a truncated answer keeps its text and says truncated")
    func truncated() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let member = panelist(.gemini, server: server)
        server.route(path(for: .gemini, model: member.model), .answer("{\"decision\":\"par", finish: .truncated))
        let reply = await PanelClient(transport: CurlTransport(), clock: RecordingClock().clock).ask(member, testPrompt)
        #expect(reply.status == .truncated)
        #expect(reply.finishReason == "MAX_TOKENS")
        #expect(reply.text == "{\"decision\":\"par")
    }

    @Test("an unknown price is unknown, never zero")
    func unknownCost() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let member = panelist(.openaiCompatible, server: server, model: "my-local-finetune")
        server.route(path(for: .openaiCompatible, model: member.model), .answer("{}"))
        let reply = await PanelClient(transport: CurlTransport(), clock: RecordingClock().clock).ask(member, testPrompt)
        #expect(reply.status == .ok)
        #expect(reply.cost == nil)
        #expect(reply.costText == "unknown")
    }

    @Test("a panel ask returns one reply per panelist in order, failed ones included")
    func fanOut() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let members = [
            panelist(.anthropic, server: server, name: "alice"),
            panelist(.openai, server: server, name: "bob", model: "missing-route"),
            panelist(.gemini, server: server, name: "carol"),
            panelist(.ollama, server: server, name: "dave"),
        ]
        for member in members where member.name != "bob" {
            server.route(path(for: member.provider, model: member.model), .awaitingPeers(4, .answer("from \(member.name)")))
        }
        server.route(path(for: .openai, model: "missing-route"), model: "missing-route",
                     .awaitingPeers(4, .error(status: 404, message: "The model `missing-route` does not exist")))
        let replies = await PanelClient(transport: CurlTransport(), clock: RecordingClock().clock).ask(members, testPrompt)
        #expect(replies.map(\.panelist) == ["alice", "bob", "carol", "dave"])
        #expect(replies[0].text == "from alice")
        #expect(replies[2].text == "from carol")
        #expect(replies[3].text == "from dave")
        #expect(replies[1].status.failureReason?.contains("HTTP 404 Not Found: The model `missing-route` does not exist") == true)
        // All four were in flight together (each answer waited for the others).
        #expect(server.peakInFlight == 4)
    }

    @Test("the per-provider limit is never exceeded, and is reached")
    func providerLimit() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let member = panelist(.openai, server: server, maxConcurrency: 3)
        server.route(path(for: .openai, model: member.model), .awaitingPeers(3, .delayed(.milliseconds(20), .answer("{}"))))
        let client = PanelClient(transport: CurlTransport(), settings: PanelSettings(maxConcurrency: 50), clock: RecordingClock().clock)
        let replies = await withTaskGroup(of: Reply.self) { group in
            for _ in 0..<12 { group.addTask { await client.ask(member, testPrompt) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.count == 12)
        #expect(replies.allSatisfy { $0.status == .ok })
        #expect(server.peakInFlight == 3)
    }

    @Test("the overall limit holds across providers, shared by every ask of the client")
    func overallLimit() async throws {
        let first = try LoopbackServer()
        let second = try LoopbackServer()
        defer { first.stop(); second.stop() }
        let a = panelist(.anthropic, server: first, name: "a")
        let b = panelist(.ollama, server: second, name: "b")
        first.route(path(for: .anthropic, model: a.model), .delayed(.milliseconds(20), .answer("{}")))
        second.route(path(for: .ollama, model: b.model), .delayed(.milliseconds(20), .answer("{}")))
        let counting = CountingTransport(CurlTransport(), holdUntil: 5)
        let client = PanelClient(transport: counting, settings: PanelSettings(maxConcurrency: 5, providerConcurrency: 4),
                                 clock: RecordingClock().clock)
        let replies = await withTaskGroup(of: [Reply].self) { group in
            for _ in 0..<8 { group.addTask { await client.ask([a, b], testPrompt) } }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(replies.count == 16)
        #expect(replies.allSatisfy { $0.status == .ok })
        #expect(counting.total == 16)
        #expect(counting.peak == 5)
        #expect(first.peakInFlight <= 4)
        #expect(second.peakInFlight <= 4)
    }

    @Test("permits are released while a retry waits")
    func permitsReleasedDuringWait() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let member = panelist(.openai, server: server, maxConcurrency: 1)
        let gate = Locked(false)
        let clock = RetryClock(now: { Date() }, sleep: { _ in
            // While this request waits to retry, another must be able to take the only permit.
            for _ in 0..<500 where !gate.current { try await Task.sleep(for: .milliseconds(5)) }
        }, random: { 0 })
        let route = path(for: .openai, model: member.model)
        server.route(route, .rateLimited(.milliseconds(1)), .answer("{}"))
        let client = PanelClient(transport: CurlTransport(), clock: clock)
        async let first = client.ask(member, testPrompt)
        await eventually { server.requestCount() == 1 }
        let second = await client.ask(member, testPrompt)
        gate.withLock { $0 = true }
        #expect(second.status == .ok)
        #expect(await first.status == .ok)
    }
}

@Suite("PanelClient under an audit's load")
struct PanelClientLoadTests {
    @Test("300 requests through one client: all answered, connections reused, nothing left in flight")
    func manyRequests() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let members = [panelist(.anthropic, server: server, name: "a"), panelist(.gemini, server: server, name: "g"),
                       panelist(.ollama, server: server, name: "o")]
        for member in members { server.route(path(for: member.provider, model: member.model), .answer("{}")) }
        let transport = CurlTransport()
        let client = PanelClient(transport: transport, settings: PanelSettings(maxConcurrency: 16, providerConcurrency: 6),
                                 clock: RecordingClock().clock)
        let replies = await withTaskGroup(of: [Reply].self) { group in
            for _ in 0..<100 { group.addTask { await client.ask(members, testPrompt) } }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(replies.count == 300)
        #expect(replies.allSatisfy { $0.status == .ok && $0.attempts == 1 })
        #expect(server.requestCount() == 300)
        // One API host here: its limit (6) bounds the connections ever opened.
        #expect(server.connectionCount <= 6)
        #expect(server.peakInFlight <= 6)
        #expect(transport.activeTransferCount == 0)
    }
}
