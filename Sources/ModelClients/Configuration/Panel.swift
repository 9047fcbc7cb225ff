/// The panel of one run: its panelists and the limits they share, and where they came from.
public struct Panel: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        /// `[[panelist]]` tables in review.toml.
        case configuration
        /// No panelists configured: formed from the API key variables that are set.
        case environment
    }

    public var panelists: [Panelist]
    public var settings: PanelSettings
    public var source: Source

    public init(panelists: [Panelist], settings: PanelSettings = PanelSettings(), source: Source) {
        self.panelists = panelists
        self.settings = settings
        self.source = source
    }
}
