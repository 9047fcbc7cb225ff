import CCurl
import Foundation
@testable import ModelClients
import Testing

@Suite("libcurl loaded on first use")
struct CurlLoadingTests {
    @Test("the real libcurl loads on this machine")
    func loads() {
        #expect(review_curl_load_error() == nil)
    }

    @Test("a library that is not there gives a one-line reason that says what to install")
    func missingLibrary() {
        var table = review_curl_api()
        var reason = [CChar](repeating: 0, count: 512)
        let opened = review_curl_open("libcurl-review-missing.so.4", &table, &reason, reason.count)
        let message = text(reason)
        #expect(opened == 0)
        #expect(message.hasPrefix("libcurl could not be loaded ("))
        #expect(message.contains("libcurl-review-missing.so.4"))
        #expect(message.contains("install libcurl 7.68 or later"))
        #expect(!message.contains("\n"))
    }

    @Test("a library without curl's functions is refused by name")
    func wrongLibrary() {
        var table = review_curl_api()
        var reason = [CChar](repeating: 0, count: 512)
        let opened = review_curl_open("libc.so.6", &table, &reason, reason.count)
        #expect(opened == 0)
        #expect(text(reason) == "libc.so.6 has no curl_global_init; install libcurl 7.68 or later (Debian/Ubuntu: libcurl4)")
    }

    @Test("a transport without libcurl fails each request with that reason instead of crashing")
    func transportWithoutLibcurl() async throws {
        let transport = CurlTransport(loadError: "libcurl could not be loaded (gone); install libcurl")
        for _ in 0..<2 {
            do {
                _ = try await transport.send(HTTPRequest(url: "http://127.0.0.1:9/x", body: Data()))
                Issue.record("expected the missing libcurl to be reported")
            } catch let error as TransportError {
                #expect(error.kind == .other)
                #expect(error.message == "libcurl could not be loaded (gone); install libcurl")
            }
        }
        #expect(transport.activeTransferCount == 0)
        transport.shutdown()
    }

    /// The NUL-terminated text in a C buffer.
    private func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
