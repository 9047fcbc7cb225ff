import Foundation
import LoopbackServer
@testable import ModelClients
import Testing

@Suite("CurlTransport against the loopback server")
struct CurlTransportTests {
    @Test("a request arrives with its method, path, headers and body, and the response comes back whole")
    func roundTrip() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/echo", .raw(status: 201, headers: [("X-Request-Id", "abc123")], body: "{\"fine\":true}"))
        let transport = CurlTransport()
        let request = HTTPRequest(url: server.baseURL + "/echo", headers: [HTTPHeader("X-Test", "yes")], body: Data("{\"q\":1}".utf8))
        let response = try await transport.send(request)
        #expect(response.status == 201)
        #expect(response.header("x-request-id") == "abc123")
        #expect(String(decoding: response.body, as: UTF8.self) == "{\"fine\":true}")
        let recorded = try #require(server.requests.first)
        #expect(recorded.method == "POST")
        #expect(recorded.path == "/echo")
        #expect(recorded.header("X-Test") == "yes")
        #expect(recorded.bodyText == "{\"q\":1}")
    }

    @Test("sequential requests reuse one connection")
    func connectionReuse() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/ok", .raw(status: 200, headers: [], body: "{}"))
        let transport = CurlTransport()
        for _ in 0..<4 {
            _ = try await transport.send(HTTPRequest(url: server.baseURL + "/ok", body: Data("{}".utf8)))
        }
        #expect(server.requestCount() == 4)
        #expect(server.connectionCount == 1)
    }

    @Test("a response larger than the cap is aborted with responseTooLarge")
    func sizeCap() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/big", .oversized(bytes: 17 * 1024 * 1024))
        server.route("/small", .raw(status: 200, headers: [], body: String(repeating: "y", count: 5000)))
        let transport = CurlTransport()
        // The default cap (16 MB) against a 17 MB body.
        await #expect(throws: TransportError.self) {
            _ = try await transport.send(HTTPRequest(url: server.baseURL + "/big", body: Data()))
        }
        do {
            _ = try await transport.send(HTTPRequest(url: server.baseURL + "/big", body: Data()))
            Issue.record("expected the oversized body to be refused")
        } catch let error as TransportError {
            #expect(error.kind == .responseTooLarge)
            #expect(error.message.contains("16777216"))
        }
        // A small cap on a body of known length.
        var request = HTTPRequest(url: server.baseURL + "/small", body: Data())
        request.maxResponseBytes = 1000
        do {
            _ = try await transport.send(request)
            Issue.record("expected the 5000-byte body to exceed a 1000-byte cap")
        } catch let error as TransportError {
            #expect(error.kind == .responseTooLarge)
        }
        // A body without Content-Length: the write callback stops it as the bytes arrive.
        server.route("/stream", .oversized(bytes: 3 * 1024 * 1024, announced: false))
        request = HTTPRequest(url: server.baseURL + "/stream", body: Data())
        request.maxResponseBytes = 1024 * 1024
        do {
            _ = try await transport.send(request)
            Issue.record("expected the streamed body to exceed the 1 MB cap")
        } catch let error as TransportError {
            #expect(error.kind == .responseTooLarge)
        }
        #expect(transport.activeTransferCount == 0)
    }

    @Test("a stalled body ends in a timeout")
    func stalledBodyTimesOut() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/stall", .stall)
        let transport = CurlTransport()
        var request = HTTPRequest(url: server.baseURL + "/stall", body: Data())
        request.timeout = .milliseconds(300)
        do {
            _ = try await transport.send(request)
            Issue.record("expected a timeout")
        } catch let error as TransportError {
            #expect(error.kind == .timedOut)
            #expect(error.isRetryable)
        }
    }

    @Test("a connection reset is reported as a lost connection")
    func reset() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/reset", .reset)
        let transport = CurlTransport()
        do {
            _ = try await transport.send(HTTPRequest(url: server.baseURL + "/reset", body: Data()))
            Issue.record("expected a broken connection")
        } catch let error as TransportError {
            #expect(error.kind == .connectionLost)
            #expect(error.isRetryable)
        }
    }

    @Test("a refused connection is reported as such")
    func refusedConnection() async throws {
        let closed = try ClosedLoopbackPort()
        defer { closed.close() }
        let url = closed.baseURL + "/gone"
        let transport = CurlTransport()
        do {
            _ = try await transport.send(HTTPRequest(url: url, body: Data()))
            Issue.record("expected the connection to be refused")
        } catch let error as TransportError {
            #expect(error.kind == .connectionFailed)
        }
    }

    @Test("plain http to a host that is not loopback is refused before anything is sent",
          arguments: ["http://example.com/v1", "http://10.1.2.3:8000/v1", "http://192.168.1.5/api"])
    func insecureRefused(url: String) async throws {
        let transport = CurlTransport()
        do {
            _ = try await transport.send(HTTPRequest(url: url, body: Data()))
            Issue.record("expected \(url) to be refused")
        } catch let error as TransportError {
            #expect(error.kind == .insecureURL)
            #expect(error.message.contains("allow_insecure"))
        }
    }

    @Test("loopback hosts may use plain http", arguments: ["127.0.0.1", "127.3.4.5", "localhost", "::1", "[::1]"])
    func loopbackHosts(host: String) {
        #expect(URLPolicy.isLoopback(host: host))
    }

    @Test("non-loopback hosts are not mistaken for loopback", arguments: ["128.0.0.1", "localhost.example.com", "10.0.0.1", "127.0.0.1.nip.io"])
    func notLoopback(host: String) {
        #expect(!URLPolicy.isLoopback(host: host))
    }

    @Test("cancelling the calling task removes the transfer at once")
    func cancellation() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/slow", .delayed(.seconds(30), .raw(status: 200, headers: [], body: "{}")))
        let transport = CurlTransport()
        let task = Task {
            try await transport.send(HTTPRequest(url: server.baseURL + "/slow", body: Data()))
        }
        await eventually { server.requestCount() == 1 }
        #expect(transport.activeTransferCount == 1)
        let started = ContinuousClock.now
        task.cancel()
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(ContinuousClock.now - started < .seconds(10), "cancellation must not wait for the 30 s answer")
        #expect(transport.activeTransferCount == 0)
    }

    @Test("a task cancelled before sending never reaches the server")
    func cancelledBeforeSend() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        server.route("/ok", .raw(status: 200, headers: [], body: "{}"))
        let transport = CurlTransport()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(HTTPRequest(url: server.baseURL + "/ok", body: Data()))
        }
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
        try await Task.sleep(for: .milliseconds(50))
        #expect(server.requestCount() == 0)
    }

    @Test("a shut-down transport fails new requests clearly")
    func shutdown() async throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let transport = CurlTransport()
        transport.shutdown()
        do {
            _ = try await transport.send(HTTPRequest(url: server.baseURL + "/x", body: Data()))
            Issue.record("expected a shutdown error")
        } catch let error as TransportError {
            #expect(error.kind == .shutdown)
        }
    }
}
