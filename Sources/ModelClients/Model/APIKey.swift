/// An API key read from the environment. Printing, dumping or interpolating it shows "<redacted>";
/// only the provider adapters read the value, to put it in the one header that needs it.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let value: String
    /// The environment variable it came from, for messages ("set OPENAI_API_KEY").
    public let variable: String

    public init(_ value: String, variable: String) {
        self.value = value
        self.variable = variable
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: ["variable": variable]) }
}
