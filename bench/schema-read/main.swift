// In-process timing of the schema reader, for bench/schema-read-pg.sh: the whole `review inspect`
// process also pays for process start and dynamic linking, which this separates out.
//
// Usage: schema-read FILE [RUNS] [DIALECT]
// Reads FILE once, then parses it RUNS times (default 21) with `SchemaReader` and prints the median
// time in ms and what was read.
#if canImport(Glibc)
import Glibc
#endif
import Schema
import Support

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: schema-read FILE [RUNS] [DIALECT]\n", terminator: "")
    exit(2)
}
let runs = arguments.count > 2 ? max(Int(arguments[2]) ?? 21, 1) : 21
let dialect = arguments.count > 3 ? Dialect(userInput: arguments[3]) : nil
let file: TextFile
do {
    file = try TextFile.read(arguments[1])
} catch {
    print("error: \(error)\n", terminator: "")
    exit(2)
}

func milliseconds(_ body: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) * 1e3 + Double(end.tv_nsec - start.tv_nsec) / 1e6
}

var result: SchemaReadResult?
var times: [Double] = []
for _ in 0..<runs {
    times.append(milliseconds { result = SchemaReader.read(file, dialect: dialect) })
}
let model = result!.model
print(String(format: "%.3f ms", times.sorted()[times.count / 2]),
      "\(model.tables.count) tables, \(model.columnCount) columns, \(result!.diagnostics.count) diagnostics")
