import Schema

/// A partition has its parent's columns, so a rule that finds something in the parent finds it again in
/// every partition: pagila's 55 payment partitions turned three findings into 168. `fold` keeps the
/// parent's finding, drops the partitions' copies of it, and says on the parent how many partitions share
/// it. A finding a partition has on its own (its parent does not) is kept as it is.
enum PartitionFolding {
    /// One rule's findings, folded. `context` gives the targets (`table` or `table.column`) as rules
    /// write them.
    static func fold(_ findings: [Diagnostic], context: RuleContext) -> [Diagnostic] {
        let partitions = context.model.tables.compactMap { table -> (partition: String, parent: String)? in
            guard let parent = table.partitionOf.flatMap({ context.table(named: $0.parent) }) else { return nil }
            return (context.target(table), context.target(parent))
        }
        guard !partitions.isEmpty, findings.count > 1 else { return findings }
        let partitionCounts = Dictionary(partitions.map { ($0.parent, 1) }, uniquingKeysWith: +)
        let parentOf = Dictionary(partitions.map { ($0.partition, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var positions: [String: Int] = [:]
        for (index, finding) in findings.enumerated() {
            if let target = finding.target, positions[target] == nil { positions[target] = index }
        }
        var shared = [Int](repeating: 0, count: findings.count)
        var dropped = Set<Int>()
        for (index, finding) in findings.enumerated() {
            guard let target = finding.target, let (table, rest) = split(target, tables: parentOf),
                  let parent = parentOf[table], let parentFinding = positions[parent + rest] else { continue }
            dropped.insert(index)
            shared[parentFinding] += 1
        }
        guard !dropped.isEmpty else { return findings }
        return findings.indices.compactMap { index in
            guard !dropped.contains(index) else { return nil }
            var finding = findings[index]
            if shared[index] > 0, let table = finding.target.flatMap({ split($0, tables: partitionCounts)?.table }),
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
