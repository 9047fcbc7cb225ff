extension SelectionMatrix {
    /// Whether recommending `a` and recommending `b` are both valid for `requirements` (see
    /// `Compatibility.Kind`). The same profile is always compatible with itself; an unknown database never
    /// is, since the matrix cannot vouch for it; otherwise both must be free of violations.
    public func compatibility(_ a: DatabaseRef, _ b: DatabaseRef, for requirements: [Requirement]) -> Compatibility {
        let first = check(a, against: requirements)
        let second = check(b, against: requirements)
        let names = (first.profileName ?? a.raw, second.profileName ?? b.raw)
        guard let idA = a.profileID, let idB = b.profileID, first.verdict != .unknown, second.verdict != .unknown else {
            let unknown = [a, b].filter { !$0.isKnown }.map { "'\($0.raw)'" }.joined(separator: " and ")
            return Compatibility(kind: .unknown, first: first, second: second,
                                 explanation: "\(unknown) not in the selection matrix, so their validity cannot be judged")
        }
        if idA == idB {
            return Compatibility(kind: .same, first: first, second: second,
                                 explanation: "both name \(names.0)")
        }
        let violations = [first, second].filter { $0.verdict == .violates }
        if !violations.isEmpty {
            return Compatibility(kind: .conflicting, first: first, second: second,
                                 explanation: violations.map(\.summary).joined(separator: "; "))
        }
        if let relation = relation(between: idA, and: idB) {
            return Compatibility(kind: .related, first: first, second: second,
                                 explanation: "both are valid, and \(relation)")
        }
        let scope = requirements.isEmpty ? "no requirements were given" : "both are valid for \(requirements.map(\.rawValue).joined(separator: ", "))"
        return Compatibility(kind: .bothValid, first: first, second: second, explanation: scope)
    }

    /// Whether a panel split between `a` and `b` is a split rather than a conflict.
    public func areCompatible(_ a: DatabaseRef, _ b: DatabaseRef, for requirements: [Requirement]) -> Bool {
        compatibility(a, b, for: requirements).areCompatible
    }

    /// `areCompatible` on the built-in matrix.
    public static func areCompatible(_ a: DatabaseRef, _ b: DatabaseRef, for requirements: [Requirement]) -> Bool {
        builtIn.areCompatible(a, b, for: requirements)
    }

    /// Whether every pair of `options` is compatible: the condition for a "split" tier.
    public func allCompatible(_ options: [DatabaseRef], for requirements: [Requirement]) -> Bool {
        for (index, a) in options.enumerated() {
            for b in options[(index + 1)...] where !areCompatible(a, b, for: requirements) { return false }
        }
        return true
    }

    /// How two profiles are related, in words, or nil.
    func relation(between a: String, and b: String) -> String? {
        guard let first = profile(a), let second = profile(b) else { return nil }
        if first.host == b { return "\(first.name) runs inside \(second.name)" }
        if second.host == a { return "\(second.name) runs inside \(first.name)" }
        if let host = first.host, host == second.host, let hostName = profile(host)?.name {
            return "both run inside \(hostName)"
        }
        if first.compatibleWith.contains(b) { return "\(first.name) is compatible with \(second.name)" }
        if second.compatibleWith.contains(a) { return "\(second.name) is compatible with \(first.name)" }
        return nil
    }
}
