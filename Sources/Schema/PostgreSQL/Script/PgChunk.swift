#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of whole statements that libpg_query parses in one call (`PgChunkParser`).
///
/// Splitting a script with the scanner and then parsing each statement alone scans every byte twice
/// and pays the parser's set-up once per statement; on a pg_dump schema the split alone was a sixth of
/// reading, and it runs before any parsing can start. Parsing chunks of about `targetSize` bytes scans
/// each byte once and lets the chunks go to all cores at once.
///
/// Where a chunk ends is only a guess, made from the bytes: just after a `;` at the end of a line that
/// is followed (after blank lines) by a line starting at its first column with a letter or `--`, which is
/// how pg_dump and most hand-written scripts start a statement. The parser checks the guess
/// (`PgChunkParser`): a chunk counts only if it parses and its last statement ends at exactly that `;`.
/// A guess inside a string, a `$$` body or a comment leaves a quote or a comment open, and one inside a
/// statement leaves the statement unfinished: either way the chunk does not parse.
struct PgChunk: Equatable, Sendable {
    /// Where the chunk starts: the file's start, or just after the `;` that ends the chunk before.
    let start: Int
    /// Just past the chunk's last byte: its final `;`, or the end of the file for the last chunk.
    let end: Int
    /// The offset of the `;` that must end the chunk's last statement; nil for the last chunk, which
    /// ends with the file.
    let terminator: Int?

    /// A little more than the statements of one table with its indexes and constraints in a pg_dump:
    /// small enough that chunks keep every core busy while the model is built from the earlier ones,
    /// large enough that the parser's per-call cost does not show.
    static let targetSize = 16 * 1024

    /// The chunks of `bytes[0..<length]`, about `targetSize` bytes each; one chunk for a short file or
    /// one with no likely statement boundary.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, length: Int, targetSize: Int = targetSize) -> [PgChunk] {
        guard let base = bytes.baseAddress else { return [PgChunk(start: 0, end: length, terminator: nil)] }
        var chunks: [PgChunk] = []
        var start = 0
        var probe = targetSize
        // The last chunk is at least half the target size: a tail of a few statements is not worth a chunk.
        while probe + targetSize / 2 < length {
            guard let found = memchr(base + probe, 0x0A, length - probe) else { break }
            let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            probe = newline + 1
            guard let semicolon = semicolon(endingLineAt: newline, base), startsStatementLine(base, from: newline + 1, length: length) else {
                continue
            }
            chunks.append(PgChunk(start: start, end: semicolon + 1, terminator: semicolon))
            start = semicolon + 1
            probe = start + targetSize
        }
        chunks.append(PgChunk(start: start, end: length, terminator: nil))
        return chunks
    }

    /// The offset of the `;` that ends the line whose `\n` is at `newline` (a `\r` before the `\n` allowed).
    private static func semicolon(endingLineAt newline: Int, _ base: UnsafePointer<UInt8>) -> Int? {
        var i = newline - 1
        if i > 0, base[i] == 0x0D { i -= 1 }
        return i > 0 && base[i] == UInt8(ascii: ";") ? i : nil
    }

    /// Whether the first line at or after `offset` that is not empty starts with a letter or `--`.
    private static func startsStatementLine(_ base: UnsafePointer<UInt8>, from offset: Int, length: Int) -> Bool {
        var i = offset
        while i < length, base[i] == 0x0A || base[i] == 0x0D { i += 1 }
        guard i < length else { return false }
        let c = base[i] | 0x20
        if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") { return true }
        return base[i] == UInt8(ascii: "-") && i + 1 < length && base[i + 1] == UInt8(ascii: "-")
    }
}
