#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPgQuery

/// A PostgreSQL script cut into statements by libpg_query's scanner (`pg_query_split_with_scanner`),
/// the whole file or from a statement boundary on (`split(from:)`), after two things the scanner does
/// not understand are blanked out with spaces (so byte offsets and line numbers stay those of the file):
/// - psql meta-commands: a line that starts with `\` (`\connect db`, `\restrict key`) ends at the line end;
/// - `COPY ... FROM stdin;` data: the lines after the statement up to a line holding only `\.`.
/// Both are recognized at the start of a line, which is where psql and pg_dump write them.
struct PgScript {
    /// The file's bytes with meta-commands and COPY data blanked, followed by a NUL.
    var buffer: [UInt8]
    /// The file's length (the buffer has one more byte, the NUL).
    let length: Int
    var statements: [PgStatementSpan] = []
    /// psql meta-commands that were blanked.
    var metaCommands = 0
    /// A string, identifier or comment that is never closed stops the scanner: the statement it is in,
    /// and everything after it, cannot be read. `span` covers that statement up to the end of the file.
    var scanError: (span: PgStatementSpan, offset: Int, message: String)?

    /// Blanks the file and splits it from `splittingFrom` on; `nil` leaves the splitting to `split(from:)`.
    init(_ source: SourceText, splittingFrom offset: Int? = 0) {
        length = source.utf8.count
        buffer = source.utf8
        buffer.append(0)
        blankMetaCommandsAndCopyData()
        if let offset { split(from: offset) }
    }

    // MARK: - Blanking

