import Foundation

/// Writes text to stdout or stderr without buffering surprises between the two.
struct FileHandleOutput {
    let handle: FileHandle

    static let standardOutput = FileHandleOutput(handle: .standardOutput)
    static let standardError = FileHandleOutput(handle: .standardError)

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}
