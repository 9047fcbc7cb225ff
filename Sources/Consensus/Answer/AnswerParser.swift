import Foundation
import Support

/// Turns a panelist's reply text into an `Answer`, tolerant of what models actually send: code fences,
/// prose around the JSON, trailing commas, comments, single quotes, and the usual field-name variants.
/// A reply that holds no usable answer becomes an abstention with the reason (the caller keeps the raw text).
public enum AnswerParser {
    public enum Outcome: Hashable, Sendable {
        case answer(Answer)
        case unusable(reason: String)
    }

    public static func parse(_ text: String) -> Outcome {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .unusable(reason: "the reply is empty") }
        var sawJSON = false
        for candidate in candidates(in: trimmed) {
            guard let object = decodeObject(candidate) else { continue }
            sawJSON = true
            let fields = unwrap(object)
            if let answer = answer(from: fields) { return .answer(answer) }
        }
        if sawJSON {
            return .unusable(reason: "the reply's JSON has none of the answer's fields (decision, verdict, recommended_database, findings, summary)")
        }
        return .unusable(reason: "no JSON object found in the reply")
    }

    // MARK: Finding the JSON

    /// Places JSON may be, most likely first: the whole text, fenced blocks, then balanced `{...}` spans.
    static func candidates(in text: String) -> [Substring] {
        var found: [Substring] = []
        if text.first == "{" { found.append(Substring(text)) }
        var searchStart = text.startIndex
        while let open = text.range(of: "```", range: searchStart..<text.endIndex) {
            // Skip the info string (```json) to the end of the line.
            guard let lineEnd = text[open.upperBound...].firstIndex(of: "\n"),
                  let close = text.range(of: "```", range: lineEnd..<text.endIndex) else { break }
            found.append(text[text.index(after: lineEnd)..<close.lowerBound])
            searchStart = close.upperBound
        }
        found.append(contentsOf: balancedObjects(in: text).sorted { $0.count > $1.count })
        return found
    }

    /// Every top-level `{...}` span, with braces inside strings ignored.
    static func balancedObjects(in text: String) -> [Substring] {
        var spans: [Substring] = []
        var depth = 0
        var start: String.Index?
        var quote: Character?
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if let q = quote {
                if escaped { escaped = false }
                else if c == "\\" { escaped = true }
                else if c == q { quote = nil }
            } else if c == "\"" && depth > 0 {
                quote = c
            } else if c == "{" {
                if depth == 0 { start = index }
                depth += 1
            } else if c == "}" && depth > 0 {
                depth -= 1
                if depth == 0, let s = start { spans.append(text[s...index]) }
            }
            index = text.index(after: index)
        }
        return spans
    }

    private static func decodeObject(_ text: Substring) -> [String: JSONValue]? {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return (try? decoder.decode(JSONValue.self, from: Data(text.utf8)))?.object
    }

    /// `{"answer": {...}}`-style wrappers around the real object.
    private static func unwrap(_ object: [String: JSONValue]) -> [String: JSONValue] {
        let fields = normalizedKeys(object)
        if Keys.all.allSatisfy({ fields[$0] == nil }) {
            for wrapper in ["answer", "response", "result", "review", "output", "data"] {
                if let inner = fields[wrapper]?.object { return normalizedKeys(inner) }
            }
        }
        return fields
    }

    /// Keys lowercased with everything but letters and digits removed: `recommended_database`,
    /// `recommendedDatabase` and `Recommended Database` all become `recommendeddatabase`.
    static func normalizedKeys(_ object: [String: JSONValue]) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for (key, value) in object {
            out[key.lowercased().filter { $0.isLetter || $0.isNumber }] = value
        }
        return out
    }

    // MARK: Reading the fields

    private enum Keys {
        static let decision = ["decision", "decisionoption", "option", "choice", "selectedoption", "strategy", "approach"]
        static let verdict = ["verdict", "reviewverdict", "assessment", "status"]
        static let database = ["recommendeddatabase", "database", "recommendeddb", "primarydatabase", "recommendedsystem"]
        static let alternatives = ["alternatives", "alternativedatabases", "alternativeoptions", "otheroptions"]
        static let findings = ["findings", "issues", "problems", "concerns"]
        static let risks = ["risks", "risk", "riskassessment"]
        static let roadmap = ["roadmap", "implementationroadmap", "steps", "plan", "implementationsteps", "migrationsteps"]
        static let summary = ["summary", "overview", "conclusion", "analysis", "rationale"]
        static let confidence = ["confidence", "statedconfidence", "confidencelevel", "confidencescore"]
        static let all = decision + verdict + database + findings + summary
    }

    private static func first(_ fields: [String: JSONValue], _ keys: [String]) -> JSONValue? {
        for key in keys { if let value = fields[key], value != .null { return value } }
        return nil
    }

    private static func text(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        if let s = value.lenientText?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty { return s }
        // {"name": "PostgreSQL", ...} for a database or option given as an object.
        if let object = value.object.map(normalizedKeys) {
            return text(first(object, ["name", "option", "id", "value", "database", "title"]))
        }
        return nil
    }

    private static func answer(from fields: [String: JSONValue]) -> Answer? {
        let decision = text(first(fields, Keys.decision))
        let verdictText = text(first(fields, Keys.verdict))
        let database = text(first(fields, Keys.database))
        let findings = (first(fields, Keys.findings)?.array ?? []).compactMap(finding)
        let summary = text(first(fields, Keys.summary)) ?? ""
        guard decision != nil || verdictText != nil || database != nil || !findings.isEmpty || !summary.isEmpty else {
            return nil
        }
        var verdict = verdictText.flatMap(Verdict.init(lenient:))
        if verdict == nil, let decision { verdict = Verdict(lenient: decision) }
        return Answer(
            decision: decision,
            verdict: verdict,
            recommendedDatabase: database,
            alternatives: (first(fields, Keys.alternatives)?.array ?? []).compactMap(text),
            findings: findings,
            risks: (first(fields, Keys.risks)?.array ?? []).compactMap(risk),
            roadmap: (first(fields, Keys.roadmap)?.array ?? []).compactMap(step),
            summary: summary,
            confidence: first(fields, Keys.confidence).flatMap(confidence)
        )
    }

    private static func finding(_ value: JSONValue) -> Finding? {
        guard let raw = value.object else {
            return value.lenientText.map { Finding(category: .other, severity: .medium, title: $0) }
        }
        let fields = normalizedKeys(raw)
        guard let title = text(first(fields, ["title", "name", "issue", "finding", "problem", "summary"]))
                ?? text(first(fields, ["detail", "description"])) else { return nil }
        var target = text(first(fields, ["target", "object", "location", "element", "affects"]))
        if target == nil, let table = text(fields["table"]) {
            target = text(fields["column"]).map { "\(table).\($0)" } ?? table
        }
        return Finding(
            category: FindingCategory(lenient: text(first(fields, ["category", "type", "kind", "area"])) ?? ""),
            severity: FindingSeverity(lenient: text(first(fields, ["severity", "priority", "level", "impact"])) ?? ""),
            target: target.map(TargetName.normalize),
            title: title,
            detail: text(first(fields, ["detail", "details", "description", "explanation", "rationale"])) ?? "",
            fix: text(first(fields, ["fix", "suggestedfix", "suggestion", "remediation", "recommendation", "solution"]))
        )
    }

    private static func risk(_ value: JSONValue) -> Risk? {
        if let s = text(value), value.object == nil { return Risk(risk: s) }
        guard let fields = value.object.map(normalizedKeys),
              let risk = text(first(fields, ["risk", "description", "title", "name", "issue"])) else { return nil }
        return Risk(risk: risk, mitigation: text(first(fields, ["mitigation", "mitigations", "fix", "remediation"])))
    }

    private static func step(_ value: JSONValue) -> String? {
        if value.object == nil { return text(value) }
        let fields = normalizedKeys(value.object!)
        let title = text(first(fields, ["step", "title", "action", "name", "phase"]))
        let detail = text(first(fields, ["description", "detail", "details", "tasks"]))
        switch (title, detail) {
        case let (t?, d?): return "\(t): \(d)"
        case let (t?, nil): return t
        case let (nil, d?): return d
        default: return nil
        }
    }

    /// 0...1; percentages (0...100) are scaled down; anything else is not a stated confidence.
    private static func confidence(_ value: JSONValue) -> Double? {
        guard let number = value.lenientNumber, number >= 0 else { return nil }
        if number <= 1 { return number }
        if number <= 100 { return number / 100 }
        return nil
    }
}

