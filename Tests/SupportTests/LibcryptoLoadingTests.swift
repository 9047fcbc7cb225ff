import COpenSSL
import Testing

@Suite("libcrypto loaded on first use")
struct LibcryptoLoadingTests {
    @Test("the real libcrypto loads on this machine")
    func loads() {
        #expect(review_crypto_load_error() == nil)
    }

    @Test("a library that is not there gives a one-line reason that says what to install")
    func missingLibrary() {
        var table = review_crypto_api()
        var reason = [CChar](repeating: 0, count: 512)
        let opened = review_crypto_open("libcrypto-review-missing.so.3", &table, &reason, reason.count)
        let message = text(reason)
        #expect(opened == 0)
        #expect(message.hasPrefix("libcrypto could not be loaded ("))
        #expect(message.contains("libcrypto-review-missing.so.3"))
        #expect(message.hasSuffix("install OpenSSL 3 (Debian/Ubuntu: libssl3)"))
        #expect(!message.contains("\n"))
    }

    @Test("a library without OpenSSL's functions is refused by name")
    func wrongLibrary() {
        var table = review_crypto_api()
        var reason = [CChar](repeating: 0, count: 512)
        let opened = review_crypto_open("libc.so.6", &table, &reason, reason.count)
        #expect(opened == 0)
        #expect(text(reason) == "libc.so.6 has no SHA256_Init; install OpenSSL 3 (Debian/Ubuntu: libssl3)")
    }

    /// The NUL-terminated text in a C buffer.
    private func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
