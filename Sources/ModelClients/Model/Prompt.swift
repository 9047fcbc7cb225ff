import Support

/// What one panelist is asked: the same value goes to every panelist of a question.
public struct Prompt: Sendable, Codable, Hashable {
    /// System instructions (the role's framing).
    public var system: String
    /// The question itself, with its inputs.
    public var user: String
    /// JSON Schema of the expected answer; nil asks for free text.
    public var schema: JSONValue?
    /// The schema's name where a provider wants one (OpenAI `json_schema.name`).
    public var schemaName: String
    /// Overrides the panelist's `max_tokens` when set.
    public var maxTokens: Int?
    /// Overrides the panelist's `temperature` when set.
    public var temperature: Double?

    public init(system: String, user: String, schema: JSONValue? = nil, schemaName: String = "answer",
                maxTokens: Int? = nil, temperature: Double? = nil) {
        self.system = system
        self.user = user
        self.schema = schema
        self.schemaName = schemaName
        self.maxTokens = maxTokens
        self.temperature = temperature
    }
}
