/// The tool's version, printed by `review --version` and written into every record.
public enum ReviewVersion {
    public static let current = "0.1.0"
}
