/// A token's byte range in a `SourceText`; the SQLite and MySQL tokens both are one.
protocol SourceSpan {
    var start: Int { get }
    var end: Int { get }
}

extension SourceText {
    /// The text of `spans` in order, with each gap between two of them (whitespace, comments) made one
    /// space: how expressions, defaults and types are kept ("normalized whitespace").
    func render<Spans: Swift.Sequence>(_ spans: Spans) -> String where Spans.Element: SourceSpan {
        var out = ""
        var previousEnd: Int?
        for span in spans {
            if let previousEnd, span.start > previousEnd { out += " " }
            out += slice(span.start..<span.end)
            previousEnd = span.end
        }
        return out
    }
}
