import Foundation

/// Which URLs a request may go to: https anywhere, plain http only to this machine unless allowed.
public enum URLPolicy {
    /// Checks `url` and returns its host; throws `TransportError` (.invalidRequest or .insecureURL).
    @discardableResult
    public static func check(_ url: String, allowInsecure: Bool) throws(TransportError) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty else {
            throw TransportError(.invalidRequest, "'\(url)' is not a usable URL; give a full http:// or https:// address")
        }
        switch scheme {
        case "https":
            return host
        case "http":
            if allowInsecure || isLoopback(host: host) { return host }
            throw TransportError(.insecureURL, "refusing plain http to \(host): API keys and prompts would travel unencrypted; use https, or set allow_insecure = true for a trusted network")
        default:
            throw TransportError(.invalidRequest, "'\(scheme)://' is not supported; use https:// (or http:// for a server on this machine)")
        }
    }

    /// True for `localhost`, 127.0.0.0/8 and ::1 (with or without brackets).
    public static func isLoopback(host: String) -> Bool {
        var host = host.lowercased()
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        if host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in UInt8(part) != nil }
    }
}
