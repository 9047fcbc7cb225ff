import Schema

/// Coarse groups of types whose values compare with each other without surprises: an integer column can
/// reference any integer key, a text column any text key, but not an integer one.
enum TypeFamily: Hashable {
    case integer
    case exactNumber
    case approximateNumber
    case text
    case uuid
    case boolean
    case binary
    case dateTime
    case json
    case enumeration(String)
    case other(String)

    init(_ type: DataType) {
        if type.isArray { self = .other(type.normalized); return }
        let kind = type.kind
        if kind.isInteger { self = .integer }
        else if kind == .decimal || kind == .money { self = .exactNumber }
        else if kind.isApproximateNumber { self = .approximateNumber }
        else if kind.isText { self = .text }
        else if kind == .uuid { self = .uuid }
        else if kind == .boolean { self = .boolean }
        else if [.binary, .varbinary, .blob].contains(kind) { self = .binary }
        else if kind.isTemporal { self = .dateTime }
        else if kind == .json || kind == .jsonb { self = .json }
        else if kind == .enumeration { self = .enumeration(type.typeName?.description.lowercased() ?? type.normalized) }
        else { self = .other(type.normalized) }
    }

    /// Families that surrogate and natural keys are made of.
    var canBeKey: Bool {
        switch self {
        case .integer, .text, .uuid, .exactNumber, .binary: true
        default: false
        }
    }
}
