// Fan-out benchmark: one PanelClient asks N loopback endpoints at once, each answering after 500 ms.
// Reports wall time / single-request latency (goal <= 1.10 for every N) and the client's CPU time per
// request. The endpoints run in a child process (`fanout serve`) so getrusage counts the client only.
//
//   swift build -c release --product fanout && .build/release/fanout [--runs 9] [--delay-ms 500]
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LoopbackServer
import ModelClients

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let number = Int(arguments[index + 1]) else { return value }
    return number
}

if arguments.first == "serve" {
    // fanout serve COUNT DELAY_MS: COUNT servers, one port each, printed on one line; stops at EOF on stdin.
    let count = Int(arguments[1]) ?? 32
    let delay = Int(arguments[2]) ?? 500
    var servers: [LoopbackServer] = []
    for _ in 0..<count {
        let server = try LoopbackServer()
        server.route("/v1/chat/completions", .delayed(.milliseconds(delay), .answer("{\"decision\":\"ok\",\"confidence\":1}")))
        servers.append(server)
    }
    FileHandle.standardOutput.write(Data((servers.map { String($0.port) }.joined(separator: " ") + "\n").utf8))
    while readLine() != nil {}
    for server in servers { server.stop() }
    exit(0)
}

let runs = option("--runs", default: 9)
let delayMs = option("--delay-ms", default: 500)
let sizes = [3, 8, 32]

let child = Process()
child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
child.arguments = ["serve", String(sizes.max()!), String(delayMs)]
let toChild = Pipe()
let fromChild = Pipe()
child.standardInput = toChild
child.standardOutput = fromChild
try child.run()
var line = Data()
while true {
    let byte = fromChild.fileHandleForReading.readData(ofLength: 1)
    if byte.isEmpty || byte == Data("\n".utf8) { break }
    line.append(byte)
}
let ports = String(decoding: line, as: UTF8.self).split(separator: " ").compactMap { Int($0) }
guard ports.count == sizes.max()! else {
    FileHandle.standardError.write(Data("the server process did not report its ports\n".utf8))
    exit(1)
}

let panelists = ports.enumerated().map { index, port in
    Panelist(name: "endpoint-\(index)", provider: .openaiCompatible, model: "bench-model",
             baseURL: "http://127.0.0.1:\(port)/v1", retries: 0)
}
let prompt = Prompt(system: "bench", user: "bench", schema: ["type": "object"], maxTokens: 16)
let transport = CurlTransport()
let client = PanelClient(transport: transport, settings: PanelSettings(maxConcurrency: 64))

func seconds(_ duration: Duration) -> Double {
    let (s, atto) = duration.components
    return Double(s) + Double(atto) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

#if canImport(Glibc)
let rusageSelf = RUSAGE_SELF.rawValue
#else
let rusageSelf = RUSAGE_SELF
#endif

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func timed(_ members: [Panelist]) async -> Double {
    let start = ContinuousClock.now
    let replies = await client.ask(members, prompt)
    let elapsed = seconds(ContinuousClock.now - start)
    if let bad = replies.first(where: { $0.status != .ok }) {
        FileHandle.standardError.write(Data("a request failed: \(bad.status)\n".utf8))
        exit(1)
    }
    return elapsed
}

// Warm-up: open one connection per endpoint, as a long-running process would have.
_ = await timed(panelists)

var singles: [Double] = []
for run in 0..<runs { singles.append(await timed([panelists[run % panelists.count]])) }
let single = median(singles)

print("fan-out against loopback endpoints that answer after \(delayMs) ms; \(runs) runs each, medians")
print("single request: \(String(format: "%.1f", single * 1000)) ms")
print("")
print("   N   wall ms   wall/single   CPU per request")
var allWithinGoal = true
for size in sizes {
    let members = Array(panelists.prefix(size))
    var walls: [Double] = []
    let cpuBefore = cpuSeconds()
    for _ in 0..<runs { walls.append(await timed(members)) }
    let cpu = (cpuSeconds() - cpuBefore) / Double(runs * size)
    let wall = median(walls)
    let ratio = wall / single
    allWithinGoal = allWithinGoal && ratio <= 1.10
    print(String(format: "%4d  %8.1f   %11.3f   %10.0f µs", size, wall * 1000, ratio, cpu * 1e6))
}
print("")
print(allWithinGoal ? "goal met: wall/single <= 1.10 for every N" : "goal NOT met for some N")

transport.shutdown()
try? toChild.fileHandleForWriting.close()
child.waitUntilExit()
