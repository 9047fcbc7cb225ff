import Schema

/// A partition has its parent's columns, so a rule that finds something in the parent finds it again in
/// every partition: in pagila, 190 of 238 findings were its 55 payment partitions repeating `payment`'s.
/// `fold` keeps the parent's finding, drops the partitions' copies of it, and says on the parent how many
/// partitions share it. A finding a partition has on its own (its parent does not) is kept as it is.
struct PartitionFolding: Sendable {
    /// Partition target → parent target, as rules write targets (`table`, schema-qualified outside the
    /// default schema); only partitions whose parent is in the model.
    private let parentOf: [String: String]
    /// Parent target → its number of partitions.
    private let partitionCounts: [String: Int]

    init(context: RuleContext) {
        let pairs = context.model.tables.compactMap { table -> (partition: String, parent: String)? in
            guard let parent = table.partitionOf.flatMap({ context.table(named: $0.parent) }) else { return nil }
            return (context.target(table), context.target(parent))
        }
        parentOf = Dictionary(pairs.map { ($0.partition, $0.parent) }, uniquingKeysWith: { first, _ in first })
        partitionCounts = Dictionary(pairs.map { ($0.parent, 1) }, uniquingKeysWith: +)
    }

    /// One rule's findings, folded.
    func fold(_ findings: [Diagnostic]) -> [Diagnostic] {
        guard !parentOf.isEmpty, findings.count > 1 else { return findings }
        var positions: [String: Int] = [:]
        for (index, finding) in findings.enumerated() {
            if let target = finding.target, positions[target] == nil { positions[target] = index }
        }
        var shared = [Int](repeating: 0, count: findings.count)
        var dropped = Set<Int>()
        for (index, finding) in findings.enumerated() {
            guard let target = finding.target, let (table, rest) = Self.split(target, tables: parentOf),
                  let parent = parentOf[table], let parentFinding = positions[parent + rest] else { continue }
            dropped.insert(index)
            shared[parentFinding] += 1
        }
        guard !dropped.isEmpty else { return findings }
        return findings.indices.compactMap { index in
            guard !dropped.contains(index) else { return nil }
            var finding = findings[index]
            if shared[index] > 0, let table = finding.target.flatMap({ Self.split($0, tables: partitionCounts)?.table }),
               let total = partitionCounts[table] {
                finding.message += shared[index] == total ? " (also in its \(total) partitions)" : " (also in \(shared[index]) of its \(total) partitions)"
            }
            return finding
        }
    }

    /// `target` as a table from `tables` and the rest (`""` or `.column`); table names may hold dots
    /// (`sales.orders.id`), so the longest table name that prefixes the target wins.
    private static func split<Value>(_ target: String, tables: [String: Value]) -> (table: String, rest: String)? {
        if tables[target] != nil { return (target, "") }
        var end = target.endIndex
        while let dot = target[..<end].lastIndex(of: ".") {
            let table = String(target[..<dot])
            if tables[table] != nil { return (table, String(target[dot...])) }
            end = dot
        }
        return nil
    }
}
