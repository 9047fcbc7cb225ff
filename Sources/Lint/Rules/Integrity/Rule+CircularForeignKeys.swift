import Schema

extension Rule {
    public static let circularForeignKeys = Rule(
        id: "circular-foreign-keys",
        name: "Cycle of mandatory foreign keys",
        category: .integrity,
        severity: .warning,
        rationale: """
            When tables reference each other in a cycle through NOT NULL foreign keys that are checked at once, \
            no row can be inserted into any of them: each needs a row in the next to exist first. Loading such a \
            schema needs the constraints switched off (MySQL's FOREIGN_KEY_CHECKS=0, SQLite's foreign_keys=OFF), \
            which also lets wrong data in. A cycle is fine when one of its foreign keys is nullable or DEFERRABLE \
            INITIALLY DEFERRED (PostgreSQL, SQLite). A table referencing itself is not a cycle here.
            """,
        fix: "Make one foreign key in the cycle nullable, or DEFERRABLE INITIALLY DEFERRED where the dialect supports it.",
        triggering: [
            RuleExample("""
                CREATE TABLE ↓stores (id bigint PRIMARY KEY, manager_id bigint NOT NULL);
                CREATE TABLE staff (id bigint PRIMARY KEY, store_id bigint NOT NULL REFERENCES stores (id));
                ALTER TABLE stores ADD FOREIGN KEY (manager_id) REFERENCES staff (id);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE ↓stores (id INT NOT NULL, manager_id INT NOT NULL, PRIMARY KEY (id), KEY (manager_id)) ENGINE=InnoDB;
                CREATE TABLE staff (id INT NOT NULL, store_id INT NOT NULL, PRIMARY KEY (id), KEY (store_id),
                    FOREIGN KEY (store_id) REFERENCES stores (id)) ENGINE=InnoDB;
                ALTER TABLE stores ADD FOREIGN KEY (manager_id) REFERENCES staff (id);
                """, .mysql),
            RuleExample("""
                CREATE TABLE ↓stores (id INTEGER PRIMARY KEY, manager_id INTEGER NOT NULL REFERENCES staff (id));
                CREATE TABLE staff (id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores (id));
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE stores (id bigint PRIMARY KEY, manager_id bigint);
                CREATE TABLE staff (id bigint PRIMARY KEY, store_id bigint NOT NULL REFERENCES stores (id));
                ALTER TABLE stores ADD FOREIGN KEY (manager_id) REFERENCES staff (id);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE stores (id bigint PRIMARY KEY, manager_id bigint NOT NULL);
                CREATE TABLE staff (id bigint PRIMARY KEY, store_id bigint NOT NULL REFERENCES stores (id));
                ALTER TABLE stores ADD FOREIGN KEY (manager_id) REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED;
                """, .postgresql),
            RuleExample("""
                CREATE TABLE employees (id INTEGER PRIMARY KEY, manager_id INTEGER NOT NULL REFERENCES employees (id));
                """, .sqlite),
        ],
        check: { context in
            let tables = context.model.tables
            var offsets: [QualifiedName: Int] = [:]
            for (offset, table) in tables.enumerated() where offsets[table.name] == nil { offsets[table.name] = offset }
            var edges = Array(repeating: [Int](), count: tables.count)
            for (offset, table) in tables.enumerated() {
                for foreignKey in table.foreignKeys where !(foreignKey.isDeferrable && foreignKey.isInitiallyDeferred) {
                    let mandatory = foreignKey.columns.allSatisfy { table.column(named: $0)?.isNullable == false }
                    guard mandatory, let parent = context.table(named: foreignKey.referencedTable),
                          let parentOffset = offsets[parent.name], parentOffset != offset else { continue }
                    if !edges[offset].contains(parentOffset) { edges[offset].append(parentOffset) }
                }
            }
            return StronglyConnected.components(edges).filter { $0.count > 1 }.compactMap { component in
                let first = component.min { tables[$0].location < tables[$1].location }!
                let cycle = StronglyConnected.cycle(through: first, within: Set(component), edges: edges)
                let names = cycle.map { tables[$0].name.description }
                return RuleFinding(.cycle(names), at: tables[first].location, target: context.target(tables[first]))
            }
        })
}

/// Tarjan's strongly connected components, and a cycle through a node of one.
enum StronglyConnected {
    static func components(_ edges: [[Int]]) -> [[Int]] {
        var index = 0
        var indices = Array(repeating: -1, count: edges.count)
        var lowLinks = Array(repeating: 0, count: edges.count)
        var onStack = Array(repeating: false, count: edges.count)
        var stack: [Int] = []
        var result: [[Int]] = []
        func connect(_ node: Int) {
            indices[node] = index
            lowLinks[node] = index
            index += 1
            stack.append(node)
            onStack[node] = true
            for next in edges[node] {
                if indices[next] == -1 {
                    connect(next)
                    lowLinks[node] = min(lowLinks[node], lowLinks[next])
                } else if onStack[next] {
                    lowLinks[node] = min(lowLinks[node], indices[next])
                }
            }
            if lowLinks[node] == indices[node] {
                var component: [Int] = []
                while let top = stack.popLast() {
                    onStack[top] = false
                    component.append(top)
                    if top == node { break }
                }
                result.append(component)
            }
        }
        for node in edges.indices where indices[node] == -1 { connect(node) }
        return result
    }

    /// The shortest cycle from `start` back to itself using only nodes of `component`, start repeated at the end.
    static func cycle(through start: Int, within component: Set<Int>, edges: [[Int]]) -> [Int] {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in edges[node] where component.contains(next) {
                if next == start {
                    var path = [start]
                    var cursor = node
                    while cursor != start {
                        path.append(cursor)
                        cursor = previous[cursor]!
                    }
                    return [start] + path.dropFirst().reversed() + [start]
                }
                if previous[next] == nil && next != start {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }
}

extension RuleFinding.Message {
    fileprivate static func cycle(_ names: [String]) -> Self {
        "tables reference each other through NOT NULL foreign keys checked at once (\(names.joined(separator: " → "))): no row can be inserted first"
    }
}
