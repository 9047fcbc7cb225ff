// In-process timing of the lint rules, for the rules' share of `review lint` without process start, reading
// or reporting: one read of FILE, then each rule run RUNS times on the model; prints each rule's median
// (slowest first), the whole linter's median, and the findings count (it must not change with speed work).
//
// Usage: lint-rules FILE [RUNS] [DIALECT]      (release build: swift build -c release --product lint-rules)
import BenchKit
import Lint
import Schema

let input = BenchInput.fromCommandLine(name: "lint-rules", defaultRuns: 51)
let file = input.file
let result = SchemaReader.read(file, dialect: input.dialect)
let source = SourceText(path: file.path, text: file.text)
let linter = Linter()
let context = RuleContext(model: result.model, configuration: linter.configuration, source: source)
var perRule: [(id: String, ms: Double, findings: Int)] = []
for rule in linter.activeRules(for: result.model.dialect) {
    var count = 0
    let time = input.medianMilliseconds { count = rule.check(context).count }
    perRule.append((rule.id, time, count))
}
var total = 0
let whole = input.medianMilliseconds { total = linter.findings(in: result.model, source: source).count }
for rule in perRule.sorted(by: { $0.ms > $1.ms }) {
    print(String(format: "%8.3f ms  %5d  ", rule.ms, rule.findings) + rule.id)
}
print(String(format: "%8.3f ms  %5d  ", whole, total) + "Linter.findings (all rules, sorted)")
