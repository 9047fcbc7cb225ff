import Schema

/// What a rule's check reports: where, about what, and a message specific to the object. The engine adds
/// the rule id, the configured severity and the rule's fix to make a `Diagnostic`.
public struct RuleFinding: Sendable, Hashable {
    /// A finding's text. Rules declare theirs next to themselves as `fileprivate static` members of an
    /// extension, so that the wording is reviewed with the rule (the swift-format pattern).
    public struct Message: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
        public let text: String

        public init(stringLiteral value: String) { text = value }
        public init(stringInterpolation: DefaultStringInterpolation) { text = String(stringInterpolation: stringInterpolation) }

        public var description: String { text }
    }

    public var message: Message
    public var location: SourceLocation
    /// `table` or `table.column` (the table name is schema-qualified outside the default schema).
    public var target: String?

    public init(_ message: Message, at location: SourceLocation, target: String?) {
        self.message = message
        self.location = location
        self.target = target
    }
}
