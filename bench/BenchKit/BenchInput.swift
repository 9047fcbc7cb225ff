#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Schema
import Support

/// What the in-process benchmarks take on their command line, `NAME FILE [RUNS] [DIALECT]`, and how they
/// time: the file read once, a number of runs, an optional dialect, and a monotonic clock in milliseconds.
public struct BenchInput {
    public let file: TextFile
    public let runs: Int
    public let dialect: Dialect?

    /// Reads the arguments, or prints the usage or the error and exits with 2.
    public static func fromCommandLine(name: String, defaultRuns: Int) -> BenchInput {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            print("usage: \(name) FILE [RUNS] [DIALECT]\n", terminator: "")
            exit(2)
        }
        do {
            return BenchInput(file: try TextFile.read(arguments[1]),
                              runs: arguments.count > 2 ? max(Int(arguments[2]) ?? defaultRuns, 1) : defaultRuns,
                              dialect: arguments.count > 3 ? Dialect(userInput: arguments[3]) : nil)
        } catch {
            print("error: \(error)\n", terminator: "")
            exit(2)
        }
    }

    /// The median of `runs` timings of `body`, in milliseconds.
    public func medianMilliseconds(_ body: () -> Void) -> Double {
        let times = (0..<runs).map { _ in Self.milliseconds(body) }.sorted()
        return times[times.count / 2]
    }

    public static func milliseconds(_ body: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        body()
        clock_gettime(CLOCK_MONOTONIC, &end)
        return Double(end.tv_sec - start.tv_sec) * 1e3 + Double(end.tv_nsec - start.tv_nsec) / 1e6
    }
}
