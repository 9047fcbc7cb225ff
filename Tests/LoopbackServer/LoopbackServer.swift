#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Support

/// A small HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for tests and benchmarks: it speaks
/// the four providers' wire formats with scripted answers per path and model, and produces faults at
/// the socket level (resets, stalls, truncated and oversized bodies), not just as status codes.
///
/// Each connection is served by its own thread with blocking sockets, so a delay or a stall on one
/// connection never holds up another. Every request is recorded, headers included.
public final class LoopbackServer: @unchecked Sendable {
    private struct RouteKey: Hashable {
        let path: String
        let model: String?
    }

    private struct Route {
        var steps: [LoopbackStep]
        var next = 0
    }

    private struct State {
        var routes: [RouteKey: Route] = [:]
        var requests: [RecordedRequest] = []
        var connections = 0
        var openSockets: Set<Int32> = []
        var inFlight = 0
        var peakInFlight = 0
        var stopped = false
    }

    /// The port the server listens on (chosen by the system).
    public let port: Int
    private let listener: Int32
    private let state = Locked(State())

    /// `http://127.0.0.1:PORT`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts listening on 127.0.0.1 and accepting on a background thread.
    public init() throws {
        let (fd, boundPort) = try ClosedLoopbackPort.bindLoopback(reuseAddress: true)
        guard listen(fd, 256) == 0 else {
            close(fd)
            throw LoopbackServerError("listen on 127.0.0.1 failed: errno \(errno)")
        }
        listener = fd
        port = boundPort
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback.accept"
        thread.start()
    }

    deinit {
        stop()
    }

    // MARK: scripting

    /// Scripts `path` (for `model`, or for any model when nil): the steps play in order, the last repeats.
    public func route(_ path: String, model: String? = nil, _ steps: [LoopbackStep]) {
        precondition(!steps.isEmpty, "a route needs at least one step")
        state.withLock { $0.routes[RouteKey(path: path, model: model)] = Route(steps: steps) }
    }

    public func route(_ path: String, model: String? = nil, _ steps: LoopbackStep...) {
        route(path, model: model, steps)
    }

    // MARK: what happened

    public var requests: [RecordedRequest] { state.withLock { $0.requests } }

    public func requestCount(path: String? = nil) -> Int {
        state.withLock { state in state.requests.filter { path == nil || $0.path == path }.count }
    }

    /// Connections accepted so far (connection reuse keeps this low).
    public var connectionCount: Int { state.withLock { $0.connections } }

    /// The most requests that were being answered at the same moment.
    public var peakInFlight: Int { state.withLock { $0.peakInFlight } }

