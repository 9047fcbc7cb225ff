import Schema

/// DDL with named markers, `⟪name⟫`, placed just before the tokens whose location a test expects.
/// The markers are removed from `text`; `self["name"]` is the `SourceLocation` (1-based line and
/// character column) where the marked token starts in that text.
struct MarkedSQL {
    let path: String
    let text: String
    private let marks: [String: SourceLocation]

    init(_ marked: String, path: String = "test.sql") {
        self.path = path
        var text = ""
        var marks: [String: SourceLocation] = [:]
        var line = 1, column = 1
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "⟪") {
            let before = rest[..<open]
            text += before
            for character in before {
                if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
            }
            let close = rest[open...].firstIndex(of: "⟫")!
            let name = String(rest[rest.index(after: open)..<close])
            precondition(marks[name] == nil, "marker \(name) used twice")
            marks[name] = SourceLocation(file: path, line: line, column: column)
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        self.text = text
        self.marks = marks
    }

    subscript(_ name: String) -> SourceLocation {
        guard let location = marks[name] else { preconditionFailure("no marker named \(name)") }
        return location
    }

    func read(_ dialect: Dialect) -> SchemaReadResult {
        SchemaReader.read(text: text, path: path, dialect: dialect)
    }
}

extension SourceLocation {
    /// The same line, `count` characters further right.
    func advanced(by count: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + count)
    }
}
