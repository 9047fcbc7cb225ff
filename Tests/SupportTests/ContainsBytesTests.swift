import Support
import Testing

@Suite struct ContainsBytesTests {
    @Test func theBytesAreFoundAnywhere() {
        #expect("DATA-AB".containsBytes(of: "DATA-AB"))
        #expect("x DATA-ADATA-AB y".containsBytes(of: "DATA-AB"), "after a partial match")
        #expect("größe → DATA-AB".containsBytes(of: "DATA-AB"), "after multi-byte characters")
        #expect(!"DATA-A".containsBytes(of: "DATA-AB"))
        #expect(!"data-ab DATA-AC".containsBytes(of: "DATA-AB"))
        #expect(!"".containsBytes(of: "DATA-AB"))
        #expect("anything".containsBytes(of: ""), "an empty needle occurs everywhere")
    }
}
