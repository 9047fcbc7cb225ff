import Consensus
import Schema

/// Checks each finding cluster against the schemas: confirmed when a deterministic rule or a schema fact
/// agrees, refuted when the schema contradicts it, unknown-reference when it names a table or column that
/// does not exist, else unverifiable. Also says which deterministic findings no panelist raised.
public struct SchemaGrounding: Sendable {
    public let models: [SchemaModel]
    public let deterministic: [Diagnostic]

    public init(models: [SchemaModel], deterministic: [Diagnostic]) {
        self.models = models
        self.deterministic = deterministic
    }

    public struct Result: Sendable {
        public var findings: [GroundedFinding]
        /// Indexes into `deterministic` of findings no cluster matched.
        public var unraised: [Int]
    }

    public func ground(_ clusters: [FindingCluster]) -> Result {
        var matched = Set<Int>()
        var grounded: [GroundedFinding] = []
        for cluster in clusters {
            let (grounding, indexes) = ground(cluster)
            matched.formUnion(indexes)
            grounded.append(GroundedFinding(cluster: cluster, grounding: grounding))
        }
        let unraised = deterministic.indices.filter {
            !matched.contains($0) && deterministic[$0].ruleID != Diagnostic.syntaxErrorID
        }
        return Result(findings: grounded, unraised: unraised)
    }

    private func ground(_ cluster: FindingCluster) -> (Grounding, Set<Int>) {
        guard !models.isEmpty else {
            return (Grounding(.unverifiable, "no schema was given to check it against"), [])
        }
        guard let target = cluster.target, !target.isEmpty else {
            return (Grounding(.unverifiable, "the finding names no table or column"), [])
        }
        let tableName = TargetName.table(of: target)
        let columnName = TargetName.column(of: target)
        guard let table = models.lazy.compactMap({ $0.table(named: tableName) }).first else {
            // "orders.customer_id" might be "schema.table": try the whole target as a table.
            if columnName != nil, let whole = models.lazy.compactMap({ $0.table(named: target) }).first {
                return groundTable(cluster, whole, column: nil)
            }
            return (Grounding(.unknownReference, "the schema has no table named \(tableName)"), [])
        }
        if let columnName, table.column(named: columnName) == nil {
            return (Grounding(.unknownReference, "table \(table.name) has no column named \(columnName)"), [])
        }
        return groundTable(cluster, table, column: columnName.flatMap(table.column(named:)))
    }

    private func groundTable(_ cluster: FindingCluster, _ table: Table, column: Column?) -> (Grounding, Set<Int>) {
        let target = column.map { "\(table.name.name).\($0.name)" } ?? table.name.name
        let claim = cluster.members.lazy.compactMap { Claim.recognize($0.finding) }.first
        // Deterministic findings on the same object that agree: by claim (rule ids) or by category.
        let agreeing = deterministic.indices.filter { index in
            let diagnostic = deterministic[index]
            guard let diagnosticTarget = diagnostic.target.map(TargetName.normalize),
                  sameObject(diagnosticTarget, target, table: table) else { return false }
            if let claim, claim.ruleIDs.contains(diagnostic.ruleID) { return true }
            return RuleCategories.category(of: diagnostic.ruleID) == cluster.category
        }
        let ruleIDs = Array(Set(agreeing.map { deterministic[$0].ruleID })).sorted()
        if let claim, let fact = FactCheck.check(claim, table: table, column: column) {
            switch fact {
            case .holds(let evidence):
                return (Grounding(.confirmed, evidence, ruleIDs: ruleIDs), Set(agreeing))
            case .fails(let evidence):
                return (Grounding(.refuted, evidence, ruleIDs: ruleIDs), [])
            }
        }
        if !ruleIDs.isEmpty {
            return (Grounding(.confirmed, "the deterministic rules found the same: \(ruleIDs.joined(separator: ", "))", ruleIDs: ruleIDs),
                    Set(agreeing))
        }
        return (Grounding(.unverifiable, "\(target) exists, but no rule or schema fact settles this claim"), [])
    }

    /// A diagnostic's target names the finding's object: `orders.customer_id` or `app.orders.customer_id`
    /// for a column, `orders` or `app.orders` for a table.
    private func sameObject(_ diagnosticTarget: String, _ target: String, table: Table) -> Bool {
        let column = TargetName.column(of: target).map { "." + $0.lowercased() } ?? ""
        let spellings = [table.name.name.lowercased() + column, table.name.description.lowercased() + column]
        return spellings.contains(diagnosticTarget)
    }
}
