import COpenSSL
import Foundation

/// SHA-256 through OpenSSL's libcrypto: input hashes in records, schema fingerprints, cache keys.
///
/// libcrypto is loaded by the first digest (see `COpenSSL`'s COpenSSL.h), so commands that never hash do
/// not pay for loading it. Without it no digest can be computed: the process stops with the reason (what
/// to install), as it failed to start at all while libcrypto was linked.
public struct SHA256: ~Copyable {
    private var context = SHA256_CTX()

    public init() {
        if let reason = review_crypto_load_error() {
            fatalError(String(cString: reason))
        }
        _ = review_sha256_init(&context)
    }

    /// Loads libcrypto on another thread now, so that the first digest does not wait for it (for a
    /// command that will hash once it has done other work). Digests are correct whenever they come.
    /// Its own thread, not the global queue's (there it would hold a worker that the reading needs), and a
    /// plain POSIX thread: Foundation's `Thread` sets CoreFoundation up first.
    public static func loadInBackground() {
        review_crypto_load_in_background()
    }

    public mutating func update<Bytes: ContiguousBytes>(_ bytes: Bytes) {
        bytes.withUnsafeBytes { buffer in
            _ = review_sha256_update(&context, buffer.baseAddress, buffer.count)
        }
    }

    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { buffer in
            _ = review_sha256_update(&context, buffer.baseAddress, buffer.count)
        }
    }

    /// The digest as 64 lowercase hexadecimal characters. Ends the hash.
    public consuming func finalizeHex() -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = review_sha256_final(&context, &digest)
        return Hex.encode(digest)
    }

    public static func hex<Bytes: ContiguousBytes>(_ bytes: Bytes) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalizeHex()
    }

    public static func hex(_ string: String) -> String {
        var hash = SHA256()
        hash.update(string)
        return hash.finalizeHex()
    }
}

public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var out = [UInt8]()
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
