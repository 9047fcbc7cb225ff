import Foundation
import Support

/// Where one audit's report goes (`reports/audits/YYYY-MM-DD[-N]/`) and what makes it resumable: the
/// arguments' key, when it started, and the newest decision in the memory at that moment. `audit.json` in
/// that directory holds them until the report is written; an audit started again with the same key while
/// it is unfinished continues in the same directory, with the same start.
public struct AuditRun: Codable, Sendable, Hashable {
    public var key: String
    /// Whole seconds: replies received since were paid for by this audit.
    public var startedAt: Date
    /// The newest decision id in the memory when the audit started: related decisions stop there, and
    /// decisions above it were made by this audit.
    public var relatedUpTo: Int64
    public var finished: Bool
    /// The directory, not stored.
    public var directory: String = ""

    enum CodingKeys: String, CodingKey { case key, startedAt, relatedUpTo, finished }

    static let stateName = "audit.json"

    /// The unfinished run with `key` under `reports/audits/`, to continue; nil when there is none.
    public static func unfinished(reportsDirectory: String, key: String) -> AuditRun? {
        let base = (reportsDirectory as NSString).appendingPathComponent("audits")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).sorted()
        for name in names.reversed() {
            let directory = (base as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(stateName)),
                  var run = try? decoder.decode(AuditRun.self, from: data), !run.finished, run.key == key else { continue }
            run.directory = directory
            return run
        }
        return nil
    }

    /// A new run started at `now`, not yet on disk: `create` gives it today's directory (UTC).
    public init(key: String, startedAt now: Date, relatedUpTo: Int64) {
        self.key = key
        startedAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        self.relatedUpTo = relatedUpTo
        finished = false
    }

    /// Creates `reports/audits/YYYY-MM-DD[-N]/` for this run and writes `audit.json` there.
    public mutating func create(reportsDirectory: String) throws {
        let base = (reportsDirectory as NSString).appendingPathComponent("audits")
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let day = formatter.string(from: startedAt)
        for suffix in 1...10_000 {
            let name = suffix == 1 ? day : "\(day)-\(suffix)"
            directory = (base as NSString).appendingPathComponent(name)
            do {
                // Fails when the directory exists: another audit that day took the name.
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            } catch {
                if FileManager.default.fileExists(atPath: directory) { continue }
                throw error
            }
            try save()
            return
        }
        throw CocoaError(.fileWriteFileExists)
    }

    /// Writes `audit.json` (atomically).
    public func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(self).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(Self.stateName)),
                                       options: .atomic)
    }

    /// The key of an audit's arguments: the plan's items and the options that change what is asked.
    public static func key(plan: AuditPlan, options: AuditOptions) -> String {
        var parts = ["source=" + plan.source, "force=\(options.force)",
                     "budget=" + (options.budgetUSD.map { String($0) } ?? "none"),
                     "max_tokens=" + (options.maxTokens.map { String($0) } ?? "none")]
        for item in plan.items {
            parts.append([item.id, item.kind.rawValue, item.question ?? "", item.files.joined(separator: ","),
                          item.requirements.joined(separator: ","), item.dialect ?? ""].joined(separator: "|"))
        }
        return SHA256.hex(Data(parts.joined(separator: "\u{0}").utf8))
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
