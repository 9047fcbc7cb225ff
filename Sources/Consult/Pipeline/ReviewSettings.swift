import Foundation
import Lint
import ModelClients
import SelectionMatrix

/// What a review runs with, resolved once from `review.toml`, the environment and the command line:
/// the panel, the prompt files, the selection matrix, the lint configuration and where records go.
public struct ReviewSettings: Sendable {
    public var panel: Panel
    public var prompts: PromptLibrary
    public var matrix: SelectionMatrix
    public var lint: LintConfiguration
    /// Where records are written (`reports/` unless `--out`).
    public var reportsDirectory: String
    /// The configuration file the settings came from, for messages.
    public var configPath: String?

    public static let defaultReportsDirectory = "reports"

    public init(panel: Panel, prompts: PromptLibrary = .builtin, matrix: SelectionMatrix = .builtIn,
                lint: LintConfiguration = LintConfiguration(), reportsDirectory: String = defaultReportsDirectory,
                configPath: String? = nil) {
        self.panel = panel
        self.prompts = prompts
        self.matrix = matrix
        self.lint = lint
        self.reportsDirectory = reportsDirectory
        self.configPath = configPath
    }

    /// Reads every section a review needs from `config`; `promptsDirectory` is `--prompts`, else a `prompts/`
    /// directory in the working directory, else the built-in copies.
    public static func load(config: ConfigFile, promptsDirectory: String? = nil, reportsDirectory: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: String = FileManager.default.currentDirectoryPath) throws(ReviewError) -> ReviewSettings {
        do {
            let panel = try config.panel(environment: environment)
            let lint = try config.section("lint", as: LintConfiguration.self) ?? LintConfiguration()
            let matrixSection = try config.section("matrix", as: MatrixConfiguration.self)
            let base = config.path.map { ($0 as NSString).deletingLastPathComponent } ?? workingDirectory
            let matrix: SelectionMatrix
            do {
                matrix = try SelectionMatrix.configured(matrixSection, relativeTo: base.isEmpty ? workingDirectory : base)
            } catch {
                throw ReviewError("\(error)")
            }
            let prompts: PromptLibrary
            do {
                prompts = try PromptLibrary.load(directory: promptsDirectory, workingDirectory: workingDirectory)
            } catch {
                throw ReviewError("\(error)")
            }
            return ReviewSettings(panel: panel, prompts: prompts, matrix: matrix, lint: lint,
                                  reportsDirectory: reportsDirectory ?? defaultReportsDirectory, configPath: config.path)
        } catch let error as ReviewError {
            throw error
        } catch {
            throw ReviewError("\(error)")
        }
    }
}
