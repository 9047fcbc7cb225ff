import ArgumentParser
import Consult
import Foundation
import Memory
import Support

extension Review {
    /// `review show N`: one decision record, rendered from its JSON twin.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print decision N: the markdown record (or with --format json, the JSON record).",
            discussion: memoryExitCodes)

        @Argument(help: "The decision's number.")
        var number: Int

        @OptionGroup var options: MemoryOptions

        func run() throws {
            let memory = try options.open()
            guard let decision = try MemoryOptions.query({ () throws(MemoryError) in try memory.store.decision(number: number) }) else {
                throw MemoryOptions.fail("no decision \(number) in \(options.path); see `review history`")
            }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: decision.jsonPath))
            } catch {
                throw MemoryOptions.fail("cannot read \(decision.jsonPath): \(error.localizedDescription)")
            }
            if options.format == .json {
                ProcessOutput.standardOutput.write(String(decoding: data, as: UTF8.self))
                return
            }
            do {
                ProcessOutput.standardOutput.write(MarkdownRecord.render(try RecordWriter.decode(data)))
            } catch {
                throw MemoryOptions.fail("\(decision.jsonPath) is not a decision record: \(error)")
            }
        }
    }
}
