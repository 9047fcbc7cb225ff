import Schema

extension Rule {
    public static let repeatingColumnGroup = Rule(
        id: "repeating-column-group",
        name: "Repeating group of numbered columns",
        category: .design,
        severity: .warning,
        rationale: """
            Columns that differ only by a number (phone1, phone2, phone3; tag_1, tag_2) are a list stored \
            sideways: the number of items is capped by the schema, searching for a value means OR-ing over every \
            column, and gaps and order carry no meaning. Names where numbers are part of a term (sha256, ipv4, \
            utf8, x1/y1 coordinates) and address lines (address, address2), which are fixed parts of one value, \
            are not reported.
            """,
        fix: "Move the items to a child table with one row per item (and a position column if order matters), or an array column.",
        triggering: [
            RuleExample("""
                CREATE TABLE contacts (id bigint PRIMARY KEY, ↓phone1 text, phone2 text, phone3 text);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE posts (id INT NOT NULL, ↓tag_1 VARCHAR(40), tag_2 VARCHAR(40), PRIMARY KEY (id)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE people (id INTEGER PRIMARY KEY, ↓email TEXT, email2 TEXT);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE addresses (id bigint PRIMARY KEY, address text, address2 text, line1 text, line2 text);
                CREATE TABLE files (id bigint PRIMARY KEY, sha1 bytea, sha256 bytea, md5 bytea);
                CREATE TABLE boxes (id bigint PRIMARY KEY, x1 int, y1 int, x2 int, y2 int);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE hosts (id INTEGER PRIMARY KEY, ipv4 TEXT, ipv6 TEXT, phone TEXT);
                """, .sqlite),
        ],
        check: { context in
            context.model.tables.flatMap { table in
                RepeatingGroups.find(in: table).map { group in
                    RuleFinding(.repeating(context.target(table), columns: group.map(\.name)), at: group[0].location,
                                target: context.target(table, group[0].name))
                }
            }
        })
}

/// Groups of columns whose names differ only by a number.
enum RepeatingGroups {
    /// Stems whose numbers are part of a term, or fixed parts of one value.
    static let exemptStems: Set<String> = [
        // numbers that are part of a term
        "sha", "md", "ipv", "utf", "base", "int", "float", "crc", "http", "oauth", "ean", "isbn", "iso", "v", "ver",
        "version",
        // coordinates of one shape, and the fixed lines of one address
        "x", "y", "z", "lat", "lon", "lng", "latitude", "longitude", "coord", "address", "addr",
        "line", "street",
    ]

    static func find(in table: Table) -> [[Column]] {
        var groups: [String: [(number: Int, column: Column)]] = [:]
        var order: [String] = []
        for column in table.columns {
            guard let (pattern, stem, number) = split(column.name),
                  !exemptStems.contains(String(stem.split(separator: "_").last ?? "")) else { continue }
            if groups[pattern] == nil { order.append(pattern) }
            groups[pattern, default: []].append((number, column))
        }
        // phone + phone2: the unnumbered column is the first item.
        for pattern in order {
            guard let items = groups[pattern], items.contains(where: { $0.number == 2 }),
                  !items.contains(where: { $0.number == 1 }) else { continue }
            let bare = pattern.replacingFirst("#", with: "").replacingFirst("__", with: "_")
                .trimmingCharacters(in: "_")
            if let column = table.column(named: bare) { groups[pattern]?.insert((1, column), at: 0) }
        }
        return order.compactMap { pattern in
            let items = groups[pattern] ?? []
            guard Set(items.map(\.number)).count >= 2 else { return nil }
            return items.sorted { $0.column.location < $1.column.location }.map(\.column)
        }
    }

    /// `phone2` → ("phone#", "phone", 2); `tag_1_name` → ("tag_#_name", "tag", 1). Only the last run of digits
    /// that ends a word counts, and only small numbers (1 to 20).
    static func split(_ name: String) -> (pattern: String, stem: String, number: Int)? {
        if let bytes = ASCIIName.bytes(of: name) { return splitASCII(bytes) }
        return splitCharacters(name)
    }

    /// `split` on the bytes of an ASCII name (see `ASCIIName`): the same answer without Character look-ups.
    static func splitASCII(_ bytes: [UInt8]) -> (pattern: String, stem: String, number: Int)? {
        guard let lastDigit = bytes.lastIndex(where: ASCIIName.isDigit) else { return nil }
        var firstDigit = lastDigit
        while firstDigit > 0 && ASCIIName.isDigit(bytes[firstDigit - 1]) { firstDigit -= 1 }
        guard firstDigit > 0,
              lastDigit + 1 == bytes.count || !ASCIIName.isLetter(bytes[lastDigit + 1]) || ASCIIName.isUpper(bytes[lastDigit + 1]),
              let number = Int(String(decoding: bytes[firstDigit...lastDigit], as: UTF8.self)), (1...20).contains(number)
        else { return nil }
        let before = String(decoding: bytes[..<firstDigit], as: UTF8.self)
        let after = String(decoding: bytes[(lastDigit + 1)...], as: UTF8.self)
        let stem = IdentifierWords.splitASCII(Array(bytes[..<firstDigit])).joined(separator: "_")
        guard !stem.isEmpty else { return nil }
        return (before + "#" + after, stem, number)
    }

    /// `split` on Characters, for any name.
    static func splitCharacters(_ name: String) -> (pattern: String, stem: String, number: Int)? {
        let characters = Array(name)
        guard let lastDigit = characters.lastIndex(where: \.isNumber) else { return nil }
        var firstDigit = lastDigit
        while firstDigit > 0 && characters[firstDigit - 1].isNumber { firstDigit -= 1 }
        guard firstDigit > 0, lastDigit + 1 == characters.count || !characters[lastDigit + 1].isLetter || characters[lastDigit + 1].isUppercase,
              let number = Int(String(characters[firstDigit...lastDigit])), (1...20).contains(number) else { return nil }
        let before = String(characters[..<firstDigit])
        let after = String(characters[(lastDigit + 1)...])
        let stem = IdentifierWords.split(before).joined(separator: "_")
        guard !stem.isEmpty else { return nil }
        return (before + "#" + after, stem, number)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return self[..<range.lowerBound] + replacement + self[range.upperBound...]
    }

    func trimmingCharacters(in set: String) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}

extension RuleFinding.Message {
    fileprivate static func repeating(_ table: String, columns: [String]) -> Self {
        "\(table) has a repeating group of columns (\(columns.joined(separator: ", "))): a list stored as numbered columns"
    }
}
