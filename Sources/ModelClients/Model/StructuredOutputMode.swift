/// How a panelist is asked for JSON.
public enum StructuredOutputMode: String, Sendable, Codable, CaseIterable, Hashable {
    /// The provider constrains the answer to the JSON Schema (OpenAI `json_schema` strict, Anthropic
    /// `output_config.format`, Gemini `responseJsonSchema`, Ollama `format`).
    case schema
    /// The provider's plain JSON mode where it has one, with the schema in the instructions.
    case json
    /// Instructions only, for servers that reject structured-output parameters.
    case prompt
}
