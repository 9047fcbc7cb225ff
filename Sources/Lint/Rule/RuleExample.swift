import Schema

/// DDL that shows a rule at work (the SwiftLint pattern). In a triggering example, each `↓` marks the exact
/// place a finding must be reported: the marker stands just before the object the reader locates there
/// (a table or column name, a constraint, an index). One parameterized test reads every example through the
/// real dialect reader and checks the rule against the markers.
public struct RuleExample: Sendable, CustomStringConvertible {
    public static let marker: Character = "↓"

    /// The DDL with its markers.
    public let markedSQL: String
    public let dialect: Dialect
    /// Thresholds and settings the example needs (most use the defaults).
    public let configuration: LintConfiguration
    /// Where the example is declared, so a failing test points at it.
    public let file: String
    public let line: Int

    public init(_ markedSQL: String, _ dialect: Dialect, configuration: LintConfiguration = LintConfiguration(),
                file: String = #filePath, line: Int = #line) {
        self.markedSQL = markedSQL
        self.dialect = dialect
        self.configuration = configuration
        self.file = file
        self.line = line
    }

    /// The DDL without markers.
    public var sql: String { String(markedSQL.filter { $0 != Self.marker }) }

    /// The 1-based line and column (in Unicode scalars, as `SourceLocation` counts) of each marker in `sql`.
    public var markerPositions: [(line: Int, column: Int)] {
        var positions: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for character in markedSQL {
            if character == Self.marker {
                positions.append((line, column))
            } else if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return positions
    }

    public var description: String { "\(dialect) example at \(file.split(separator: "/").last ?? ""):\(line)" }
}
