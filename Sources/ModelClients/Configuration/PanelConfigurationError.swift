/// A panel configuration that cannot be used. The message names the panelist and the key, says what
/// to do, and never repeats a value that might be a key.
public struct PanelConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
