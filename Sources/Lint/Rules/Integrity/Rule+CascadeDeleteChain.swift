import Schema

extension Rule {
    public static let cascadeDeleteChain = Rule(
        id: "cascade-delete-chain",
        name: "ON DELETE CASCADE through several levels",
        category: .integrity,
        severity: .warning,
        rationale: """
            One ON DELETE CASCADE is a clear statement that children die with their parent. When the children \
            cascade to their own children in turn, deleting one row can remove rows two or more tables away that \
            the person deleting never looked at, and the whole tree is deleted and locked in one statement. The \
            rule reports the top table of each chain of two or more cascading levels, with the longest path. \
            Self-references (trees within one table) are not counted as levels.
            """,
        fix: "Use ON DELETE RESTRICT (or NO ACTION) on at least one level and delete deliberately, or soft-delete the top row.",
        triggering: [
            RuleExample("""
                CREATE TABLE ↓accounts (id bigint PRIMARY KEY);
                CREATE TABLE projects (id bigint PRIMARY KEY,
                    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE);
                CREATE TABLE tasks (id bigint PRIMARY KEY,
                    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE ↓accounts (id INT NOT NULL, PRIMARY KEY (id)) ENGINE=InnoDB;
                CREATE TABLE projects (id INT NOT NULL, account_id INT NOT NULL, PRIMARY KEY (id), KEY (account_id),
                    FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE) ENGINE=InnoDB;
                CREATE TABLE tasks (id INT NOT NULL, project_id INT NOT NULL, PRIMARY KEY (id), KEY (project_id),
                    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE ↓accounts (id INTEGER PRIMARY KEY);
                CREATE TABLE projects (id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE);
                CREATE TABLE tasks (id INTEGER PRIMARY KEY,
                    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE accounts (id bigint PRIMARY KEY);
                CREATE TABLE projects (id bigint PRIMARY KEY,
                    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT);
                CREATE TABLE tasks (id bigint PRIMARY KEY,
                    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE comments (id bigint PRIMARY KEY,
                    parent_id bigint REFERENCES comments (id) ON DELETE CASCADE);
                CREATE TABLE comment_likes (id bigint PRIMARY KEY,
                    comment_id bigint NOT NULL REFERENCES comments (id) ON DELETE CASCADE);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE accounts (id INTEGER PRIMARY KEY);
                CREATE TABLE projects (id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE);
                """, .sqlite),
        ],
        check: { context in
            let graph = CascadeGraph(context)
            return graph.roots.compactMap { root in
                let path = graph.longestPath(from: root)
                guard path.count >= 3 else { return nil }
                let table = context.model.tables[root]
                let names = path.map { context.model.tables[$0].name.description }
                return RuleFinding(.chain(names), at: table.location, target: context.target(table))
            }
        })
}

/// Tables as nodes, ON DELETE CASCADE foreign keys as edges from parent to child.
private struct CascadeGraph {
    /// Children by parent, as table offsets, without self-references.
    let children: [[Int]]
    /// Tables with at least one cascading child and no cascading parent.
    let roots: [Int]

    init(_ context: RuleContext) {
        let tables = context.model.tables
        var offsets: [QualifiedName: Int] = [:]
        for (offset, table) in tables.enumerated() where offsets[table.name] == nil { offsets[table.name] = offset }
        var children = Array(repeating: [Int](), count: tables.count)
        var hasParent = Array(repeating: false, count: tables.count)
        for (childOffset, table) in tables.enumerated() {
            for foreignKey in table.foreignKeys where foreignKey.onDelete == .cascade {
                guard let parent = context.table(named: foreignKey.referencedTable),
                      let parentOffset = offsets[parent.name], parentOffset != childOffset else { continue }
                if !children[parentOffset].contains(childOffset) { children[parentOffset].append(childOffset) }
                hasParent[childOffset] = true
            }
        }
        self.children = children
        roots = tables.indices.filter { !children[$0].isEmpty && !hasParent[$0] }
    }

    /// The longest simple path of cascading edges from `start`, as table offsets (cycles are cut).
    func longestPath(from start: Int) -> [Int] {
        var onPath = Set<Int>()
        var memo: [Int: [Int]] = [:]
        func visit(_ node: Int) -> [Int] {
            if let known = memo[node] { return known }
            onPath.insert(node)
            var longest: [Int] = []
            for child in children[node] where !onPath.contains(child) {
                let candidate = visit(child)
                if candidate.count > longest.count { longest = candidate }
            }
            onPath.remove(node)
            let result = [node] + longest
            memo[node] = result
            return result
        }
        return visit(start)
    }
}

extension RuleFinding.Message {
    fileprivate static func chain(_ names: [String]) -> Self {
        "deleting a row from \(names[0]) cascades through \(names.count - 1) levels: \(names.joined(separator: " → "))"
    }
}
