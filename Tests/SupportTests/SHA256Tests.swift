import Foundation
import Testing
@testable import Support

@Suite struct SHA256Tests {
    // Vectors from FIPS 180-2 appendix B.
    @Test func knownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func digestsWhileLibcryptoLoadsInTheBackground() async {
        SHA256.loadInBackground()
        let digests = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { SHA256.hex("abc") } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(digests == Array(repeating: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", count: 8))
    }

    @Test func incrementalUpdatesEqualOneShot() {
        var hash = SHA256()
        hash.update("ab")
        hash.update(Data("c".utf8))
        #expect(hash.finalizeHex() == SHA256.hex("abc"))
    }
}
