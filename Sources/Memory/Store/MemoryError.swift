/// The memory could not be used. The message names the file and says what to do; the command exits with 2.
public struct MemoryError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
