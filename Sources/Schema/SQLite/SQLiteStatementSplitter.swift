import SQLiteDB

/// Splits an SQLite script into statements by SQLite's own rule: text accumulates up to a semicolon
/// that `sqlite3_complete` says ends a statement, so a semicolon inside a string, a comment or a
/// trigger's BEGIN...END does not split. Only semicolons outside quotes and comments are offered to
/// `sqlite3_complete`, which keeps long INSERTs with `;` in their strings linear.
enum SQLiteStatementSplitter {
    /// Byte ranges from each statement's first token to just after its semicolon (or the end of the
    /// text for a last statement without one). Stretches holding only whitespace and comments are dropped.
    static func split(_ source: SourceText) -> [Range<Int>] {
        var buffer = source.utf8
        buffer.append(0)
        return buffer.withUnsafeMutableBufferPointer { bytes in
            var statements: [Range<Int>] = []
            let end = bytes.count - 1
            var statementStart = 0
            var i = 0
            func emit(_ upper: Int) {
                let first = firstTokenOffset(UnsafeBufferPointer(bytes), from: statementStart, to: upper)
                if first < upper, !(upper - first == 1 && bytes[first] == UInt8(ascii: ";")) {
                    statements.append(first..<upper)
                }
                statementStart = upper
            }
            while i < end {
                let c = bytes[i]
                if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") || c == UInt8(ascii: "[") {
                    let close = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : c
                    i = SQLiteTokenizer.closingQuote(UnsafeBufferPointer(bytes), from: i + 1, end: end, quote: close)
                } else if c == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-") {
                    while i < end, bytes[i] != 0x0A { i += 1 }
                } else if c == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "*") {
                    i += 2
                    while i < end, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                    i = min(i + 2, end)
                } else if c == UInt8(ascii: ";") {
                    let saved = bytes[i + 1]
                    bytes[i + 1] = 0
                    let complete = bytes.baseAddress!.advanced(by: statementStart).withMemoryRebound(to: CChar.self, capacity: i + 2 - statementStart) {
                        SQLiteConnection.isComplete($0)
                    }
                    bytes[i + 1] = saved
                    i += 1
                    if complete { emit(i) }
                } else {
                    i += 1
                }
            }
            if statementStart < end { emit(end) }
            return statements
        }
    }

    /// The offset of the first byte that is not whitespace or inside a comment, or `upper`.
    static func firstTokenOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to upper: Int) -> Int {
        SQLiteTokenizer.tokens(bytes, in: start..<upper, limit: 1).first?.start ?? upper
    }
}
