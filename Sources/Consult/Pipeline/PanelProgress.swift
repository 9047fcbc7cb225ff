import ModelClients

/// What the pipeline reports while panelists answer.
public enum PanelProgressEvent: Sendable {
    /// The panel is being asked; every panelist is now waiting.
    case started([Panelist])
    /// One panelist's reply arrived (in whatever order they finish).
    case finished(Reply, fromCache: Bool)
    /// Every panelist has answered or failed.
    case done
}

public typealias PanelProgressSink = @Sendable (PanelProgressEvent) -> Void
