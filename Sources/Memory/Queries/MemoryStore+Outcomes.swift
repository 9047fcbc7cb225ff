import Foundation
import SQLiteDB

extension MemoryStore {
    /// Records what became of decision `number`; returns the decision, or nil when no such decision is stored.
    public func record(_ outcome: Outcome, number: Int) throws(MemoryError) -> DecisionSummary? {
        try write {
            guard let id = try db.query("SELECT d.id FROM decisions d WHERE d.number = ? \(Self.newestFirst) LIMIT 1",
                                        [.integer(Int64(number))]).first?[0].integer else { return nil }
            try insert(outcome, decision: id)
            return try db.query("SELECT \(Self.summaryColumns) FROM decisions d WHERE d.id = ?", [.integer(id)]).first.map { Self.summary($0) }
        }
    }

    /// Every outcome recorded for decision `number`, oldest first.
    public func outcomes(number: Int) throws(MemoryError) -> [Outcome] {
        try read {
            try db.query("""
                SELECT o.outcome, o.note, o.recorded_at FROM outcomes o
                WHERE o.decision_id = (SELECT d.id FROM decisions d WHERE d.number = ? \(Self.newestFirst) LIMIT 1) ORDER BY o.id
                """, [.integer(Int64(number))]).map { row in
                Outcome(outcome: Outcome.Kind(rawValue: row[0].text ?? "") ?? .superseded, note: row[1].text,
                        recordedAt: row[2].date ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    /// Per tier (strongest first), how decisions fared by their latest outcome.
    public func calibration() throws(MemoryError) -> [TierCalibration] {
        try read {
            try db.query("""
                WITH latest AS (
                    SELECT d.tier AS tier,
                           (SELECT o.outcome FROM outcomes o WHERE o.decision_id = d.id ORDER BY o.id DESC LIMIT 1) AS outcome
                    FROM decisions d WHERE d.tier IS NOT NULL)
                SELECT tier, count(*), sum(outcome = 'upheld'), sum(outcome = 'overturned'), sum(outcome = 'superseded')
                FROM latest GROUP BY tier
                """).map { row in
                TierCalibration(tier: row[0].text ?? "", decisions: Int(row[1].integer ?? 0), upheld: Int(row[2].integer ?? 0),
                                overturned: Int(row[3].integer ?? 0), superseded: Int(row[4].integer ?? 0))
            }.sorted { Self.tierOrder($0.tier) < Self.tierOrder($1.tier) }
        }
    }

    static func tierOrder(_ tier: String) -> Int {
        ["unanimous", "majority", "split", "conflicting", "insufficient"].firstIndex(of: tier) ?? 99
    }
}
