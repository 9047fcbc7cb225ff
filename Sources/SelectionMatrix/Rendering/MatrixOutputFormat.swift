/// How `review matrix` prints: an aligned table for terminals, GitHub markdown, or JSON for programs.
public enum MatrixOutputFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case json
}
