import ArgumentParser
import Consult
import Foundation
import ModelClients
import Support

extension Review {
    /// `review panel` (alias `review doctor`): the panel as configured, and a live check of every endpoint.
    struct PanelCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "panel",
            abstract: "List the panel and check that every panelist's endpoint answers.",
            discussion: """
                Reads [[panelist]] tables from review.toml (or --config); with none, forms the default panel from
                ANTHROPIC_API_KEY, OPENAI_API_KEY, GEMINI_API_KEY/GOOGLE_API_KEY, OPENROUTER_API_KEY and OLLAMA_HOST.
                Then sends every panelist a minimal request at once (retrying as a real question would) and
                reports reachability, latency, the model the server reports, and whether structured output works.
                Keys are shown only as set or missing.

                Exit codes: 0 at least one panelist answered (problems are listed); 2 bad configuration or no
                panelist at all; 3 no panelist answered.
                """,
            aliases: ["doctor"]
        )

        @Option(help: "The configuration file (default: review.toml in the current directory, if present).")
        var config: String?

        @Flag(help: "Only list the panel; contact no endpoint.")
        var offline = false

        func run() async throws {
            let panel: Panel
            let file: ConfigFile
            do {
                file = try ConfigFile.load(explicitPath: config)
                panel = try file.panel()
            } catch {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
            guard !panel.panelists.isEmpty else {
                ProcessOutput.standardError.write("""
                    error: no panelists: add [[panelist]] tables to review.toml (see examples/review.toml), or set \
                    ANTHROPIC_API_KEY, OPENAI_API_KEY, GEMINI_API_KEY, OPENROUTER_API_KEY or OLLAMA_HOST

                    """)
                throw ExitCode(2)
            }
            guard !offline else {
                ProcessOutput.standardOutput.write(PanelCheckReport.render(panel, results: [], configPath: file.path))
                return
            }
            let transport = CurlTransport()
            defer { transport.shutdown() }
            let client = PanelClient(transport: transport, settings: panel.settings,
                                     log: { event in
                                         // Failures are listed in the report; show retries as they happen.
                                         if event.kind == .retry { ProcessOutput.standardError.write("note: \(event.message)\n") }
                                     })
            let results = await PanelCheck.run(panel, client: client)
            ProcessOutput.standardOutput.write(PanelCheckReport.render(panel, results: results, configPath: file.path))
            if !results.contains(where: { $0.reply.status == .ok }) {
                throw ExitCode(3)
            }
        }
    }
}
