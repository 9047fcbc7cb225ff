import Foundation
import Memory

/// `review memory rebuild`: recreates the memory from the JSON records (and their outcome files) alone.
/// The new memory is built beside the old one and then moved into place, so a failure leaves the old one as
/// it was. The response cache is not a record and starts empty.
public enum MemoryRebuild {
    public struct Result: Sendable, Codable {
        public var decisions: Int
        public var outcomes: Int
        public var skipped: [String]
    }

    public static func rebuild(reports directory: String, into path: String) throws(MemoryError) -> Result {
        if FileManager.default.fileExists(atPath: path) {
            // Refuses a foreign or corrupt file before anything is replaced.
            _ = try MemoryStore(path: path)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw MemoryError("cannot list the reports directory \(directory): \(error.localizedDescription); give it as `review memory rebuild DIR`")
        }
        let temporary = path + ".rebuild-\(getpid())"
        removeDatabase(at: temporary)
        var result = Result(decisions: 0, outcomes: 0, skipped: [])
        do {
            let store = try MemoryStore(path: temporary)
            for name in names where name.hasSuffix(".json") && !name.hasSuffix(OutcomeFile.suffix) && RecordWriter.number(of: name) != nil {
                let jsonPath = (directory as NSString).appendingPathComponent(name)
                let record: DecisionRecord
                let outcomes: [Outcome]
                do {
                    record = try RecordWriter.decode(Data(contentsOf: URL(fileURLWithPath: jsonPath)))
                    outcomes = try OutcomeFile.read(forRecord: jsonPath)
                } catch {
                    result.skipped.append("\(jsonPath): \(error)")
                    continue
                }
                let markdownPath = String(jsonPath.dropLast(5)) + ".md"
                try store.store(record.memoryRow(markdownPath: markdownPath, jsonPath: jsonPath), outcomes: outcomes)
                result.decisions += 1
                result.outcomes += outcomes.count
            }
            try store.optimize()
        } catch {
            removeDatabase(at: temporary)
            throw error
        }
        removeDatabase(at: path)
        guard rename(temporary, path) == 0 else {
            throw MemoryError("cannot move the rebuilt memory \(temporary) to \(path): \(String(cString: strerror(errno)))")
        }
        return result
    }

    /// Removes an SQLite file and its WAL and shared-memory companions.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