    private mutating func blankMetaCommandsAndCopyData() {
        let length = self.length
        buffer.withUnsafeMutableBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var lineStart = 0
            while lineStart < length {
                let lineEnd = Self.lineEnd(base, from: lineStart, length: length)
                let first = base[lineStart]
                if first == UInt8(ascii: "\\") {
                    Self.blank(base, lineStart..<lineEnd)
                    metaCommands += 1
                } else if first | 0x20 == UInt8(ascii: "c"), let dataStart = Self.copyFromStdinDataStart(base, lineStart, length) {
                    var dataEnd = dataStart
                    while dataEnd < length {
                        let end = Self.lineEnd(base, from: dataEnd, length: length)
                        var content = end
                        if content > dataEnd, base[content - 1] == 0x0D { content -= 1 }
                        let isTerminator = content - dataEnd == 2 && base[dataEnd] == UInt8(ascii: "\\") && base[dataEnd + 1] == UInt8(ascii: ".")
                        dataEnd = min(end + 1, length)
                        if isTerminator { break }
                    }
                    Self.blank(base, dataStart..<dataEnd)
                    lineStart = dataEnd
                    continue
                }
                lineStart = lineEnd + 1
            }
        }
    }

    /// The offset of the `\n` that ends the line starting at `start`, or `length`.
    private static func lineEnd(_ base: UnsafeMutablePointer<UInt8>, from start: Int, length: Int) -> Int {
        guard let found = memchr(base + start, 0x0A, length - start) else { return length }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func blank(_ base: UnsafeMutablePointer<UInt8>, _ range: Range<Int>) {
        for i in range where base[i] != 0x0A { base[i] = 0x20 }
    }

    /// For a line starting `COPY ... FROM stdin;`: the offset of the line after the statement.
    private static func copyFromStdinDataStart(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        guard start + 5 <= length, base[start + 1] | 0x20 == UInt8(ascii: "o"), base[start + 2] | 0x20 == UInt8(ascii: "p"),
              base[start + 3] | 0x20 == UInt8(ascii: "y"), base[start + 4] == 0x20 || base[start + 4] == 0x09 else { return nil }
        guard let found = memchr(base + start, Int32(UInt8(ascii: ";")), length - start) else { return nil }
        let semicolon = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        // The words before the semicolon must be FROM STDIN.
        var i = semicolon
        func previousWord() -> String {
            while i > start, base[i - 1] == 0x20 || base[i - 1] == 0x0A || base[i - 1] == 0x09 || base[i - 1] == 0x0D { i -= 1 }
            let wordEnd = i
            while i > start, PgLexer.isIdentifierPart(base[i - 1]) { i -= 1 }
            return String(decoding: UnsafeBufferPointer(start: base + i, count: wordEnd - i), as: UTF8.self).lowercased()
        }
        guard previousWord() == "stdin", previousWord() == "from" else { return nil }
        let end = lineEnd(base, from: semicolon, length: length)
        return min(end + 1, length)
    }

    // MARK: - Splitting

    /// Splits the text from `offset`, which must be where a statement starts (the file's start, or just
    /// after a statement's `;`), to the end: fills `statements` and `scanError`.
    mutating func split(from offset: Int) {
        let result = buffer.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pg_query_split_with_scanner($0 + offset) }
        }
        defer { pg_query_free_split_result(result) }
        if let error = result.error {
            handleScanError(error, splitFrom: offset)
            return
        }
        statements = spans(of: result, from: offset, upTo: length)
    }

    /// The statements of `chunk` split alone with the scanner, one by one, when that is how the whole file
    /// would be split there: the scanner gets through the chunk and, unless it is the file's last chunk, its
    /// last statement ends at the chunk's `;` (a chunk that was cut inside a statement, a string or a
    /// comment does not). Nil otherwise. The file's split is not changed.
    func statements(in chunk: PgChunk) -> [PgStatementSpan]? {
        var text = Array(buffer[chunk.start..<chunk.end])
        text.append(0)
        let result = text.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pg_query_split_with_scanner($0) }
        }
        defer { pg_query_free_split_result(result) }
        guard result.error == nil else { return nil }
        if let terminator = chunk.terminator {
            guard result.n_stmts > 0, let last = result.stmts[Int(result.n_stmts) - 1]?.pointee, last.stmt_len > 0,
                  chunk.start + Int(last.stmt_location) + Int(last.stmt_len) == terminator else { return nil }
        }
        return spans(of: result, from: chunk.start, upTo: chunk.end)
    }

    /// The spans of a split of the text from `offset` (its locations count from there) up to `limit`.
    private func spans(of result: PgQuerySplitResult, from offset: Int, upTo limit: Int) -> [PgStatementSpan] {
        let lexer = PgLexer(bytes: buffer, end: limit)
        var spans: [PgStatementSpan] = []
        spans.reserveCapacity(Int(result.n_stmts))
        for k in 0..<Int(result.n_stmts) {
            guard let statement = result.stmts[k]?.pointee,
                  let span = PgStatementSpan(location: Int(statement.stmt_location), length: Int(statement.stmt_len),
                                             offset: offset, limit: limit, lexer: lexer) else { continue }
            spans.append(span)
        }
        return cutAtSemicolons(spans, from: offset, upTo: limit, lexer: lexer)
    }

    /// libpg_query's split counts parentheses and cuts only where the count is zero: one `)` too many
    /// joins the statements that follow into one (or, when the count never comes back to zero, drops the
    /// rest of the file without an error). Cutting again at every semicolon outside strings, quoted names,
    /// comments and `$$` bodies gives each statement its own span, so each bad one gets its own diagnostic.
    /// Only spans that hold a `;` byte, and any text after the last span, are tokenized.
    private func cutAtSemicolons(_ spans: [PgStatementSpan], from offset: Int, upTo limit: Int, lexer: PgLexer) -> [PgStatementSpan] {
        var result: [PgStatementSpan] = []
        result.reserveCapacity(spans.count)
        func cut(_ from: Int, _ to: Int) {
            let region = PgLexer(bytes: buffer, end: to)
            var segment = from
            var position = from
            while let token = region.token(at: position) {
                if token.kind == .punctuation(UInt8(ascii: ";")) {
                    let keyword = region.skipTrivia(from: segment)
                    if keyword < token.start { result.append(PgStatementSpan(start: segment, end: token.start, keywordStart: keyword)) }
                    segment = token.end
                }
                position = token.end
            }
            let keyword = region.skipTrivia(from: segment)
            if keyword < to { result.append(PgStatementSpan(start: segment, end: to, keywordStart: keyword)) }
        }
        let hasSemicolon = { (span: PgStatementSpan) -> Bool in
            buffer.withUnsafeBufferPointer { memchr($0.baseAddress! + span.keywordStart, Int32(UInt8(ascii: ";")), span.end - span.keywordStart) != nil }
        }
        for span in spans {
            if hasSemicolon(span) { cut(span.start, span.end) } else { result.append(span) }
        }
        let tail = spans.last?.end ?? offset
        if lexer.skipTrivia(from: tail) < limit { cut(tail, limit) }
        return result
    }

    /// Splits the text before the unclosed token; the statement the token is in becomes `scanError`.
    private mutating func handleScanError(_ error: UnsafeMutablePointer<PgQueryError>, splitFrom start: Int) {
        var message = error.pointee.message.map { String(cString: $0) } ?? "unterminated token"
        // "... at or near" quotes the rest of the file; the location says where it starts.
        if let near = message.range(of: " at or near ") { message = String(message[..<near.lowerBound]) }
        let offset = Self.byteOffset(ofCharacter: Int(error.pointee.cursorpos), in: buffer, from: start, limit: length)
        let saved = buffer[offset]
        buffer[offset] = 0
        let prefix = buffer.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pg_query_split_with_scanner($0 + start) }
        }
        buffer[offset] = saved
        defer { pg_query_free_split_result(prefix) }
        var complete = prefix.error == nil ? spans(of: prefix, from: start, upTo: offset) : []
        // A statement is complete when a semicolon follows it before the unclosed token.
        var errorStart = start
        if let last = complete.last {
            let lexer = PgLexer(bytes: buffer, end: offset)
            if let next = lexer.token(at: last.end), next.kind == .punctuation(UInt8(ascii: ";")) {
                errorStart = next.end
            } else {
                complete.removeLast()
                errorStart = last.start
            }
        }
        statements = complete
        let keyword = PgLexer(bytes: buffer, end: length).skipTrivia(from: errorStart)
        scanError = (PgStatementSpan(start: errorStart, end: length, keywordStart: min(keyword, offset)), offset, message)
    }

    /// The byte offset of the 1-based character position `position` (libpg_query counts characters).
    static func byteOffset(ofCharacter position: Int, in bytes: [UInt8], from start: Int = 0, limit: Int) -> Int {
        var remaining = max(position - 1, 0)
        var i = start
        while i < limit, remaining > 0 {
            i += 1
            while i < limit, bytes[i] & 0xC0 == 0x80 { i += 1 }
            remaining -= 1
        }
        return min(i, limit)
    }
}
