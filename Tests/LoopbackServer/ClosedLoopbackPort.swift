import Foundation

/// A port on 127.0.0.1 that is bound but not listening, so every connection to it is refused, held until
/// `close()`. A stopped `LoopbackServer`'s port does not do: another test running at the same time can
/// bind it again at once (a refused-connection test once got an answer that way).
public final class ClosedLoopbackPort: @unchecked Sendable {
    public let port: Int
    private var socketDescriptor: Int32

    public init() throws {
        (socketDescriptor, port) = try Self.bindLoopback()
    }

    /// A TCP socket bound to an ephemeral port on 127.0.0.1 (`reuseAddress` for a server that restarts),
    /// and that port; `LoopbackServer` then listens on it, a closed port does not.
    static func bindLoopback(reuseAddress: Bool = false) throws -> (descriptor: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackServerError("socket() failed: errno \(errno)") }
        if reuseAddress {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            Glibc.close(fd)
            throw LoopbackServerError("bind on 127.0.0.1 failed: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// `http://127.0.0.1:PORT`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public func close() {
        if socketDescriptor >= 0 { Glibc.close(socketDescriptor) }
        socketDescriptor = -1
    }

    deinit { close() }
}
