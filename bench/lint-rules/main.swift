// In-process timing of the lint rules, for the rules' share of `review lint` without process start, reading
// or reporting: one read of FILE, then each rule run RUNS times on the model; prints each rule's median
// (slowest first), the whole linter's median, and the findings count (it must not change with speed work).
//
// Usage: lint-rules FILE [RUNS] [DIALECT]      (release build: swift build -c release --product lint-rules)
#if canImport(Glibc)
import Glibc
#endif
import Lint
import Schema
import Support

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: lint-rules FILE [RUNS] [DIALECT]\n", terminator: "")
    exit(2)
}
let runs = arguments.count > 2 ? max(Int(arguments[2]) ?? 51, 1) : 51
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

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let result = SchemaReader.read(file, dialect: dialect)
let source = SourceText(path: file.path, text: file.text)
let linter = Linter()
let context = RuleContext(model: result.model, configuration: linter.configuration, source: source)
var perRule: [(id: String, ms: Double, findings: Int)] = []
for rule in linter.activeRules(for: result.model.dialect) {
    var count = 0
    let time = median((0..<runs).map { _ in milliseconds { count = rule.check(context).count } })
    perRule.append((rule.id, time, count))
}
var total = 0
let whole = median((0..<runs).map { _ in milliseconds { total = linter.findings(in: result.model, source: source).count } })
for rule in perRule.sorted(by: { $0.ms > $1.ms }) {
    print(String(format: "%8.3f ms  %5d  ", rule.ms, rule.findings) + rule.id)
}
print(String(format: "%8.3f ms  %5d  ", whole, total) + "Linter.findings (all rules, sorted)")
