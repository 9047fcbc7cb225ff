import Consensus
import Foundation
import Memory
import ModelClients
import Support

/// Runs an audit: every item prepared up front (so nothing is asked until the whole plan reads), unchanged
/// items carried, an estimate, then the rest through one `PanelClient` whose global limit is
/// `--concurrency`. Items start while the budget allows and finish independently; each record is
/// written and remembered as soon as its item finishes, and each usable reply is kept in the response
/// cache the moment it arrives, so a killed audit started again asks nobody twice.
public struct AuditScheduler: Sendable {
    public let pipeline: ReviewPipeline
    public let options: AuditOptions

    public init(pipeline: ReviewPipeline, options: AuditOptions) {
        self.pipeline = pipeline
        self.options = options
    }

    /// What became of the audit before it asked anyone: the run, and each item prepared and classified.
    struct Planned {
        var run: AuditRun
        var prepared: [PreparedReview]
        /// Results known without asking (carried, or finished earlier in this same audit), by item index.
        var known: [Int: AuditItemResult]
        var pending: [Int]
        var estimate: AuditReport.Estimate
    }

    /// Runs `plan` to its report (written to `reports/audits/…`). Throws `ReviewError` for anything the user
    /// must fix (exit code 2): an unreadable item, a memory or a record that cannot be written.
    public func run(_ plan: AuditPlan, memory: DecisionMemory, transport: (any Transport)?,
                    progress: AuditProgressSink? = nil, estimated: (@Sendable (AuditReport.Estimate) -> Void)? = nil) async throws(ReviewError) -> AuditReport {
        let started = ContinuousClock.now
        let shared = AuditMemory(memory)
        let planned = try prepare(plan, memory: memory, shared: shared)
        estimated?(planned.estimate)

        let panel = pipeline.settings.panel
        var clientSettings = panel.settings
        clientSettings.maxConcurrency = options.concurrency
        let client = transport.map { PanelClient(transport: $0, settings: clientSettings) }
        let ledger = AuditLedger(known: Array(planned.known.values))
        var results = planned.known
        let total = plan.items.count
        let report = { (running: Int) in
            progress?(ledger.progress(total: total, done: results.count, running: running,
                                      remaining: total - results.count, elapsed: ContinuousClock.now - started))
        }

        // Items in flight: twice what fills every request slot, so that when a round of replies arrives the
        // freed slots take queued requests at once instead of waiting for finished items to be written.
        let perItem = max(1, panel.panelists.count)
        let window = 2 * ((options.concurrency + perItem - 1) / perItem) + 1
        var queue = planned.pending[...]
        let failure = Locked<ReviewError?>(nil)
        await withTaskGroup(of: (Int, DecisionRecord).self) { group in
            var running = 0
            func admit() {
                while running < window, let index = queue.first {
                    if failure.current != nil || ledger.budgetReached(options) { break }
                    queue = queue.dropFirst()
                    running += 1
                    let prepared = planned.prepared[index]
                    group.addTask { (index, await ask(prepared, item: index, client: client, shared: shared, ledger: ledger)) }
                }
            }
            admit()
            report(running)
            while let (index, record) = await group.next() {
                running -= 1
                do {
                    results[index] = try finish(record, item: plan.items[index], prepared: planned.prepared[index], run: planned.run,
                                                shared: shared)
                    ledger.finished(item: index, result: results[index]!)
                } catch {
                    let error = error as? ReviewError ?? ReviewError("\(error)")
                    failure.withLock { $0 = $0 ?? error }
                    ledger.finished(item: index, result: nil)
                }
                admit()
                report(running)
            }
        }
        if let error = failure.current { throw error }
        for index in queue { results[index] = AuditItemResult(id: plan.items[index].id, skipped: plan.items[index].kind) }
        report(0)

        let elapsed = ContinuousClock.now - started
        let audit = AuditReport(source: plan.source, directory: planned.run.directory, startedAt: planned.run.startedAt,
                                budgetUSD: options.budgetUSD, maxTokens: options.maxTokens, estimate: planned.estimate,
                                items: plan.items.indices.map { results[$0]! },
                                wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        do {
            try audit.write()
            var run = planned.run
            run.finished = true
            try run.save()
        } catch {
            throw ReviewError("cannot write the audit report in \(planned.run.directory): \(error.localizedDescription)")
        }
        return audit
    }

    /// Opens (or resumes) the run, prepares every item and sorts them into known results and items to ask.
    func prepare(_ plan: AuditPlan, memory: DecisionMemory, shared: AuditMemory) throws(ReviewError) -> Planned {
        let reports = pipeline.settings.reportsDirectory
        let key = AuditRun.key(plan: plan, options: options)
        var run: AuditRun
        if let unfinished = AuditRun.unfinished(reportsDirectory: reports, key: key) {
            run = unfinished
        } else {
            do {
                run = AuditRun(key: key, startedAt: pipeline.now(), relatedUpTo: try memory.store.lastDecisionID())
            } catch {
                throw ReviewError("\(error)")
            }
        }
        // Related decisions as the memory stood when the audit started: a resumed audit renders the same prompts.
        memory.relatedUpTo = run.relatedUpTo
        var prepared: [PreparedReview] = []
        var known: [Int: AuditItemResult] = [:]
        var pending: [Int] = []
        var estimate = AuditReport.Estimate(items: 0, maxCostUSD: 0, maxTokens: 0, unknownCost: [])
        // Reading and parsing the files (most of preparing) runs on every core; the rest needs the memory.
        let loaded = Locked([Result<ReviewInputs, InputError>?](repeating: nil, count: plan.items.count))
        DispatchQueue.concurrentPerform(iterations: plan.items.count) { index in
            let request = plan.items[index].request(maxInputSize: options.maxInputSize)
            let result = Result { () throws(InputError) -> ReviewInputs in try ReviewInputs.load(request) }
            loaded.withLock { $0[index] = result }
        }
        let inputs = loaded.current
        for (index, item) in plan.items.enumerated() {
            let review: PreparedReview
            do {
                let request = item.request(maxInputSize: options.maxInputSize)
                review = try pipeline.prepare(request, loaded: try inputs[index]?.get(), memory: memory)
            } catch {
                throw ReviewError("\(item.id): \(error)")
            }
            prepared.append(review)
            let previous: (record: DecisionRecord, markdownPath: String, id: Int64)?
            do {
                previous = try shared.previousRecord(review)
            } catch {
                throw ReviewError("\(error)")
            }
            if let previous, previous.id > run.relatedUpTo {
                // Stored after the audit started: this audit asked it before it was stopped.
                known[index] = AuditItemResult(id: item.id, asked: previous.record, markdownPath: previous.markdownPath, since: run.startedAt)
            } else if let previous, !options.force, Self.unchanged(previous.record, review, panel: pipeline.settings.panel) {
                known[index] = AuditItemResult(id: item.id, carried: previous.record, markdownPath: previous.markdownPath)
            } else {
                pending.append(index)
                let cost = CostEstimate(review, panel: pipeline.settings.panel)
                estimate.items += 1
                estimate.maxCostUSD += cost.costUSD
                estimate.maxTokens += cost.tokens
                for name in cost.unknown where !estimate.unknownCost.contains(name) { estimate.unknownCost.append(name) }
            }
        }
        if run.directory.isEmpty {
            do {
                try run.create(reportsDirectory: reports)
            } catch {
                throw ReviewError("cannot create the audit's directory under \(reports)/audits: \(error.localizedDescription)")
            }
        }
        return Planned(run: run, prepared: prepared, known: known, pending: pending, estimate: estimate)
    }

    /// Whether the last decision still answers the item: the same input files (by hash), question, stated
    /// requirements, prompt files and panel, and a panel that gave a usable answer (or no panel at all).
    static func unchanged(_ previous: DecisionRecord, _ prepared: PreparedReview, panel: Panel) -> Bool {
        let files = { (records: [InputRecord]) in records.map { [$0.path, $0.sha256] } }
        let given = { (records: [RequirementRecord]) in records.filter { $0.source == .given }.map(\.id) }
        let answered = panel.panelists.isEmpty || previous.panel.contains { $0.answer != nil }
        return answered
            && files(previous.inputs) == files(prepared.inputs.schemaRecords)
            && files(previous.documents) == files(prepared.inputs.documentRecords)
            && previous.question.text == prepared.questionText
            && given(previous.requirements) == given(prepared.requirements)
            && previous.prompts.fingerprint == prepared.promptsFingerprint
            && previous.panel.map { [$0.reply.panelist, $0.reply.provider.rawValue, $0.reply.modelRequested] }
                == panel.panelists.map { [$0.name, $0.provider.rawValue, $0.model] }
    }

    /// Asks the panel about one item, taking what the response cache holds and keeping each new usable reply.
    private func ask(_ prepared: PreparedReview, item: Int, client: PanelClient?, shared: AuditMemory,
                     ledger: AuditLedger) async -> DecisionRecord {
        let panelists = pipeline.settings.panel.panelists
        guard let client, !panelists.isEmpty else { return await pipeline.run(prepared, client: nil) }
        let cached = (try? shared.withMemory { memory throws(MemoryError) in
            try memory.cachedAnswers(panelists: panelists, prepared: prepared)
        }) ?? [:]
        let byName = Dictionary(panelists.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let sink: PanelProgressSink = { event in
            guard case .finished(let reply, let fromCache) = event, !fromCache else { return }
            ledger.received(reply, item: item)
            guard reply.status == .ok, case .answer = AnswerParser.parse(reply.text),
                  let panelist = byName[reply.panelist], let prompt = prepared.prompt(for: panelist.role) else { return }
            // Losing this only costs a repeated request after a crash: the record keeps the reply either way.
            try? shared.cache(reply, panelist: panelist, prompt: prompt)
        }
        return await pipeline.run(prepared, client: client, progress: sink, cached: cached)
    }

    /// Annotates, writes and remembers one finished item's record, and returns its row.
    private func finish(_ record: DecisionRecord, item: AuditItem, prepared: PreparedReview, run: AuditRun,
                        shared: AuditMemory) throws(ReviewError) -> AuditItemResult {
        var record = record
        let panelists = pipeline.settings.panel.panelists
        do {
            try shared.withMemory { memory throws(MemoryError) in try memory.annotate(&record) }
        } catch {
            throw ReviewError("\(item.id): \(error)")
        }
        let written: RecordWriter.Written
        do {
            written = try RecordWriter(directory: pipeline.settings.reportsDirectory).write(record, render: MarkdownRecord.render)
        } catch {
            throw ReviewError("\(item.id): \(error)")
        }
        do {
            try shared.withMemory { memory throws(MemoryError) in
                try memory.remember(written, prompts: { prepared.prompt(for: $0.role) }, panelists: panelists)
            }
        } catch {
            throw ReviewError("\(item.id): \(error); the record \(written.markdownPath) is written: run `review memory rebuild` to add it")
        }
        return AuditItemResult(id: item.id, asked: written.record, markdownPath: written.markdownPath, since: run.startedAt)
    }
}
