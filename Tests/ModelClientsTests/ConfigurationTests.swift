import Foundation
@testable import ModelClients
import Testing

/// `[[panelist]]` and `[panel]` tables, decoded (through JSON here; review.toml reaches the same
/// Decodable types through TOMLKit) and resolved against an environment.
@Suite("Panel configuration")
struct ConfigurationTests {
    private func tables(_ json: String) throws -> [PanelistConfiguration] {
        try JSONDecoder().decode([PanelistConfiguration].self, from: Data(json.utf8))
    }

    private func resolve(_ json: String, env: [String: String] = [:]) throws -> Panel {
        try Panel.resolve(try tables(json), environment: env)
    }

    @Test("every option is read")
    func allOptions() throws {
        let panel = try resolve("""
            [{"name": "claude", "provider": "anthropic", "model": "claude-opus-5-5", "role": "independent-assessor",
              "api_key_env": "TEAM_ANTHROPIC_KEY", "connect_timeout": 5, "timeout": 600.5, "structured_output": "json",
              "max_tokens": 8000, "temperature": 0.3, "retries": 4, "max_concurrency": 2, "allow_insecure": false,
              "base_url": "https://proxy.example.com/anthropic/", "price": {"input": 4, "output": 20, "cached": 0.2}}]
            """, env: ["TEAM_ANTHROPIC_KEY": "sk-ant-value"])
        let p = try #require(panel.panelists.first)
        #expect(panel.source == .configuration)
        #expect(p.name == "claude")
        #expect(p.provider == .anthropic)
        #expect(p.model == "claude-opus-5-5")
        #expect(p.role == .independentAssessor)
        #expect(p.apiKey?.value == "sk-ant-value")
        #expect(p.keyVariable == "TEAM_ANTHROPIC_KEY")
        #expect(p.keyStatus == "set")
        #expect(p.connectTimeout == .seconds(5))
        #expect(p.timeout == .milliseconds(600_500))
        #expect(p.structuredOutput == .json)
        #expect(p.maxTokens == 8000)
        #expect(p.temperature == 0.3)
        #expect(p.retries == 4)
        #expect(p.maxConcurrency == 2)
        #expect(p.baseURL == "https://proxy.example.com/anthropic")
        #expect(p.price == Price(input: 4, output: 20, cached: 0.2))
    }

    @Test("defaults: provider base URL and key variable, roles in order, schema mode")
    func defaults() throws {
        let panel = try resolve("""
            [{"name": "a", "provider": "openai", "model": "gpt-5.5"},
             {"name": "b", "provider": "gemini", "model": "gemini-3.6-flash"},
             {"name": "c", "provider": "ollama", "model": "qwen3:8b"},
             {"name": "d", "provider": "openrouter", "model": "openrouter/auto"}]
            """, env: ["GOOGLE_API_KEY": "g-key"])
        let p = panel.panelists
        #expect(p.map(\.role) == [.architect, .independentAssessor, .implementationAnalyst, .architect])
        #expect(p[0].baseURL == "https://api.openai.com/v1")
        #expect(p[0].keyVariable == "OPENAI_API_KEY")
        #expect(p[0].keyStatus == "missing")
        #expect(p[1].keyVariable == "GOOGLE_API_KEY", "Gemini falls back to GOOGLE_API_KEY")
        #expect(p[1].keyStatus == "set")
        #expect(p[2].baseURL == "http://127.0.0.1:11434")
        #expect(p[2].keyStatus == "not needed")
        #expect(p.allSatisfy { $0.structuredOutput == .schema && $0.retries == 2 && $0.timeout == .seconds(300) })
    }