extension Verdict {
    /// Reads the spellings models use: "Approved", "approve with changes", "APPROVE_WITH_CONDITIONS",
    /// "changes requested", "reject", "needs redesign".
    public init?(lenient text: String) {
        let t = text.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        if t.contains("reject") || t.contains("redesign") || t.contains("do not") || t.contains("block") {
            self = .reject
        } else if t.contains("change") || t.contains("condition") || t.contains("revis") || t.contains("modif") {
            self = .approveWithChanges
        } else if t.hasPrefix("approv") || t.hasPrefix("accept") || t == "lgtm" || t == "ok" {
            self = .approve
        } else {
            return nil
        }
    }
}

extension FindingSeverity {
    /// critical/blocker, high/major/error, medium/moderate/warning, low/minor, info/note/suggestion;
    /// anything else is medium.
    public init(lenient text: String) {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "critical", "blocker", "severe", "fatal": self = .critical
        case "high", "major", "error", "important": self = .high
        case "low", "minor", "trivial": self = .low
        case "info", "informational", "note", "suggestion", "nit", "none": self = .info
        default: self = .medium
        }
    }
}

extension FindingCategory {
    public init(lenient text: String) {
        let t = text.lowercased()
        if let exact = FindingCategory(rawValue: t) { self = exact; return }
        let table: [(String, FindingCategory)] = [
            ("integrity", .integrity), ("constraint", .integrity), ("foreign key", .integrity), ("referential", .integrity),
            ("type", .types), ("index", .indexing), ("security", .security), ("privacy", .security),
            ("compliance", .security), ("naming", .naming), ("convention", .naming), ("perform", .performance),
            ("scal", .performance), ("query", .performance), ("normali", .design), ("model", .design),
            ("design", .design), ("structure", .design), ("operat", .operations), ("migration", .operations),
            ("maintenance", .operations), ("backup", .operations),
        ]
        self = table.first { t.contains($0.0) }?.1 ?? .other
    }
}
