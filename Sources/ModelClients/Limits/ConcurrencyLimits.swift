import Foundation
import Support

/// The in-flight limits every request of a process goes through: one overall, and one per provider
/// (per API host, `scheme://host:port`, so two panelists on the same account share it).
///
/// A request takes its provider's permit first and the overall one second, so a busy provider never
/// holds overall permits while it waits; permits are released while a retry waits.
public final class ConcurrencyLimits: Sendable {
    public let overall: AsyncSemaphore
    public let defaultPerProvider: Int
    private let providers = Locked([String: AsyncSemaphore]())

    public init(overall: Int, perProvider: Int) {
        self.overall = AsyncSemaphore(limit: max(1, overall))
        self.defaultPerProvider = max(1, perProvider)
    }

    /// The semaphore of `panelist`'s API host; the first panelist to name a host sets its limit
    /// (its `max_concurrency`, else the default).
    func semaphore(for panelist: Panelist) -> AsyncSemaphore {
        let key = Self.hostKey(panelist.baseURL)
        return providers.withLock { providers in
            if let existing = providers[key] { return existing }
            let semaphore = AsyncSemaphore(limit: max(1, panelist.maxConcurrency ?? defaultPerProvider))
            providers[key] = semaphore
            return semaphore
        }
    }

    /// Runs `body` holding one provider permit and one overall permit.
    func withPermits<T: Sendable>(for panelist: Panelist, _ body: () async throws -> T) async throws -> T {
        let provider = semaphore(for: panelist)
        try await provider.acquire()
        defer { provider.release() }
        try await overall.acquire()
        defer { overall.release() }
        return try await body()
    }

    static func hostKey(_ baseURL: String) -> String {
        guard let components = URLComponents(string: baseURL) else { return baseURL }
        let scheme = components.scheme?.lowercased() ?? ""
        let host = components.host?.lowercased() ?? ""
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)"
    }
}
