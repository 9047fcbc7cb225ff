#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A text input read whole, with the checks every command applies before it parses anything:
/// the path exists, is a regular file, is not empty, is not larger than a limit, and is UTF-8 text.
public struct TextFile: Sendable {
    /// The path as the user gave it; diagnostics print this.
    public let path: String
    public let text: String
    /// The file's bytes, exactly as read (the SHA-256 in records is over these).
    public let bytes: Data

    public static let defaultSizeLimit = 64 * 1024 * 1024

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.bytes = Data(text.utf8)
    }

    /// Reads `path`, refusing anything that is not a readable UTF-8 text file of at most `sizeLimit` bytes.
    public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) throws(InputError) -> TextFile {
        // One stat(2) for existence, kind and size. (FileManager's attributesOfItem also looked up the
        // owner's and group's names: /etc/passwd, /etc/group and four connects to the name service, on
        // every file read.)
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw InputError(path: path, problem: .missing) }
            throw InputError(path: path, problem: .unreadable(String(cString: strerror(errno))))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw InputError(path: path, problem: .directory) }
        let size = Int(info.st_size)
        if size > sizeLimit { throw InputError(path: path, problem: .tooLarge(size: size, limit: sizeLimit)) }
        return try decode(readAll(path, sizeHint: size, sizeLimit: sizeLimit), path: path)
    }

    /// The bytes of `path`, read with open(2) and read(2). (Foundation's `Data(contentsOf:)` took 0.6 to
    /// 3 ms for a 200 KB file in a fresh process, a tenth of `review inspect`.) Special files report size
    /// 0, so the read goes on to the end of the file whatever `sizeHint` says, and stops past `sizeLimit`.
    private static func readAll(_ path: String, sizeHint: Int, sizeLimit: Int) throws(InputError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(path: path, problem: .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var capacity = max(sizeHint, 4096) + 1
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        var count = 0
        while true {
            if count == capacity {
                let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                grown.copyMemory(from: buffer, byteCount: count)
                buffer.deallocate()
                buffer = grown
                capacity *= 2
            }
            let got = readBytes(fd, buffer + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.deallocate()
                throw InputError(path: path, problem: .unreadable(reason))
            }
            if got == 0 { break }
            count += got
            if count > sizeLimit {
                buffer.deallocate()
                throw InputError(path: path, problem: .tooLarge(size: count, limit: sizeLimit))
            }
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .custom { pointer, _ in pointer.deallocate() })
    }

    /// Checks already-read bytes the same way `read` does.
    public static func decode(_ data: Data, path: String) throws(InputError) -> TextFile {
        // Over the raw bytes (iterating `Data` element by element costs ~20 ms on 600 KB): memchr finds a
        // NUL, and the blank check stops at the first byte that is not white space.
        let scan = data.withUnsafeBytes { raw -> (text: String?, zero: Int?, blank: Bool) in
            if let base = raw.baseAddress, let zero = memchr(base, 0, raw.count) {
                return (nil, base.distance(to: UnsafeRawPointer(zero)), false)
            }
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0a || $0 == 0x0d }) { return (nil, nil, true) }
            // A UTF-8 byte order mark is not part of the text.
            let start = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return (String(validating: raw[start...], as: UTF8.self), nil, false)
        }
        if scan.blank { throw InputError(path: path, problem: .empty) }
        if let zero = scan.zero { throw InputError(path: path, problem: .binary(offset: zero)) }
        guard let text = scan.text else {
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            throw InputError(path: path, problem: .notUTF8(offset: firstInvalidUTF8Offset(bytes)))
        }
        return TextFile(path: path, text: text, bytes: data)
    }

    private init(path: String, text: String, bytes: Data) {
        self.path = path
        self.text = text
        self.bytes = bytes
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let lead = bytes[offset]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            guard offset + length <= bytes.count else { return offset }
            if length > 1, String(validating: bytes[offset..<offset + length], as: UTF8.self) == nil { return offset }
            offset += length
        }
        return offset
    }
}

/// Why an input could not be read. The message says what happened and what to do.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case missing
        case directory
        case empty
        case binary(offset: Int)
        case notUTF8(offset: Int)
        case tooLarge(size: Int, limit: Int)
        case unreadable(String)
    }

    public let path: String
    public let problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .missing:
            return "\(path): no such file; check the path (it is relative to \(FileManager.default.currentDirectoryPath))"
        case .directory:
            return "\(path): is a directory; give a .sql file (review lint and review audit take directories)"
        case .empty:
            return "\(path): the file is empty; there is nothing to read"
        case .binary(let offset):
            return "\(path): not a text file (NUL byte at offset \(offset)); give the DDL as plain SQL text"
        case .notUTF8(let offset):
            return "\(path): not UTF-8 text (invalid byte at offset \(offset)); convert it, e.g. iconv -f LATIN1 -t UTF-8"
        case .tooLarge(let size, let limit):
            return "\(path): \(size) bytes is larger than the limit of \(limit) bytes; raise it with --max-input-size"
        case .unreadable(let reason):
            return "\(path): cannot be read: \(reason)"
        }
    }
}

/// read(2), named apart from `TextFile.read`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
#if canImport(Glibc)
    Glibc.read(fd, buffer, count)
#else
    Darwin.read(fd, buffer, count)
#endif
}
