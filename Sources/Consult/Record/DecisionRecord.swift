import Consensus
import Foundation
import ModelClients
import Schema

/// Everything one review produced: the value the markdown record is rendered from, written beside it as
/// JSON (`NNNN-slug.json`) so that the record, and the memory of past decisions, can be rebuilt from it alone.
public struct DecisionRecord: Codable, Sendable {
    /// Bumped when the JSON shape changes incompatibly.
    public static let currentFormat = 1

    public var format: Int
    /// The record's number: `reports/NNNN-slug.md`.
    public var number: Int
    public var slug: String
    public var title: String
    public var status: RecordStatus
    public var createdAt: Date
    public var toolVersion: String
    public var question: QuestionRecord
    /// Schema files the question is about.
    public var inputs: [InputRecord]
    /// Other context documents.
    public var documents: [InputRecord]
    public var requirements: [RequirementRecord]
    public var prompts: PromptsRecord
    /// Every configured panelist, failed ones included.
    public var panel: [PanelistRecord]
    /// nil when no panel was asked.
    public var decision: DecisionConsensus?
    /// Finding clusters across the panel, each checked against the schema.
    public var findings: [GroundedFinding]
    /// Every finding of the deterministic rules (lint) on the inputs.
    public var deterministicFindings: [Diagnostic]
    /// Indexes into `deterministicFindings` of those no panelist raised.
    public var unraisedDeterministicFindings: [Int]
    public var matrix: MatrixRecord
    public var risks: [RiskRecord]
    public var roadmap: RoadmapRecord?
    /// The tables the findings touch and their references, for the record's diagram.
    public var diagram: DiagramRecord?
    /// Past decisions the panel was shown (filled by the memory).
    public var related: [RelatedDecisionRecord]
    /// How this review differs from the last one on the same input (filled by the memory).
    public var sinceLast: ChangeRecord?
    /// How often decisions of this tier were upheld, once enough outcomes are recorded (filled by the memory).
    public var calibration: CalibrationNote?
    public var totals: TotalsRecord
    /// Plain sentences the reader must see (no panel configured, parse errors, ...).
    public var notes: [String]

    /// `NNNN-slug` (without extension).
    public var baseName: String { String(format: "%04d-", number) + slug }
}

public enum RecordStatus: String, Codable, Sendable {
    /// A panel answered and agreed enough to act on.
    case proposed
    /// Conflicting or insufficient: a person must decide.
    case escalated
    /// No panel was asked: deterministic checks only.
    case deterministicOnly = "deterministic-only"
}

public struct QuestionRecord: Codable, Sendable, Hashable {
    public var kind: QuestionKind
    public var text: String
    public var decisionQuestion: String
}

/// One input file: what it was, exactly (hash), and what `review` read from it.
public struct InputRecord: Codable, Sendable, Hashable {
    public var path: String
    public var sha256: String
    public var bytes: Int
    public var dialect: Dialect?
    public var dialectReason: String?
    public var fingerprint: String?
    public var tables: Int?
    public var parseErrors: Int?
    public var skippedStatements: Int?
}

public struct RequirementRecord: Codable, Sendable, Hashable {
    public enum Source: String, Codable, Sendable {
        case given, derived
    }

    public var id: String
    public var source: Source
    public var reason: String?
    public var evidence: [String]
}

public struct PromptsRecord: Codable, Sendable, Hashable {
    /// Hash of every prompt file used.
    public var fingerprint: String
    /// Prompt files taken from an override directory instead of the built-in copies.
    public var overridden: [String]
    /// Per role: SHA-256 of the exact system and user text sent.
    public var renderedHashes: [String: String]
}

/// One panelist's part: the reply as received (text included), and what was read from it.
public struct PanelistRecord: Codable, Sendable {
    public var reply: Reply
    public var answer: Answer?
    /// Why the panelist counts as an abstention, when it does.
    public var abstention: String?
    /// True when the reply came from the response cache instead of a new request.
    public var fromCache: Bool
    /// When the reply was first received (for cached replies, the original time).
    public var answeredAt: Date?

