import ArgumentParser
import Consult
import Foundation
import Memory
import ModelClients
import Support

extension Review {
    /// `review audit PATH`: every schema and question in a directory (or an audit.toml), asked on a schedule.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Review every schema and question in a directory or audit.toml, incrementally, within a budget.",
            discussion: """
                PATH is a directory (every .sql file is a schema review; every NAME.question.toml or NAME.question.md \
                is a question with kind, context files and requirements) or an audit.toml manifest listing items \
                with their own options. All requests of all items share one client: --concurrency requests at \
                once, within each provider's limit. Each record is written and stored in the memory as soon as \
                its item finishes.

                An item whose input files, question, requirements, prompt files and panel are unchanged since its \
                last decision is not asked again: that decision is carried into the report (unless --force). \
                A killed audit started again with the same arguments continues where it stopped and asks no \
                panelist twice. The report goes to reports/audits/YYYY-MM-DD[-N]/index.md and summary.json.

                Drift: an item whose decision changed, whose tier dropped, or that gained high-severity findings.

                Exit codes:
                  0  done: no item escalated, no drift selected by --fail-on
                  1  an item is conflicting or insufficient, or drifted (as selected by --fail-on)
                  2  usage or input error: a bad option, configuration, manifest or question file, an unreadable
                     item, or a record or report that could not be written
                  3  the whole panel failed: no item that was asked got a usable answer
                """)

        @Argument(help: "A directory of schemas and questions, or an audit.toml manifest.")
        var path: String

        @Option(help: "Most requests in flight at once, all items together (each provider's limit applies as well).")
        var concurrency: Int = AuditOptions.defaultConcurrency

        @Flag(help: "Ask every item again, even those unchanged since their last decision.")
        var force = false

        @Option(help: "Start no new item once this audit has spent this many US dollars (from the replies' usage).")
        var budget: Double?

        @Option(help: "Start no new item once this audit has used this many tokens (input and output).")
        var maxTokens: Int?

        @Option(help: "Which drift exits with 1, comma-separated: decision, tier, findings, drift (all of them, the default) or none. Escalations always exit with 1.")
        var failOn: String = "drift"

        @OptionGroup var locations: RunLocations

        @Option(help: "Output on stdout: text (where the report went and the summary) or json (summary.json).")
        var format: ReviewFormat = .text

        func validate() throws {
            if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
            if let budget, !(budget >= 0) { throw ValidationError("--budget must be a non-negative amount of US dollars") }
            if let maxTokens, maxTokens < 1 { throw ValidationError("--max-tokens must be a positive number of tokens") }
            _ = try driftKinds()
        }

        func driftKinds() throws -> Set<AuditItemResult.Drift> {
            var kinds = Set<AuditItemResult.Drift>()
            for name in failOn.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
                switch name {
                case "drift", "all": kinds.formUnion(AuditItemResult.Drift.allCases)
                case "none", "never": break
                default:
                    guard let kind = AuditItemResult.Drift(rawValue: name) else {
                        throw ValidationError("unknown --fail-on '\(name)'; use decision, tier, findings, drift or none")
                    }
                    kinds.insert(kind)
                }
            }
            return kinds
        }

        func run() async throws {
            let options = AuditOptions(concurrency: concurrency, force: force, budgetUSD: budget, maxTokens: maxTokens,
                                       failOnDrift: try driftKinds(), maxInputSize: locations.maxInputSize)
            let plan: AuditPlan
            let settings: ReviewSettings
            let decisionMemory: DecisionMemory
            do {
                plan = try AuditPlan.load(path)
                let config = try ConfigFile.load(explicitPath: locations.config)
                settings = try ReviewSettings.load(config: config, promptsDirectory: locations.prompts, reportsDirectory: locations.out)
                decisionMemory = try DecisionMemory(path: MemoryStore.resolvePath(explicit: locations.memory))
            } catch {
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
            if settings.panel.panelists.isEmpty {
                ProcessOutput.standardError.write("note: no panelist is configured; each record holds the deterministic checks only (see `review panel`)\n")
            }
            let transport = settings.panel.panelists.isEmpty ? nil : CurlTransport()
            defer { transport?.shutdown() }
            let printer = AuditProgressPrinter.standardError()
            let report: AuditReport
            do {
                report = try await AuditScheduler(pipeline: ReviewPipeline(settings: settings), options: options)
                    .run(plan, memory: decisionMemory, transport: transport, progress: printer.sink, estimated: { estimate in
                        ProcessOutput.standardError.write(Self.describe(estimate, budget: options.budgetUSD))
                    })
            } catch {
                printer.finish()
                ProcessOutput.standardError.write("error: \(error)\n")
                throw ExitCode(2)
            }
            printer.finish()
            // Nightly maintenance: the decisions are stored, the search index is merged for the day's searches.
            do {
                try decisionMemory.store.optimize()
            } catch {
                ProcessOutput.standardError.write("warning: the audit is complete, but the memory's search index was not merged (\(error)); searches stay correct, only slower\n")
            }
            switch format {
            case .json: ProcessOutput.standardOutput.write(String(decoding: try report.json(), as: UTF8.self))
            case .text: ProcessOutput.standardOutput.write(Self.summary(report))
            }
            let code = report.exitCode(failOn: options.failOnDrift)
            if code == 3 {
                ProcessOutput.standardError.write("error: no panelist gave a usable answer for any item; check the panel with `review panel`\n")
            } else if code == 1 {
                for line in report.failures(failOn: options.failOnDrift) { ProcessOutput.standardError.write("fail: \(line)\n") }
            }
            if code != 0 { throw ExitCode(code) }
        }

        static func describe(_ estimate: AuditReport.Estimate, budget: Double?) -> String {
            var line = String(format: "estimate: %d item(s) to ask, at most $%.4f and %d tokens", estimate.items,
                              estimate.maxCostUSD, estimate.maxTokens)
            if !estimate.unknownCost.isEmpty { line += " (no price for \(estimate.unknownCost.joined(separator: ", ")))" }
            if let budget, estimate.maxCostUSD > budget {
                line += String(format: "; above the $%.4f budget: items left when it is reached are skipped", budget)
            }
            return line + "\n"
        }

        static func summary(_ report: AuditReport) -> String {
            let s = report.summary
            let index = (report.directory as NSString).appendingPathComponent("index.md")
            return """
                \(index)
                items: \(s.items) (\(s.asked) asked, \(s.carried) carried, \(s.skippedForBudget) skipped for budget); \
                escalations: \(s.escalations.count); drift: \(s.drift.count)
                \(String(format: "cost: $%.4f", s.costUSD)) (\(s.tokens) tokens)

                """
        }
    }
}