    @Test("a key written in the file is refused, and its value is not repeated")
    func inlineKey() throws {
        let secret = "sk-inline-should-never-be-printed"
        for field in ["api_key", "key", "token"] {
            #expect(throws: PanelConfigurationError.self) {
                try resolve("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"\(field)\": \"\(secret)\"}]")
            }
            do {
                _ = try resolve("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"\(field)\": \"\(secret)\"}]")
            } catch let error as PanelConfigurationError {
                #expect(error.message.contains("'\(field)' puts a key in the file"))
                #expect(error.message.contains("api_key_env"))
                #expect(!error.message.contains(secret))
            }
        }
    }

    @Test("a key given as api_key_env is refused without being repeated")
    func keyAsVariableName() throws {
        let secret = "sk-proj-abcdefghijklmnop"
        do {
            _ = try resolve("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"api_key_env\": \"\(secret)\"}]")
            Issue.record("expected the key-looking variable name to be refused")
        } catch let error as PanelConfigurationError {
            #expect(error.message.contains("must be the NAME of an environment variable"))
            #expect(!error.message.contains(secret))
        }
    }

    @Test("mistakes get one clear line each", arguments: [
        ("[{\"name\": \"x\", \"provider\": \"opneai\", \"model\": \"m\"}]", "unknown provider 'opneai'"),
        ("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"\"}]", "no model"),
        ("[{\"name\": \"x\", \"provider\": \"openai-compatible\", \"model\": \"m\"}]", "needs base_url"),
        ("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"role\": \"critic\"}]", "unknown role 'critic'"),
        ("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"structured_output\": \"xml\"}]", "structured_output must be schema, json or prompt"),
        ("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\"}, {\"name\": \"X\", \"provider\": \"openai\", \"model\": \"m\"}]", "appears twice"),
        ("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"timeout\": 0}]", "timeout must be more than 0"),
        ("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"retries\": -1}]", "retries must be between 0 and 10"),
        ("[{\"name\": \"x\", \"provider\": \"openai-compatible\", \"model\": \"m\", \"base_url\": \"http://10.0.0.7:8000/v1\"}]", "allow_insecure"),
    ])
    func mistakes(json: String, expected: String) throws {
        do {
            _ = try resolve(json)
            Issue.record("expected an error containing \(expected)")
        } catch let error as PanelConfigurationError {
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.message.contains("[[panelist]]"))
        }
    }

    @Test("plain http to another machine is accepted with allow_insecure")
    func allowInsecure() throws {
        let panel = try resolve("[{\"name\": \"lan\", \"provider\": \"openai-compatible\", \"model\": \"m\", \"base_url\": \"http://10.0.0.7:8000/v1\", \"allow_insecure\": true}]")
        #expect(panel.panelists[0].allowInsecure)
    }

    @Test("an unknown key is an error that lists the known ones")
    func unknownKey() {
        #expect(throws: DecodingError.self) {
            try tables("[{\"name\": \"x\", \"provider\": \"openai\", \"model\": \"m\", \"timout\": 30}]")
        }
    }

    @Test("[panel] settings are read and checked")
    func panelSettings() throws {
        let table = try JSONDecoder().decode(PanelSettingsConfiguration.self, from: Data("""
            {"max_concurrency": 64, "provider_concurrency": 4, "max_retry_wait": 30}
            """.utf8))
        let panel = try Panel.resolve(nil, settings: table, environment: [:])
        #expect(panel.settings == PanelSettings(maxConcurrency: 64, providerConcurrency: 4, maxRetryWait: .seconds(30)))
        #expect(throws: PanelConfigurationError.self) {
            try Panel.resolve(nil, settings: PanelSettingsConfiguration(maxConcurrency: 0), environment: [:])
        }
    }

    @Test("with no panelists configured, the default panel comes from the keys that are set")
    func defaultPanel() throws {
        let env = ["ANTHROPIC_API_KEY": "a", "OPENAI_API_KEY": "o", "GOOGLE_API_KEY": "g", "OPENROUTER_API_KEY": "r",
                   "OLLAMA_HOST": "0.0.0.0:11500", "OLLAMA_MODEL": "llama3.3"]
        let panel = try Panel.resolve(nil, environment: env)
        #expect(panel.source == .environment)
        #expect(panel.panelists.map(\.name) == ["claude", "gpt", "gemini", "openrouter", "ollama"])
        #expect(panel.panelists.map(\.provider) == [.anthropic, .openai, .gemini, .openrouter, .ollama])
        #expect(panel.panelists.map(\.role) == [.architect, .independentAssessor, .implementationAnalyst, .architect, .independentAssessor])
        #expect(panel.panelists[2].keyVariable == "GOOGLE_API_KEY")
        #expect(panel.panelists[4].baseURL == "http://127.0.0.1:11500")
        #expect(panel.panelists[4].model == "llama3.3")
        #expect(panel.panelists[0].model == Panel.defaultModel(.anthropic))
        let some = try Panel.resolve([], environment: ["OPENAI_API_KEY": "o", "GEMINI_API_KEY": "g1", "GOOGLE_API_KEY": "g2"])
        #expect(some.panelists.map(\.name) == ["gpt", "gemini"])
        #expect(some.panelists[1].apiKey?.value == "g1", "GEMINI_API_KEY wins over GOOGLE_API_KEY")
        #expect(try Panel.resolve(nil, environment: [:]).panelists.isEmpty)
    }

    @Test("OLLAMA_HOST forms", arguments: [
        ("127.0.0.1", "http://127.0.0.1:11434"), ("localhost:9999", "http://localhost:9999"),
        ("https://ollama.example.com:443/", "https://ollama.example.com:443"), ("0.0.0.0", "http://127.0.0.1:11434"),
        ("http://[::1]:11434", "http://[::1]:11434"),
    ])
    func ollamaHost(host: String, expected: String) {
        #expect(Panel.ollamaBaseURL(host) == expected)
    }
}
