import Foundation

/// One decision as the memory stores it: plain values, so this target needs nothing from the pipeline.
/// `Consult` maps a decision record to and from these rows. Nothing here can hold a secret: replies never
/// carry a key, and no request header is stored.
public struct DecisionRow: Sendable, Hashable, Codable {
    public struct Input: Sendable, Hashable, Codable {
        public var path: String
        public var sha256: String
        public var fingerprint: String?
        public var dialect: String?
        /// A context document rather than a schema.
        public var isDocument: Bool

        public init(path: String, sha256: String, fingerprint: String?, dialect: String?, isDocument: Bool) {
            self.path = path
            self.sha256 = sha256
            self.fingerprint = fingerprint
            self.dialect = dialect
            self.isDocument = isDocument
        }
    }

    /// One panelist's reply and what was read from it.
    public struct Answer: Sendable, Hashable, Codable {
        public var panelist: String
        public var provider: String
        public var role: String
        public var modelRequested: String
        public var modelReported: String?
        public var status: String
        public var failure: String?
        public var text: String
        public var finishReason: String?
        public var inputTokens: Int?
        public var outputTokens: Int?
        public var latency: Double
        public var attempts: Int
        public var httpStatus: Int?
        public var requestID: String?
        public var costUSD: Double?
        public var fromCache: Bool
        public var answeredAt: Date?
        /// The option the answer chose, as written.
        public var option: String?
        public var summary: String?
        public var abstention: String?

        public init(panelist: String, provider: String, role: String, modelRequested: String, modelReported: String?,
                    status: String, failure: String?, text: String, finishReason: String?, inputTokens: Int?,
                    outputTokens: Int?, latency: Double, attempts: Int, httpStatus: Int?, requestID: String?,
                    costUSD: Double?, fromCache: Bool, answeredAt: Date?, option: String?, summary: String?,
                    abstention: String?) {
            self.panelist = panelist
            self.provider = provider
            self.role = role
            self.modelRequested = modelRequested
            self.modelReported = modelReported
            self.status = status
            self.failure = failure
            self.text = text
            self.finishReason = finishReason
            self.inputTokens = inputTokens
            self.outputTokens = outputTokens
            self.latency = latency
            self.attempts = attempts
            self.httpStatus = httpStatus
            self.requestID = requestID
            self.costUSD = costUSD
            self.fromCache = fromCache
            self.answeredAt = answeredAt
            self.option = option
            self.summary = summary
            self.abstention = abstention
        }
    }

    /// One finding cluster.
    public struct Finding: Sendable, Hashable, Codable {
        /// What identifies "the same finding" across reviews: lowercased target and title.
        public var key: String
        public var category: String
        public var target: String?
        public var title: String
        public var severity: String
        public var support: Int
        public var panelSize: Int
        public var tier: String
        /// The schema referee's verdict.
        public var grounding: String

        public init(category: String, target: String?, title: String, severity: String, support: Int, panelSize: Int,
                    tier: String, grounding: String) {
            self.key = Self.key(target: target, title: title)
            self.category = category
            self.target = target
            self.title = title
            self.severity = severity
            self.support = support
            self.panelSize = panelSize
            self.tier = tier
            self.grounding = grounding
        }

        public static func key(target: String?, title: String) -> String {
            (target ?? "").lowercased() + " | " + title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    public var number: Int
    public var kind: String
    public var title: String
    public var question: String
    public var status: String
    public var tier: String?
    public var option: String?
    public var optionLabel: String?
    /// Whole seconds, as the JSON record keeps it.
    public var createdAt: Date
    public var toolVersion: String
    public var promptsFingerprint: String
    public var promptHashes: [String: String]
    public var markdownPath: String
    public var jsonPath: String
    /// The panel's summaries, joined: what full-text search reads besides the question and findings.
    public var summary: String
    public var inputs: [Input]
    public var answers: [Answer]
    public var findings: [Finding]

    public init(number: Int, kind: String, title: String, question: String, status: String, tier: String?, option: String?,
                optionLabel: String?, createdAt: Date, toolVersion: String, promptsFingerprint: String,
                promptHashes: [String: String], markdownPath: String, jsonPath: String, summary: String,
                inputs: [Input], answers: [Answer], findings: [Finding]) {
        self.number = number
        self.kind = kind
        self.title = title
        self.question = question
        self.status = status
        self.tier = tier
        self.option = option
        self.optionLabel = optionLabel
        self.createdAt = createdAt
        self.toolVersion = toolVersion
        self.promptsFingerprint = promptsFingerprint
        self.promptHashes = promptHashes
        self.markdownPath = markdownPath
        self.jsonPath = jsonPath
        self.summary = summary
        self.inputs = inputs
        self.answers = answers
        self.findings = findings
    }
}
