import Foundation
import Testing
@testable import Support

@Suite struct TextFileTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "textfile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = directory + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    private func problem(_ path: String, limit: Int = TextFile.defaultSizeLimit) -> InputError.Problem? {
        do {
            _ = try TextFile.read(path, sizeLimit: limit)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func readsUTF8TextAndDropsTheByteOrderMark() throws {
        let path = write("ok.sql", [0xEF, 0xBB, 0xBF] + Array("create table é (id int);".utf8))
        let file = try TextFile.read(path)
        #expect(file.text == "create table é (id int);")
        #expect(file.bytes.count == 3 + "create table é (id int);".utf8.count)
    }

    @Test func refusesEachKindOfBadInput() {
        #expect(problem(directory + "/missing.sql") == .missing)
        #expect(problem(directory) == .directory)
        #expect(problem(write("empty.sql", [])) == .empty)
        #expect(problem(write("blank.sql", Array(" \n\t\n".utf8))) == .empty)
        #expect(problem(write("binary.sql", [0x43, 0x52, 0x00, 0x41])) == .binary(offset: 2))
        #expect(problem(write("blank-binary.sql", [0x20, 0x0A, 0x00])) == .binary(offset: 2), "a NUL makes a file binary, blank or not")
        #expect(problem(write("latin1.sql", Array("caf".utf8) + [0xE9, 0x20, 0x78])) == .notUTF8(offset: 3))
        #expect(problem(write("big.sql", Array(repeating: 0x41, count: 100)), limit: 10) == .tooLarge(size: 100, limit: 10))
    }

    /// A pipe reports size 0: the whole stream is read, and the limit applies to what arrives.
    @Test func readsAPipeToItsEndAndLimitsIt() throws {
        let text = String(repeating: "create table t (id int);\n", count: 800)   // 20 KB, past the first buffer
        // 20 KB fits in the pipe's buffer, so the writer never blocks on a reader that stopped.
        for limit in [TextFile.defaultSizeLimit, 10_000] {
            let path = directory + "/pipe-\(limit)"
            #expect(mkfifo(path, 0o600) == 0)
            let writer = Thread {
                guard let handle = FileHandle(forWritingAtPath: path) else { return }
                try? handle.write(contentsOf: Data(text.utf8))
                try? handle.close()
            }
            writer.start()
            do {
                let file = try TextFile.read(path, sizeLimit: limit)
                #expect(limit == TextFile.defaultSizeLimit)
                #expect(file.text == text && file.bytes.count == text.utf8.count)
            } catch {
                // The size is what had arrived when the limit was passed.
                guard case .tooLarge(let size, 10_000) = error.problem else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(size > 10_000 && size <= text.utf8.count)
            }
        }
    }

    @Test func messagesNameThePathAndWhatToDo() {
        let error = InputError(path: "db/x.sql", problem: .tooLarge(size: 100, limit: 10))
        #expect(error.description.hasPrefix("db/x.sql: "))
        #expect(error.description.contains("--max-input-size"))
    }
}
