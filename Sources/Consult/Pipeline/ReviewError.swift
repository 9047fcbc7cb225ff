/// Why a review could not run at all: a bad option, configuration, prompt directory or input file.
/// Every such problem is exit code 2 and says what to do; nothing has been asked or written yet.
public struct ReviewError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
