import Foundation
import LoopbackServer
@testable import ModelClients
import Support

/// Keys used by the tests. They look like real ones so that partial echoes are realistic; the secret
/// scan checks that none of them (nor a recognizable part) leaves the auth header.
enum TestKeys {
    static let openai = "sk-test-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO"
    static let anthropic = "sk-ant-test-OL8dKLzdocJ2isAjIhKtJ0RlgLKOmx"
    static let gemini = "AIzagJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUC"
    static let openrouter = "sk-or-v1-sMehGAkWvj7FAc9QeWJKY40uvSwMFLZD"
    static let ollama = "olm-e1f8rESQedUStPKR0CsTy4Qwb8DwkN"
    static let all = [openai, anthropic, gemini, openrouter, ollama]
}

/// A clock that records every wait instead of waiting, at a fixed "now", with no jitter.
final class RecordingClock: Sendable {
    let sleeps = Locked([Duration]())
    let fixedNow: Date

    init(now: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        fixedNow = now
    }

    var clock: RetryClock {
        RetryClock(now: { [fixedNow] in fixedNow },
                   sleep: { [sleeps] duration in
                       sleeps.withLock { $0.append(duration) }
                       try Task.checkCancellation()
                       await Task.yield()
                   },
                   random: { 0 })
    }

    var recorded: [Duration] { sleeps.current }
}

/// Wraps a transport and counts how many sends are in flight at once. With `holdUntil`, each send
/// waits (at most 5 s) until that many have been in flight together, so a test can show a limit is
/// reached without depending on timing.
final class CountingTransport: Transport {
    let inner: any Transport
    let holdUntil: Int?
    private let counts = Locked((current: 0, peak: 0, total: 0))

    init(_ inner: any Transport, holdUntil: Int? = nil) {
        self.inner = inner
        self.holdUntil = holdUntil
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        counts.withLock { c in
            c.current += 1
            c.total += 1
            c.peak = max(c.peak, c.current)
        }
        defer { counts.withLock { $0.current -= 1 } }
        if let holdUntil {
            for _ in 0..<1000 where peak < holdUntil {
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        return try await inner.send(request)
    }

    var peak: Int { counts.current.peak }
    var total: Int { counts.current.total }
}

/// Collects log lines.
final class LogCollector: Sendable {
    let lines = Locked([String]())
    var sink: PanelClient.LogSink { { [lines] event in lines.withLock { $0.append(event.message) } } }
    var all: [String] { lines.current }
}

let answerSchema: JSONValue = [
    "type": "object",
    "properties": ["decision": ["type": "string"], "confidence": ["type": "number"]],
    "required": ["decision", "confidence"],
    "additionalProperties": false,
]

let testPrompt = Prompt(system: "You are a database architect.", user: "Should orders.customer_id have an index?",
                        schema: answerSchema, schemaName: "design_answer", maxTokens: 800)

/// The path each provider posts to, relative to the loopback base URL.
func path(for provider: Provider, model: String) -> String {
    switch provider.wireFormat {
    case .chatCompletions: return "/v1/chat/completions"
    case .anthropicMessages: return "/v1/messages"
    case .geminiGenerateContent: return "/v1beta/models/\(model):generateContent"
    case .ollamaChat: return "/api/chat"
    }
}

/// A panelist of `provider` pointed at `server`.
func panelist(_ provider: Provider, server: LoopbackServer, name: String? = nil, model: String? = nil,
              key: String? = nil, retries: Int = 2, timeout: Duration = .seconds(10),
              mode: StructuredOutputMode = .schema, maxConcurrency: Int? = nil, price: Price? = nil) -> Panelist {
    let base: String
    switch provider.wireFormat {
    case .chatCompletions: base = server.baseURL + "/v1"
    default: base = server.baseURL
    }
    let defaultKey: String? = {
        switch provider {
        case .openai: return TestKeys.openai
        case .anthropic: return TestKeys.anthropic
        case .gemini: return TestKeys.gemini
        case .openrouter: return TestKeys.openrouter
        case .ollama: return TestKeys.ollama
        case .openaiCompatible: return nil
        }
    }()
    let keyValue = key ?? defaultKey
    return Panelist(name: name ?? provider.rawValue, provider: provider, model: model ?? "test-\(provider.rawValue)",
                    baseURL: base, role: .architect,
                    apiKey: keyValue.map { APIKey($0, variable: "TEST_\(provider.rawValue.uppercased())_KEY") },
                    timeout: timeout, structuredOutput: mode, retries: retries, maxConcurrency: maxConcurrency, price: price)
}

/// Waits (bounded) until `condition` holds; for waiting on the server's side of a request.
func eventually(_ condition: () -> Bool) async {
    for _ in 0..<500 where !condition() {
        try? await Task.sleep(for: .milliseconds(10))
    }
}