    public var name: String { reply.panelist }
}

/// A finding cluster and what the schema says about it.
public struct GroundedFinding: Codable, Sendable, Hashable {
    public var cluster: FindingCluster
    public var grounding: Grounding
}

public struct MatrixRecord: Codable, Sendable {
    /// Each recommended database checked against the requirements.
    public var checks: [RecommendationCheck]
    /// The matrix's own ranking for the requirements (best first), shown when no panel was asked
    /// or for comparison.
    public var ranking: [RankingRecord]
}

public struct RecommendationCheck: Codable, Sendable, Hashable {
    /// Panelists who recommended it (as primary).
    public var panelists: [String]
    /// The text as the panelists wrote it (first one).
    public var raw: String
    /// The matrix profile id, or nil when the name is not in the matrix.
    public var profileID: String?
    public var profileName: String?
    /// consistent / partly / violates / unknown
    public var verdict: String
    public var violated: [Violation]
    public var summary: String

    public struct Violation: Codable, Sendable, Hashable {
        public var requirement: String
        public var reason: String
    }
}

public struct RankingRecord: Codable, Sendable, Hashable {
    public var rank: Int
    public var profileID: String
    public var name: String
    /// Two points per satisfied requirement, one per partly met one, out of `maxScore`.
    public var score: Int
    public var maxScore: Int
    public var verdict: String
    public var reasons: [String]
}

public struct RiskRecord: Codable, Sendable, Hashable {
    public var risk: String
    public var mitigation: String?
    public var panelists: [String]
}

public struct RoadmapRecord: Codable, Sendable, Hashable {
    /// Whose roadmap this is (the winning option's architect, else the first usable answer with one).
    public var panelist: String
    public var steps: [String]
}

public struct RelatedDecisionRecord: Codable, Sendable, Hashable {
    public var number: Int
    public var title: String
    public var date: Date
    public var tier: String?
    public var decision: String?
    /// Why it is related: same fingerprint, same input, or text match.
    public var reason: String
    public var path: String?
}

public struct ChangeRecord: Codable, Sendable, Hashable {
    public var previousNumber: Int
    public var previousDate: Date
    public var previousDecision: String?
    public var previousTier: String?
    public var decisionChanged: Bool
    public var tierChanged: Bool
    public var newFindings: [String]
    public var resolvedFindings: [String]
    public var fingerprintChanged: Bool
}

public struct CalibrationNote: Codable, Sendable, Hashable {
    public var tier: String
    public var outcomes: Int
    public var upheld: Int
    public var lower: Double
    public var upper: Double
}

public struct TotalsRecord: Codable, Sendable, Hashable {
    /// Sum of known costs; nil when no panelist's cost is known.
    public var costUSD: Double?
    /// Panelists whose cost is unknown (then `costUSD` is a lower bound).
    public var unknownCost: [String]
    public var inputTokens: Int
    public var outputTokens: Int
    /// Seconds from start to the record.
    public var wallSeconds: Double
}

/// An entity-relationship diagram: the tables findings touch, the tables they reference, and the references.
public struct DiagramRecord: Codable, Sendable, Hashable {
    public struct Entity: Codable, Sendable, Hashable {
        public var name: String
        public var columns: [Attribute]
        /// Columns left out to keep the diagram readable.
        public var omittedColumns: Int
    }

    public struct Attribute: Codable, Sendable, Hashable {
        public var name: String
        public var type: String
        /// "PK", "FK", "UK" or a combination such as "PK, FK"; empty for none.
        public var keys: String
    }

    public struct Relation: Codable, Sendable, Hashable {
        /// The referenced table (the "one" side).
        public var parent: String
        /// The referencing table (the "many" side).
        public var child: String
        public var columns: [String]
        /// Whether the referencing columns may be null (zero or one parent).
        public var optional: Bool
    }

    public var entities: [Entity]
    public var relations: [Relation]
}