    /// Stops accepting and wakes every connection thread (stalled ones included).
    public func stop() {
        let sockets = state.withLock { state -> Set<Int32>? in
            guard !state.stopped else { return nil }
            state.stopped = true
            return state.openSockets
        }
        guard let sockets else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        for fd in sockets { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    // MARK: sockets

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                break
            }
            let index = state.withLock { state -> Int? in
                guard !state.stopped else { return nil }
                state.openSockets.insert(fd)
                state.connections += 1
                return state.connections - 1
            }
            guard let index else { close(fd); break }
            var yes: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let thread = Thread { [self] in serve(fd, connection: index) }
            thread.name = "loopback.connection"
            thread.start()
        }
        close(listener)
    }

    private func serve(_ fd: Int32, connection: Int) {
        var pending: [UInt8] = []
        var keepOpen = true
        while keepOpen, !isStopped, let request = readRequest(fd, buffer: &pending, connection: connection) {
            let step = state.withLock { state -> LoopbackStep in
                state.requests.append(request)
                state.inFlight += 1
                state.peakInFlight = max(state.peakInFlight, state.inFlight)
                return Self.nextStep(&state.routes, request)
            }
            keepOpen = perform(step, fd: fd, request: request, format: LoopbackWireFormat(path: request.path))
            state.withLock { $0.inFlight -= 1 }
        }
        state.withLock { _ = $0.openSockets.remove(fd) }
        close(fd)
    }

    private static func nextStep(_ routes: inout [RouteKey: Route], _ request: RecordedRequest) -> LoopbackStep {
        let path = request.path.split(separator: "?").first.map(String.init) ?? request.path
        for key in [RouteKey(path: path, model: request.model), RouteKey(path: path, model: nil)] {
            guard var route = routes[key] else { continue }
            let step = route.steps[min(route.next, route.steps.count - 1)]
            route.next += 1
            routes[key] = route
            return step
        }
        return .error(status: 404, message: "no route scripted for \(request.method) \(path) (model \(request.model ?? "none"))")
    }

    /// Reads one request (headers, then a Content-Length body); nil when the peer closed.
    private func readRequest(_ fd: Int32, buffer: inout [UInt8], connection: Int) -> RecordedRequest? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headerEnd: Int?
        while headerEnd == nil {
            headerEnd = Self.find(separator, in: buffer)
            if headerEnd == nil {
                guard receive(fd, into: &buffer) else { return nil }
            }
        }
        guard let end = headerEnd else { return nil }
        let head = String(decoding: buffer[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        let bodyStart = end + 4
        while buffer.count < bodyStart + length {
            guard receive(fd, into: &buffer) else { return nil }
        }
        let body = Data(buffer[bodyStart..<bodyStart + length])
        buffer.removeFirst(bodyStart + length)
        let path = String(requestLine[1])
        return RecordedRequest(method: String(requestLine[0]), path: path, headers: headers, body: body,
                               model: Self.model(path: path, body: body), connection: connection)
    }

    private static func model(path: String, body: Data) -> String? {
        if let range = path.range(of: "/models/"), let colon = path[range.upperBound...].firstIndex(of: ":") {
            return String(path[range.upperBound..<colon]).removingPercentEncoding
        }
        let json = try? JSONSerialization.jsonObject(with: body) as? [String: Any]
        return json?["model"] as? String
    }

    private func receive(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<i + needle.count]) == needle { return i }
        }
        return nil
    }

    @discardableResult
    fileprivate func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 {
                if sent < 0 && errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    // MARK: steps

    /// Plays `step`; false when the connection must be closed afterwards.
    private func perform(_ step: LoopbackStep, fd: Int32, request: RecordedRequest, format: LoopbackWireFormat) -> Bool {
        switch step {
        case .delayed(let duration, let inner):
            let deadline = ContinuousClock.now + duration
            while ContinuousClock.now < deadline {
                if isStopped { return false }
                usleep(2_000)
            }
            return perform(inner, fd: fd, request: request, format: format)
        case .awaitingPeers(let count, let inner):
            let deadline = ContinuousClock.now + .seconds(10)
            while peakInFlight < count, ContinuousClock.now < deadline {
                if isStopped { return false }
                usleep(1_000)
            }
            return perform(inner, fd: fd, request: request, format: format)
        case .answer(let answer):
            let body = Self.json(format.answerBody(answer, model: request.model ?? "unknown-model"))
            let headers = format.requestIDHeader.map { [($0, answer.requestID)] } ?? []
            return respond(fd, status: 200, headers: headers, body: body)
        case .raw(let status, let headers, let body):
            return respond(fd, status: status, headers: headers, body: Array(body.utf8))
        case .rateLimited(let hint):
            var headers: [(String, String)] = []
            switch hint {
            case .milliseconds(let ms): headers.append(("retry-after-ms", "\(ms)"))
            case .seconds(let seconds): headers.append(("retry-after", "\(seconds)"))
            case .httpDate(let date): headers.append(("retry-after", Self.httpDate(date)))
            case .none: break
            }
            let body = Self.json(format.errorBody(status: 429, message: "Rate limit reached for requests. Please try again later."))
            return respond(fd, status: 429, headers: headers, body: body)
        case .quotaExhausted:
            let body = Self.json(format.errorBody(status: 429, message: "You exceeded your current quota, please check your plan and billing details.", code: format.quotaCode))
            return respond(fd, status: 429, headers: [], body: body)
        case .error(let status, let message):
            return respond(fd, status: status, headers: [], body: Self.json(format.errorBody(status: status, message: message)))
        case .htmlError:
            let page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{font:14px sans-serif}</style></head><body><h1>Bad Gateway</h1><p>The upstream server did not answer.</p><hr><address>loopback-proxy</address></body></html>"
            return respond(fd, status: 502, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(page.utf8))
        case .reset:
            // Linger 0: close() sends RST instead of FIN.
            var option = linger(l_onoff: 1, l_linger: 0)
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
            return false
        case .stall:
            let full = Self.json(format.answerBody(ScriptedAnswer(text: "this answer never finishes"), model: request.model ?? "unknown-model"))
            write(fd, Self.head(status: 200, headers: [("Content-Type", "application/json")], length: full.count))
            write(fd, Array(full.prefix(full.count / 2)))
            var probe = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            var scratch = [UInt8](repeating: 0, count: 1024)
            while !isStopped {
                let ready = poll(&probe, 1, 50)
                if ready > 0 {
                    let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                    if count <= 0 { break }
                }
            }
            return false
        case .truncatedJSON:
            let full = Self.json(format.answerBody(ScriptedAnswer(text: "cut short"), model: request.model ?? "unknown-model"))
            return respond(fd, status: 200, headers: [], body: Array(full.prefix(full.count / 2)))
        case .oversized(let bytes, let announced):
            if announced {
                write(fd, Self.head(status: 200, headers: [("Content-Type", "application/json")], length: bytes))
            } else {
                write(fd, Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n".utf8))
            }
            let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 65536)
            var sent = 0
            while sent < bytes, !isStopped {
                let piece = min(chunk.count, bytes - sent)
                guard write(fd, Array(chunk[..<piece])) else { break }
                sent += piece
            }
            return false
        }
    }

    private func respond(_ fd: Int32, status: Int, headers: [(String, String)], body: [UInt8]) -> Bool {
        var all = headers
        if !all.contains(where: { $0.0.lowercased() == "content-type" }) { all.append(("Content-Type", "application/json")) }
        return write(fd, Self.head(status: status, headers: all, length: body.count) + body)
    }

    private static func head(status: Int, headers: [(String, String)], length: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(length)\r\nConnection: keep-alive\r\n\r\n"
        return Array(text.utf8)
    }

    private static func reason(_ status: Int) -> String {
        [200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests",
         500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 529: "Overloaded"][status] ?? "Status"
    }

    private static func json(_ object: [String: Any]) -> [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Array(data)
    }

    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}

/// The loopback server could not start.
public struct LoopbackServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
