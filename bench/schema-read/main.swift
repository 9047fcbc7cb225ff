// In-process timing of the schema reader, for bench/schema-read-pg.sh: the whole `review inspect`
// process also pays for process start and dynamic linking, which this separates out.
//
// Usage: schema-read FILE [RUNS] [DIALECT]
// Reads FILE once, then parses it RUNS times (default 21) with `SchemaReader` and prints the median
// time in ms and what was read, then the median time of the model's fingerprint (`SchemaFingerprint`).
import BenchKit
import Schema

let input = BenchInput.fromCommandLine(name: "schema-read", defaultRuns: 21)
var result: SchemaReadResult?
let median = input.medianMilliseconds { result = SchemaReader.read(input.file, dialect: input.dialect) }
let model = result!.model
print(String(format: "%.3f ms", median),
      "\(model.tables.count) tables, \(model.columnCount) columns, \(result!.diagnostics.count) diagnostics")
var fingerprint = ""
let fingerprintMedian = input.medianMilliseconds { fingerprint = SchemaFingerprint.of(model) }
print(String(format: "fingerprint %.3f ms", fingerprintMedian), fingerprint)
