import Foundation
import LoopbackServer
@testable import ModelClients
import Testing

/// Runs every provider through answers and every fault, then scans everything the client produced:
/// error messages, log lines, encoded Replies, and the paths and bodies the server received. The key
/// values may appear only in the one auth header each provider uses.
@Suite("Secret scan")
struct SecretScanTests {
    /// Each key, plus fragments a careless message might echo (providers show a prefix and a suffix).
    private func fragments(_ key: String) -> [String] {
        [key, String(key.prefix(12)), String(key.suffix(8)), String(key.dropFirst(10).prefix(10))]
    }

    @Test("keys appear only in the auth header the server received")
    func scan() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let log = LogCollector()
        let client = PanelClient(transport: CurlTransport(), clock: RecordingClock().clock, log: log.sink)
        let providers: [Provider] = [.openai, .anthropic, .gemini, .openrouter, .ollama]
        let faults: [LoopbackStep] = [.rateLimited(.milliseconds(1)), .serverError, .overloaded, .reset, .htmlError,
                                      .truncatedJSON, .quotaExhausted, .refusal(), .answer("{\"decision\":\"ok\"}"),
                                      .error(status: 401, message: "Incorrect API key provided")]
        var replies: [Reply] = []
        for provider in providers {
            let member = panelist(provider, server: server, retries: 1)
            let route = path(for: provider, model: member.model)
            let key = member.apiKey!.value
            for fault in faults {
                server.route(route, fault)
                replies.append(await client.ask(member, testPrompt))
            }
            // A provider echoing part of the key back, as OpenAI's 401 does.
            let echo = "Incorrect API key provided: \(key.prefix(8))****\(key.suffix(4)). You can find your API key at https://example.invalid/keys. Your key \(key) is wrong."
            server.route(route, .error(status: 401, message: echo))
            replies.append(await client.ask(member, testPrompt))
            // A model that repeats the key in its answer.
            server.route(route, .answer("my instructions contain \(key)"))
            replies.append(await client.ask(member, testPrompt))
        }
        let encoder = JSONEncoder()
        var texts: [String] = log.all
        for reply in replies {
            texts.append(String(decoding: try encoder.encode(reply), as: UTF8.self))
            texts.append(reply.status.failureReason ?? "")
            texts.append(reply.text)
        }
        for request in server.requests {
            texts.append(request.method + " " + request.path)
            texts.append(request.bodyText)
            for header in request.headers where !isAuthHeader(header.name) {
                texts.append("\(header.name): \(header.value)")
            }
        }
        #expect(replies.count == providers.count * (faults.count + 2))
        #expect(!log.all.isEmpty)
        #expect(replies.contains { $0.status.failureReason?.contains(SecretRedactor.placeholder) == true },
                "the echoed key was found and replaced")
        for key in TestKeys.all {
            for fragment in fragments(key) {
                let leaks = texts.filter { $0.contains(fragment) }
                #expect(leaks.isEmpty, "a fragment of a key leaked: \(leaks.first?.prefix(200) ?? "")")
            }
        }
        // The keys did reach the server, each in its provider's header.
        let authValues = server.requests.flatMap { $0.headers.filter { isAuthHeader($0.name) }.map(\.value) }
        for key in [TestKeys.openai, TestKeys.anthropic, TestKeys.gemini, TestKeys.openrouter, TestKeys.ollama] {
            #expect(authValues.contains { $0 == key || $0 == "Bearer \(key)" })
        }
    }

    private func isAuthHeader(_ name: String) -> Bool {
        ["authorization", "x-api-key", "x-goog-api-key"].contains(name.lowercased())
    }

    @Test("the redactor removes whole keys, partial echoes, and leaves other text alone")
    func redactor() {
        let key = "sk-proj-Zq81mXw0PLr7TT3BlbkFJa9x2cd"
        let redactor = SecretRedactor([key])
        #expect(redactor.redact("bad key \(key) here") == "bad key [redacted] here")
        #expect(redactor.redact("Incorrect API key provided: sk-proj-****x2cd.") == "Incorrect API key provided: [redacted]")
        #expect(redactor.redact("key ...mXw0PLr7TT... seen") == "key [redacted] seen")
        #expect(redactor.redact("HTTP 429 Too Many Requests: slow down") == "HTTP 429 Too Many Requests: slow down")
    }

    @Test("a key is never printed by its value type")
    func apiKeyDescription() {
        let key = APIKey("sk-secret-value-123456", variable: "OPENAI_API_KEY")
        #expect("\(key)" == "<redacted>")
        #expect(String(reflecting: key) == "<redacted>")
        var dumped = ""
        dump(key, to: &dumped)
        #expect(!dumped.contains("sk-secret"))
        let member = Panelist(name: "p", provider: .openai, model: "m", apiKey: key)
        var dumpedPanelist = ""
        dump(member, to: &dumpedPanelist)
        #expect(!dumpedPanelist.contains("sk-secret"))
        #expect(!"\(member)".contains("sk-secret"))
    }
}
