import Foundation
import SQLiteDB

/// The SQLite store of past decisions: their inputs, panel answers, finding clusters and outcomes, the
/// response cache, and a full-text index over questions, summaries and findings.
///
/// Opened in WAL mode with a busy timeout, so several `review` processes can write at once (each decision
/// is one `BEGIN IMMEDIATE` transaction and they take turns). A file that is not an SQLite database, or an
/// SQLite database that is not a `review` memory, is refused with an error naming it, never overwritten.
/// Not Sendable: one store belongs to one thread at a time, like its connection.
public final class MemoryStore {
    /// `.review/memory.sqlite`, relative to the working directory.
    public static let defaultPath = ".review/memory.sqlite"
    /// The environment variable that overrides the default path (`--memory` overrides both).
    public static let environmentVariable = "REVIEW_MEMORY"
    /// How long a writer waits for another one before giving up.
    public static let busyTimeoutMilliseconds: Int32 = 15_000

    public let path: String
    let db: SQLiteConnection
    /// How many of the newest decisions the search ranking counts document frequencies in (tests lower it).
    var frequencySample = MemoryStore.defaultFrequencySample

    /// The path to use: `explicit` (`--memory`), else `REVIEW_MEMORY`, else the default.
    public static func resolvePath(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let variable = environment[environmentVariable], !variable.isEmpty { return variable }
        return defaultPath
    }

    /// Opens (creating it and its directory when missing) and migrates the memory at `path`.
    public init(path: String) throws(MemoryError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw MemoryError("cannot create the memory's directory \(directory): \(error.localizedDescription); choose another file with --memory")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw MemoryError("the memory path \(path) is a directory; give a file with --memory")
        }
        do {
            db = try SQLiteConnection(path: path)
        } catch {
            throw MemoryError("cannot open the memory \(path): \(error.message); choose another file with --memory")
        }
        db.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
        try checkOwnership()
        do {
            // Mapped, not read page by page: a search over a large memory touches thousands of pages, and with
            // SQLite's 2 MB page cache each was a pread (SQLite caps the size at what it was built with).
            try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 2147418112")
            try migrate()
            try FullTextRank.register(on: db)
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError("cannot prepare the memory \(path): \(error); check the file, or move it away and run `review memory rebuild`")
        }
    }

    /// Refuses a file that is not an SQLite database, or one some other program made; reads only.
    private func checkOwnership() throws(MemoryError) {
        let advice = "move it away (then `review memory rebuild` recreates the memory from the records) or choose another file with --memory"
        let objects: Int64, application: Int64
        do {
            objects = try db.query("SELECT count(*) FROM sqlite_master").first?[0].integer ?? 0
            application = try db.query("PRAGMA application_id").first?[0].integer ?? 0
        } catch {
            throw MemoryError("\(path) is not a review memory (\(error.message)); \(advice)")
        }
        if application == 0 && objects == 0 { return }
        if application != MemoryMigrations.applicationID {
            throw MemoryError("\(path) is an SQLite database of another program, not a review memory; \(advice)")
        }
    }

    private func migrate() throws {
        let versionTable = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at INTEGER NOT NULL)"
        if try currentVersion() >= MemoryMigrations.all.count {
            return try refuseNewer()
        }
        try db.transaction(.immediate) {
            try db.execute("PRAGMA application_id = \(MemoryMigrations.applicationID)")
            try db.execute(versionTable)
            // Another process may have migrated while this one waited for the lock.
            let version = try currentVersion()
            for (index, sql) in MemoryMigrations.all.enumerated() where index + 1 > version {
                try db.execute(sql)
                try db.query("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                             [.integer(Int64(index + 1)), .integer(Int64(Date().timeIntervalSince1970))])
            }
        }
    }

    private func refuseNewer() throws {
        let version = try currentVersion()
        if version > MemoryMigrations.all.count {
            throw MemoryError("\(path) was written by a newer review (memory schema \(version), this one knows \(MemoryMigrations.all.count)); upgrade review")
        }
    }

    /// The schema version on disk (0 for a new file).
    public func currentVersion() throws -> Int {
        let exists = try db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        guard !exists.isEmpty else { return 0 }
        return Int(try db.query("SELECT max(version) FROM schema_version").first?[0].integer ?? 0)
    }

    /// Runs `body` in one immediate transaction; any error rolls everything back.
    func write<T>(_ body: () throws -> T) throws(MemoryError) -> T {
        do {
            return try db.transaction(.immediate, body)
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError("cannot write to the memory \(path): \(error)")
        }
    }

    /// Runs a read, mapping SQLite's errors to one that names the file.
    func read<T>(_ body: () throws -> T) throws(MemoryError) -> T {
        do {
            return try body()
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError("cannot read the memory \(path): \(error)")
        }
    }
}
