import ArgumentParser
import Consult
import Foundation
import Lint
import Memory
import ModelClients
import Schema
import Support

/// Runs a review for a command: settings, the memory, preparation, the panel, the record, storing it, the
/// exit code.
struct ReviewRunner {
    let options: ReviewOptions

    func run(_ request: ReviewRequest) async throws {
        let started = ContinuousClock.now
        let settings: ReviewSettings
        let prepared: PreparedReview
        let pipeline: ReviewPipeline
        let memory: DecisionMemory?
        // Created as soon as the panel is known: libcurl's global setup (TLS included) then overlaps with
        // reading and linting the inputs.
        var transport: CurlTransport?
        defer { transport?.shutdown() }
        do {
            let config = try ConfigFile.load(explicitPath: options.locations.config)
            // Reading and linting the inputs needs only the [lint] section; loading the rest of the settings
            // (the selection matrix above all) and opening the memory are independent of it: on two cores
            // the two overlap.
            let lintConfiguration = try config.section("lint", as: LintConfiguration.self) ?? LintConfiguration()
            let reading = Task.detached {
                Result { () throws(InputError) -> (ReviewInputs, [Diagnostic]) in
                    let inputs = try ReviewInputs.load(request)
                    return (inputs, ReviewPipeline.lint(inputs, configuration: lintConfiguration))
                }
            }
            settings = try ReviewSettings.load(config: config, promptsDirectory: options.locations.prompts, reportsDirectory: options.locations.out)
            pipeline = ReviewPipeline(settings: settings)
            if !options.dryRun && !settings.panel.panelists.isEmpty { transport = CurlTransport() }
            let memoryPath = MemoryStore.resolvePath(explicit: options.locations.memory)
            // --dry-run writes nothing: it reads a memory that exists, and creates none.
            memory = options.dryRun && !FileManager.default.fileExists(atPath: memoryPath) ? nil : try DecisionMemory(path: memoryPath)
            let (inputs, deterministic) = try await reading.value.get()
            prepared = try pipeline.prepare(request, loaded: inputs, linted: deterministic, started: started, memory: memory)
        } catch {
            ProcessOutput.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
        for diagnostic in prepared.deterministic where diagnostic.ruleID == "syntax-error" {
            ProcessOutput.standardError.write("warning: \(diagnostic.location): \(diagnostic.message) (the rest of the file is reviewed)\n")
        }
        guard !options.dryRun, let memory else {
            ProcessOutput.standardOutput.write(DryRun.render(prepared, panel: settings.panel))
            return
        }

        var record: DecisionRecord
        // There is a transport exactly when a panel is configured (and this is no dry run).
        if let transport {
            let client = PanelClient(transport: transport, settings: settings.panel.settings, log: { event in
                if event.kind == .retry { ProcessOutput.standardError.write("note: \(event.message)\n") }
            })
            let printer = PanelProgressPrinter.standardError()
            let cached = options.noCache ? [:] : try memoryStep { () throws(MemoryError) in
                try memory.cachedAnswers(panelists: settings.panel.panelists, prepared: prepared)
            }
            record = await pipeline.run(prepared, client: client, progress: printer.sink, cached: cached)
        } else {
            ProcessOutput.standardError.write("note: no panelist is configured; writing the deterministic checks only (see `review panel`)\n")
            record = await pipeline.run(prepared, client: nil)
        }
        try memoryStep { () throws(MemoryError) in try memory.annotate(&record) }

        let written: RecordWriter.Written
        do {
            written = try RecordWriter(directory: settings.reportsDirectory).write(record, render: MarkdownRecord.render)
        } catch {
            // Keep what the panel said: print the record instead of losing it.
            ProcessOutput.standardOutput.write(MarkdownRecord.render(record))
            ProcessOutput.standardError.write("error: \(error); the record was printed on stdout instead\n")
            throw ExitCode(2)
        }
        try memoryStep({ () throws(MemoryError) in
            try memory.remember(written, prompts: { prepared.prompt(for: $0.role) }, panelists: settings.panel.panelists)
        }, recordWritten: written.markdownPath)
        switch options.format {
        case .json:
            let data = try RecordWriter.encode(written.record)
            ProcessOutput.standardOutput.write(String(decoding: data, as: UTF8.self))
        case .text:
            ProcessOutput.standardOutput.write(summary(written))
        }
        if !record.panel.isEmpty && !record.panel.contains(where: { $0.answer != nil }) {
            ProcessOutput.standardError.write("error: no panelist gave a usable answer; every reply is in \(written.markdownPath)\n")
            throw ExitCode(3)
        }
        if let reason = options.failThreshold.reason(written.record) {
            ProcessOutput.standardError.write("fail: \(reason)\n")
            throw ExitCode(1)
        }
    }

    /// Runs a step on the memory; a failure is exit code 2 with a message that says what was kept.
    private func memoryStep<T>(_ body: () throws(MemoryError) -> T, recordWritten: String? = nil) throws -> T {
        do {
            return try body()
        } catch {
            let kept = recordWritten.map { "; the record \($0) is written: run `review memory rebuild` to add it" } ?? ""
            ProcessOutput.standardError.write("error: \(error)\(kept)\n")
            throw ExitCode(2)
        }
    }

    private func summary(_ written: RecordWriter.Written) -> String {
        let record = written.record
        var lines = ["\(written.markdownPath)  (\(written.jsonPath))"]
        if let decision = record.decision {
            let option = decision.optionLabel ?? decision.option ?? "no decision"
            lines.append("decision: \(option) · \(decision.tier.label) · \(decision.action)")
            let refuted = record.findings.filter { $0.grounding.verdict == .refuted }.count
            let unknown = record.findings.filter { $0.grounding.verdict == .unknownReference }.count
            lines.append("findings: \(record.findings.count) (\(refuted) refuted by the schema, \(unknown) naming unknown tables or columns); "
                         + "rule findings no panelist raised: \(record.unraisedDeterministicFindings.count)")
        } else {
            lines.append("no panel asked: \(record.deterministicFindings.count) rule findings, \(record.requirements.count) requirements")
        }
        if let cost = record.totals.costUSD { lines.append(String(format: "cost: $%.4f", cost)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
