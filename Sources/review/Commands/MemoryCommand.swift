import ArgumentParser

extension Review {
    /// `review memory`: maintenance of the memory itself.
    struct MemoryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "memory",
            abstract: "Maintain the memory of past decisions.",
            subcommands: [MemoryRebuild.self])
    }
}
