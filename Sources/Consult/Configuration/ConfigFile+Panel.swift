import Foundation
import ModelClients

extension ConfigFile {
    /// The panel of this configuration: the `[[panelist]]` and `[panel]` tables, keys read from
    /// `environment`; with no `[[panelist]]` tables, the default panel formed from the environment.
    public func panel(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> Panel {
        let panelists = try section("panelist", as: [PanelistConfiguration].self)
        let settings = try section("panel", as: PanelSettingsConfiguration.self)
        do {
            return try Panel.resolve(panelists, settings: settings, environment: environment)
        } catch {
            throw ConfigError(path: path ?? Self.defaultName, message: error.message)
        }
    }
}
