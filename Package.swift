// swift-tools-version: 6.1
import PackageDescription

/// One module per layer; dependencies point down the data flow in docs/ARCHITECTURE.md, never up.
let package = Package(
    name: "Sparkbook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sparkbook", targets: ["SparkbookCLI"]),
        .library(name: "SparkbookDataFrame", targets: ["SparkbookDataFrame"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Message digests for `md5`, `sha1` and `sha2`, `hmac`; AES for `aes_encrypt` (CBC and ECB from _CryptoExtras).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // YAML for cluster descriptions (`conf/cluster-shared.yaml`), with line marks for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SQLite for the Hive-style metastore that keeps tables between sessions (`enableHiveSupport()`).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "SparkbookSyntax"),
        // The leaf every layer may use for what is not a layer's concept: seeded random, the civil calendar, JSON
        // string text, Java's number text, edit distance, byte counts. It imports nothing of Sparkbook.
        .target(name: "SparkbookUtilities"),
        // Debug builds (hence the tests) check the cluster core's invariants after every event; release builds skip it.
        // Crypto: the `sparkbook cluster` service's token and its HMAC challenge-response.
        .target(
            name: "SparkbookCluster",
            dependencies: ["SparkbookUtilities", "CCompression", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: [.define("SPARKBOOK_INTERNAL_CHECKS", .when(configuration: .debug))]
        ),
        // snappy, zstd, lz4 and zlib for Parquet's compression codecs (Debian's -dev packages; no Swift package on
        // the machine's list covers them all).
        .systemLibrary(name: "CCompression", providers: [.apt(["libsnappy-dev", "libzstd-dev", "liblz4-dev", "zlib1g-dev"])]),
        .target(name: "SparkbookEngine", dependencies: ["SparkbookCluster", "SparkbookUtilities", "CCompression", .product(name: "Crypto", package: "swift-crypto"),
                                                    .product(name: "_CryptoExtras", package: "swift-crypto")]),
        .target(name: "SparkbookDataFrame", dependencies: ["SparkbookEngine", "SparkbookCluster", "SparkbookUtilities",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "SparkbookInterpreter", dependencies: ["SparkbookSyntax", "SparkbookDataFrame", "SparkbookEngine", "SparkbookCluster", "SparkbookUtilities"]),
        .target(name: "SparkbookPlugins", dependencies: ["SparkbookInterpreter", "SparkbookDataFrame", "SparkbookEngine", "SparkbookSyntax", "SparkbookUtilities"]),
        .target(
            name: "SparkbookTextSource",
            dependencies: ["SparkbookEngine", "SparkbookPlugins"],
            path: "plugins/text-source/Sources/SparkbookTextSource"
        ),
        .target(name: "SparkbookNotebook", dependencies: ["SparkbookPlugins", "SparkbookInterpreter", "SparkbookDataFrame", "SparkbookSyntax", "SparkbookCluster", "SparkbookUtilities"]),
        .target(name: "SparkbookReport", dependencies: ["SparkbookNotebook", "SparkbookCluster"]),
        // `--engine spark`: cells run in a real PySpark driver process that Sparkbook starts (needs Java and PySpark).
        .target(name: "SparkbookSparkEngine", dependencies: ["SparkbookNotebook", "SparkbookPlugins", "SparkbookInterpreter",
                                                         "SparkbookDataFrame", "SparkbookEngine"]),
        // libedit, found through pkg-config, for the REPL's line editor; the shim holds what Swift cannot do safely
        // (an async-signal-safe SIGINT handler).
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "CEditLineShim"),
        .target(name: "SparkbookTerminal", dependencies: [
            "SparkbookNotebook", "SparkbookPlugins", "SparkbookInterpreter", "SparkbookDataFrame", "SparkbookEngine", "SparkbookSyntax",
            "SparkbookCluster", "SparkbookUtilities", "CLibEdit", "CEditLineShim",
        ]),
        .executableTarget(
            name: "SparkbookCLI",
            dependencies: [
                "SparkbookTerminal", "SparkbookNotebook", "SparkbookDataFrame", "SparkbookEngine", "SparkbookCluster", "SparkbookPlugins",
                "SparkbookTextSource", "SparkbookReport", "SparkbookUtilities", "SparkbookSparkEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench-cluster`: the cluster core's decisions per second on the virtual clock.
        .executableTarget(name: "sparkbook-cluster-bench", dependencies: ["SparkbookCluster"], path: "bench/cluster-core"),
        .testTarget(name: "SparkbookUtilitiesTests", dependencies: ["SparkbookUtilities"], resources: [.copy("Golden")]),
        .testTarget(name: "SparkbookSyntaxTests", dependencies: ["SparkbookSyntax"]),
        .testTarget(name: "SparkbookClusterTests", dependencies: ["SparkbookCluster", "SparkbookUtilities"]),
        .testTarget(name: "SparkbookEngineTests", dependencies: ["SparkbookEngine", "SparkbookCluster", "SparkbookUtilities"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SparkbookDataFrameTests", dependencies: ["SparkbookDataFrame", "SparkbookEngine"], resources: [.copy("Golden")]),
        .testTarget(name: "SparkbookInterpreterTests", dependencies: ["SparkbookInterpreter", "SparkbookDataFrame", "SparkbookEngine", "SparkbookSyntax"]),
        .testTarget(name: "SparkbookPluginsTests", dependencies: ["SparkbookPlugins", "SparkbookInterpreter", "SparkbookDataFrame", "SparkbookEngine"]),
        .testTarget(name: "SparkbookNotebookTests", dependencies: ["SparkbookNotebook", "SparkbookPlugins", "SparkbookInterpreter", "SparkbookCluster"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SparkbookSparkEngineTests", dependencies: ["SparkbookSparkEngine", "SparkbookNotebook", "SparkbookPlugins", "SparkbookInterpreter", "SparkbookDataFrame"]),
        // Golden/ folders below are read and regenerated in place through #filePath, so they are not bundle resources.
        .testTarget(name: "SparkbookReportTests", dependencies: ["SparkbookReport", "SparkbookCluster", "SparkbookNotebook"],
                    exclude: ["Golden"]),
        .testTarget(name: "SparkbookTerminalTests", dependencies: [
            "SparkbookTerminal", "SparkbookNotebook", "SparkbookPlugins", "SparkbookInterpreter", "SparkbookDataFrame", "SparkbookEngine",
            "SparkbookCluster", "SparkbookUtilities",
        ], exclude: ["Golden"]),
        // Golden/ is read and regenerated in place through #filePath, so it is not a bundle resource.
        .testTarget(name: "SparkbookCLITests", dependencies: ["SparkbookTerminal", "SparkbookCLI", "SparkbookCluster"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
