import Consensus
import Foundation
import Schema
import SelectionMatrix
import Support

/// The inputs of one review, read and checked: schemas parsed into models, documents read as text.
public struct ReviewInputs: Sendable {
    public struct SchemaInput: Sendable {
        public var file: TextFile
        public var read: SchemaReadResult
        /// The compact text the panel is shown (computed with the read, off the critical path of a review).
        public var digest: String
        /// Requirements the schema suggests, with their evidence.
        public var derivedRequirements: [DerivedRequirement]
    }

    public let schemas: [SchemaInput]
    public let documents: [TextFile]
    /// The record's view of each schema input (hash, dialect, fingerprint, counts), computed once.
    public let schemaRecords: [InputRecord]

    /// Reads every file of the request. A file that cannot be read is an `InputError` (exit code 2);
    /// statements that do not parse are kept as diagnostics in the read result.
    public static func load(_ request: ReviewRequest) throws(InputError) -> ReviewInputs {
        var schemas: [SchemaInput] = []
        var documents: [TextFile] = []
        for path in request.files {
            let file = try TextFile.read(path, sizeLimit: request.maxInputSize)
            if ReviewRequest.isSchema(path) {
                let read = SchemaReader.read(file, dialect: request.dialect)
                schemas.append(SchemaInput(file: file, read: read, digest: SchemaDigest.render(read.model),
                                           derivedRequirements: RequirementDerivation.derive(from: read.model)))
            } else {
                documents.append(file)
            }
        }
        return ReviewInputs(schemas: schemas, documents: documents, schemaRecords: schemas.map(Self.record))
    }

    public var models: [SchemaModel] { schemas.map(\.read.model) }

    private static func record(_ input: SchemaInput) -> InputRecord {
        InputRecord(path: input.file.path, sha256: SHA256.hex(input.file.bytes), bytes: input.file.bytes.count,
                    dialect: input.read.dialect, dialectReason: input.read.dialectReason,
                    fingerprint: SchemaFingerprint.of(input.read.model), tables: input.read.model.tables.count,
                    parseErrors: input.read.errorCount, skippedStatements: input.read.skippedCount)
    }

    public var documentRecords: [InputRecord] {
        documents.map { InputRecord(path: $0.path, sha256: SHA256.hex($0.bytes), bytes: $0.bytes.count) }
    }
}
