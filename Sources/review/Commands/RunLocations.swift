import ArgumentParser
import Support

/// Where a run that asks the panel reads and writes: shared by `review FILE.sql`, `review ask` and
/// `review audit`.
struct RunLocations: ParsableArguments {
    @Option(help: "The configuration file (default: review.toml in the current directory, if present).")
    var config: String?

    @Option(help: "A directory of prompt files overriding the built-in ones (default: ./prompts if it exists).")
    var prompts: String?

    @Option(help: "Where decision records are written (an audit's report goes to audits/ inside it).")
    var out: String = "reports"

    @Option(help: "The memory of past decisions (default: $REVIEW_MEMORY, else .review/memory.sqlite).")
    var memory: String?

    @Option(help: "Refuse input files larger than this many bytes.")
    var maxInputSize: Int = TextFile.defaultSizeLimit

    func validate() throws {
        if maxInputSize < 1 { throw ValidationError("--max-input-size must be a positive number of bytes") }
    }
}
