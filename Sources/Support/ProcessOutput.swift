#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text written to stdout or stderr with write(2), whole, at once: nothing is buffered, so the two streams
/// never come out of order. (Foundation's `FileHandle` does the same, after setting itself up on first use.)
public struct ProcessOutput: Sendable {
    public let descriptor: Int32

    public static let standardOutput = ProcessOutput(descriptor: 1)
    public static let standardError = ProcessOutput(descriptor: 2)

    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// Writes all of `text`, going on after a signal or a partial write; stops on any other error (a closed
    /// pipe: there is no one left to tell).
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var remaining = bytes.count
            while remaining > 0 {
                let written = writeBytes(descriptor, next, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                next += written
                remaining -= written
            }
        }
    }
}

/// write(2), named apart from `ProcessOutput.write`.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
#if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
#else
    Darwin.write(descriptor, bytes, count)
#endif
}
