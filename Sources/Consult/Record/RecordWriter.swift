import Foundation
import Support

/// Writes a decision record as `NNNN-slug.md` and `NNNN-slug.json` into the reports directory, numbered like
/// ADRs: one more than the highest number there. Never overwrites: each file appears whole (written to a
/// temporary name, then hard-linked into place, which fails if the name exists), and runs writing at the same
/// time take turns through an advisory lock (`flock`) on the directory itself.
public struct RecordWriter: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    public struct Written: Sendable {
        public var record: DecisionRecord
        public var markdownPath: String
        public var jsonPath: String
    }

    /// Numbers `record`, renders it with `render`, and writes both files.
    public func write(_ record: DecisionRecord, render: (DecisionRecord) -> String) throws(RecordWriteError) -> Written {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RecordWriteError("cannot create the reports directory \(directory): \(error.localizedDescription)")
        }
        let lock = try Lock(directory: directory)
        defer { lock.release() }
        var number = try highestNumber() + 1
        for _ in 0..<1000 {
            var numbered = record
            numbered.number = number
            let base = (directory as NSString).appendingPathComponent(numbered.baseName)
            let markdownPath = base + ".md", jsonPath = base + ".json"
            // The JSON is encoded on another thread while this one renders the markdown: on two cores the
            // two halves of writing a large record overlap.
            let encoding = Self.encodeInBackground(numbered)
            let markdown = Data(render(numbered).utf8)
            let json = try encoding.wait()
            // Another tool may have left a file with this number: take the next one.
            guard !FileManager.default.fileExists(atPath: jsonPath), try place(markdown, at: markdownPath) else {
                number += 1
                continue
            }
            guard try place(json, at: jsonPath) else {
                throw RecordWriteError("\(jsonPath) already exists; \(markdownPath) was written without its JSON twin")
            }
            return Written(record: numbered, markdownPath: markdownPath, jsonPath: jsonPath)
        }
        throw RecordWriteError("could not find a free record number in \(directory)")
    }

    /// The JSON twin: sorted keys and ISO 8601 dates, so records diff cleanly.
    public static func encode(_ record: DecisionRecord) throws(RecordWriteError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(record) + Data("\n".utf8)
        } catch {
            throw RecordWriteError("cannot encode the record: \(error)")
        }
    }

    /// A JSON encoding running on a global queue; `wait()` returns its result.
    struct PendingEncoding: Sendable {
        let result: Locked<Result<Data, RecordWriteError>?>
        let done: DispatchSemaphore

        func wait() throws(RecordWriteError) -> Data {
            done.wait()
            return try result.current!.get()
        }
    }

    static func encodeInBackground(_ record: DecisionRecord) -> PendingEncoding {
        let pending = PendingEncoding(result: Locked(nil), done: DispatchSemaphore(value: 0))
        DispatchQueue.global().async {
            let result = Result { () throws(RecordWriteError) -> Data in try encode(record) }
            pending.result.withLock { $0 = result }
            pending.done.signal()
        }
        return pending
    }

    public static func decode(_ data: Data) throws -> DecisionRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(DecisionRecord.self, from: data)
    }

    /// Lowercase words joined by `-`, at most 60 characters, cut at a word.
    public static func slug(_ title: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 60 { break }
            slug = next
        }
        return slug.isEmpty ? "record" : slug
    }

    /// The highest `NNNN-` prefix among the directory's files (0 when none).
    func highestNumber() throws(RecordWriteError) -> Int {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw RecordWriteError("cannot list \(directory): \(error.localizedDescription)")
        }
        return names.compactMap(Self.number(of:)).max() ?? 0
    }

    static func number(of name: String) -> Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, name.dropFirst(4).first == "-" else { return nil }
        return Int(digits)
    }

    /// Writes `data` to a temporary file and links it to `path`; false when `path` exists.
    private func place(_ data: Data, at path: String) throws(RecordWriteError) -> Bool {
        let temporary = (directory as NSString).appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw RecordWriteError("cannot write in \(directory): \(error.localizedDescription); choose another directory with --out")
        }
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return true }
        let code = errno
        if code == EEXIST { return false }
        throw RecordWriteError("cannot create \(path): \(String(cString: strerror(code)))")
    }

    /// An exclusive advisory lock on the reports directory, held while a number is chosen and the files are
    /// placed; released on close, so a killed process never leaves it held, and no lock file is left behind.
    private struct Lock {
        let fd: Int32

        init(directory: String) throws(RecordWriteError) {
            fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else {
                throw RecordWriteError("cannot open \(directory): \(String(cString: strerror(errno))); choose another directory with --out")
            }
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }

        func release() {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}

/// A record could not be written. The review's result is not lost: the command prints it instead.
public struct RecordWriteError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
