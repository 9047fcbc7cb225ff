import Schema

extension Rule {
    public static let inconsistentNaming = Rule(
        id: "inconsistent-naming",
        name: "Inconsistent naming",
        category: .naming,
        severity: .info,
        rationale: """
            A schema that mixes naming styles (snake_case next to camelCase or PascalCase) or names some tables \
            in the singular and others in the plural makes every query a guess, and in PostgreSQL mixed-case \
            names must be quoted. The rule finds the style most table and column names follow, and reports the \
            names that follow another; then the same for the grammatical number of table names (judged on their \
            last word; words like data, news or staff count as neither).
            """,
        fix: "Rename the reported objects to the schema's prevailing convention.",
        triggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, first_name text, last_name text, ↓"createdAt" timestamptz);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, placed_at timestamptz);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE customers (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY);
                CREATE TABLE ↓invoice (id bigint PRIMARY KEY);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE Album (AlbumId INT NOT NULL, Title VARCHAR(160), ↓artist_id INT, PRIMARY KEY (AlbumId)) ENGINE=InnoDB;
                CREATE TABLE Artist (ArtistId INT NOT NULL, Name VARCHAR(120), PRIMARY KEY (ArtistId)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT);
                CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT);
                CREATE TABLE ↓reviews (id INTEGER PRIMARY KEY, body TEXT);
                """, .sqlite),
        ],
        nonTriggering: [
            RuleExample("""
                CREATE TABLE users (id bigint PRIMARY KEY, first_name text, email text);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
                CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint);
                CREATE TABLE metadata (id bigint PRIMARY KEY, status text);
                """, .postgresql),
            RuleExample("""
                CREATE TABLE Album (AlbumId INT NOT NULL, Title VARCHAR(160), ArtistId INT, PRIMARY KEY (AlbumId)) ENGINE=InnoDB;
                CREATE TABLE Artist (ArtistId INT NOT NULL, Name VARCHAR(120), PRIMARY KEY (ArtistId)) ENGINE=InnoDB;
                """, .mysql),
            RuleExample("""
                CREATE TABLE address (id INTEGER PRIMARY KEY, city_id INTEGER);
                CREATE TABLE city (id INTEGER PRIMARY KEY, country_id INTEGER);
                CREATE TABLE film_category (film_id INTEGER, category_id INTEGER, PRIMARY KEY (film_id, category_id));
                """, .sqlite),
        ],
        check: { context in
            NamingConventions.caseFindings(context) + NamingConventions.numberFindings(context)
        })
}

/// The case styles and grammatical number of names, and the deviations from the prevailing ones.
enum NamingConventions {
    enum Style: String, CaseIterable {
        case snake = "snake_case"
        case camel = "camelCase"
        case pascal = "PascalCase"
        case upper = "UPPER_CASE"
        case pascalSnake = "Pascal_Snake_Case"
    }

    /// The styles a name is consistent with: `name` fits snake_case and camelCase, `ID` fits UPPER_CASE and
    /// PascalCase (an acronym), `Name` fits PascalCase; a name with other characters fits none.
    static func styles(of name: String) -> Set<Style> {
        if let ascii = asciiStyles(of: name) { return ascii }
        guard let first = name.first, first.isLetter, name.allSatisfy({ ($0.isLetter && $0.isASCII) || $0.isNumber || $0 == "_" })
        else { return [] }
        let hasUnderscore = name.utf8.contains(UInt8(ascii: "_"))
        let hasUpper = name.contains(where: \.isUppercase)
        let hasLower = name.contains(where: \.isLowercase)
        if !hasUpper { return hasUnderscore ? [.snake] : [.snake, .camel] }
        if !hasLower { return hasUnderscore ? [.upper] : [.upper, .pascal] }
        if hasUnderscore {
            let parts = name.split(separator: "_")
            return parts.allSatisfy({ $0.first?.isUppercase ?? false }) ? [.pascalSnake] : []
        }
        return first.isLowercase ? [.camel] : [.pascal]
    }

    /// `styles(of:)` for an ASCII name, on bytes (Character properties are Unicode table look-ups); nil
    /// for any other name. In ASCII, letters are A-Z and a-z and numbers are 0-9.
    private static func asciiStyles(of name: String) -> Set<Style>? {
        var hasUnderscore = false, hasUpper = false, hasLower = false, valid = true
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): hasLower = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): hasUpper = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "_"): hasUnderscore = true
            case 0x80...: return nil
            default: valid = false
            }
        }
        guard valid, let first = name.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else { return [] }
        if !hasUpper { return hasUnderscore ? [.snake] : [.snake, .camel] }
        if !hasLower { return hasUnderscore ? [.upper] : [.upper, .pascal] }
        if hasUnderscore {
            let parts = name.utf8.split(separator: UInt8(ascii: "_"))
            return parts.allSatisfy({ ($0.first ?? 0) >= UInt8(ascii: "A") && ($0.first ?? 0) <= UInt8(ascii: "Z") }) ? [.pascalSnake] : []
        }
        return first >= UInt8(ascii: "a") ? [.camel] : [.pascal]
    }

    static func caseFindings(_ context: RuleContext) -> [RuleFinding] {
        // Targets are built only for the names reported (most follow the prevailing style).
        var names: [(styles: Set<Style>, location: SourceLocation, table: Int, column: String?)] = []
        for (offset, table) in context.model.tables.enumerated() {
            names.append((styles(of: table.name.name), table.location, offset, nil))
            for column in table.columns {
                names.append((styles(of: column.name), column.location, offset, column.name))
            }
        }
        guard names.count > 1 else { return [] }
        // One pass over the names, then the counts in `allCases` order (ties go to the earlier style).
        var tally: [Style: Int] = [:]
        for name in names {
            for style in name.styles { tally[style, default: 0] += 1 }
        }
        let counts = Style.allCases.map { style in (style, tally[style] ?? 0) }
        guard let prevailing = counts.max(by: { $0.1 < $1.1 }), prevailing.1 > names.count / 2 else { return [] }
        return names.filter { !$0.styles.contains(prevailing.0) }.map { name in
            let own = Style.allCases.first(where: name.styles.contains)
            let table = context.model.tables[name.table]
            let target = name.column.map { context.target(table, $0) } ?? context.target(table)
            return RuleFinding(.caseStyle(name.column == nil ? "table" : "column", target, own: own, prevailing: prevailing.0,
                                          count: prevailing.1, total: names.count),
                               at: name.location, target: target)
        }
    }

    static func numberFindings(_ context: RuleContext) -> [RuleFinding] {
        // Table offsets rather than copies of the tables.
        let judged = context.model.tables.indices.compactMap { offset -> (Int, GrammaticalNumber)? in
            guard let last = IdentifierWords.split(context.model.tables[offset].name.name).last else { return nil }
            let number = GrammaticalNumber(of: last)
            return number == .unknown ? nil : (offset, number)
        }
        let plural = judged.filter { $0.1 == .plural }.count
        let singular = judged.count - plural
        guard plural > 0, singular > 0 else { return [] }
        // The majority wins; on a tie, the first table's convention does.
        let prevailing: GrammaticalNumber = plural > singular ? .plural : singular > plural ? .singular : judged[0].1
        let prevailingCount = prevailing == .plural ? plural : singular
        return judged.filter { $0.1 != prevailing }.map { offset, number in
            let table = context.model.tables[offset]
            return RuleFinding(.number(context.target(table), isPlural: number == .plural, count: prevailingCount, total: judged.count),
                               at: table.location, target: context.target(table))
        }
    }
}

extension RuleFinding.Message {
    fileprivate static func caseStyle(_ kind: String, _ name: String, own: NamingConventions.Style?,
                                      prevailing: NamingConventions.Style, count: Int, total: Int) -> Self {
        let style = own.map { "is \($0.rawValue)" } ?? "follows no common style"
        return "\(kind) \(name) \(style), while \(count) of \(total) names \(count == 1 ? "is" : "are") \(prevailing.rawValue)"
    }

    fileprivate static func number(_ table: String, isPlural: Bool, count: Int, total: Int) -> Self {
        "table \(table) is named in the \(isPlural ? "plural" : "singular"), while \(count) of \(total) table names \(count == 1 ? "is" : "are") \(isPlural ? "singular" : "plural")"
    }
}
