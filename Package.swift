// swift-tools-version: 6.0
// `review`: a panel of language models answers a database design question; the tool scores how far
// they agree, checks them against the schema and a database selection matrix, and writes a decision record.
import PackageDescription

let package = Package(
    name: "review",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "review", targets: ["review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // dlopen a library and resolve a table of its functions: what the three loaders below share.
        .target(name: "CLibraryLoader"),
        // libcurl's own headers (libcurl4-openssl-dev) and one table of its functions, loaded with dlopen on
        // first use instead of linked (CCurlLoader.c): commands that never use the network skip loading it.
        .target(name: "CCurl", dependencies: ["CLibraryLoader"]),
        // OpenSSL's own headers (libssl-dev) and its SHA-256 functions, loaded with dlopen on first use
        // instead of linked (COpenSSLLoader.c): commands that never hash skip loading libcrypto.
        .target(name: "COpenSSL", dependencies: ["CLibraryLoader"]),
        // SQLite's own headers (libsqlite3-dev) and one table of its functions, loaded with dlopen on first use
        // instead of linked (CSQLiteLoader.c): commands that never touch SQLite skip loading it.
        .target(name: "CSQLite", dependencies: ["CLibraryLoader"]),
        // libpg_query from its Debian -dev package, linked (every PostgreSQL read needs it), with a few
        // `static inline` shims.
        .systemLibrary(name: "CPgQuery",
                       providers: [.apt(["libpg-query-dev"])]),

        // Small shared pieces: SHA-256, terminal detection, file reading with limits.
        .target(name: "Support", dependencies: ["COpenSSL"]),
        // A thin, non-Sendable wrapper over sqlite3 shared by the SQLite schema reader and the memory.
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),

        // The schema model, the three dialect readers, digest and fingerprint.
        .target(name: "Schema", dependencies: ["CPgQuery", "SQLiteDB", "Support"]),
        // Deterministic design rules over the schema model, and their reporters (text, JSON, SARIF, GitHub).
        .target(name: "Lint", dependencies: ["Schema", "Support"]),
        // Transport over libcurl, provider adapters, retries, limits, usage and cost.
        .target(name: "ModelClients", dependencies: ["CCurl", "Support"]),
        // The built-in database profiles, requirement vocabulary, ranking and checks.
        .target(name: "SelectionMatrix", dependencies: ["Schema", "Support"],
                resources: [.copy("Resources/matrix.json")]),
        // Answers, votes, tiers, finding clusters, dissent: pure functions, no I/O. Database names and
        // their compatibility come in from SelectionMatrix through `DecisionField`; from Support only the
        // JSONValue that answers are parsed into.
        .target(name: "Consensus", dependencies: ["Support"]),
        // The SQLite store of past decisions, outcomes and the response cache.
        .target(name: "Memory", dependencies: ["SQLiteDB", "CSQLite", "Support"]),
        // The pipeline: configuration, prompts, referees, decision records, audits.
        .target(name: "Consult", dependencies: [
            "Schema", "Lint", "ModelClients", "SelectionMatrix", "Consensus", "Memory", "Support",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The command line: one file per subcommand, thin.
        .executableTarget(name: "review", dependencies: [
            "Consult", "ModelClients", "Memory",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: [
            // The Swift runtime and Foundation linked in: process start halves (no symbol lookups across
            // a dozen shared libraries), and the binary runs where no Swift toolchain is installed.
            // Compiling with the flag too makes the autolink entries name the static libraries.
            .unsafeFlags(["-static-stdlib"]),
        ], linkerSettings: [
            .unsafeFlags(["-static-stdlib"]),
        ]),

        // A loopback HTTP/1.1 server speaking the four providers' wire formats, with scripted answers
        // and socket-level faults: for the model-client tests, the pipeline's end-to-end tests and bench/.
        .target(name: "LoopbackServer", dependencies: ["Support"], path: "Tests/LoopbackServer"),
        // Benchmark (release build): fan-out to N loopback endpoints against one request's latency.
        .executableTarget(name: "fanout", dependencies: ["ModelClients", "LoopbackServer"], path: "bench/fanout"),
        // Benchmark helper (release build): a loopback panel of three, answering after --delay-ms.
        .executableTarget(name: "loopback-panel", dependencies: ["LoopbackServer"], path: "bench/loopback-panel"),
        // What the in-process benchmarks share: their command line (FILE [RUNS] [DIALECT]) and their clock.
        .target(name: "BenchKit", dependencies: ["Schema", "Support"], path: "bench/BenchKit"),
        // Benchmark (release build): the schema reader timed in-process, without process start.
        .executableTarget(name: "schema-read", dependencies: ["BenchKit", "Schema"], path: "bench/schema-read"),
        // Benchmark (release build): each lint rule timed in-process on one schema, and the whole linter.
        .executableTarget(name: "lint-rules", dependencies: ["BenchKit", "Lint", "Schema"], path: "bench/lint-rules"),
        // Benchmark (release build): 100,000 synthetic decisions; insert time, search and related-lookup latency.
        .executableTarget(name: "memory-bench", dependencies: ["Memory", "Support"], path: "bench/memory"),

        .testTarget(name: "SupportTests", dependencies: ["Support"]),
        .testTarget(name: "ModelClientsTests", dependencies: ["ModelClients", "LoopbackServer", "Support"]),
        .testTarget(name: "SchemaTests", dependencies: ["Schema", "Support"]),
        .testTarget(name: "ConsensusTests", dependencies: ["Consensus", "Support"]),
        .testTarget(name: "ConsultTests", dependencies: ["Consult", "LoopbackServer"], exclude: ["Fixtures", "Golden"]),
        // The memory's store on its own: migrations, refusing foreign files, search, related, calibration.
        .testTarget(name: "MemoryTests", dependencies: ["Memory", "SQLiteDB"]),
        .testTarget(name: "SelectionMatrixTests", dependencies: ["SelectionMatrix", "Schema"]),
        // Every rule over its own examples through the real readers, golden fixtures, reporters, suppression,
        // configuration; the keyword lists checked against libpg_query and SQLite themselves.
        .testTarget(name: "LintTests", dependencies: ["Lint", "Consult", "CPgQuery", "CSQLite"],
                    resources: [.copy("Fixtures")]),
    ]
)
