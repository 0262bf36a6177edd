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
        // Message digests for `md5`, `sha1` and `sha2`.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // YAML for cluster descriptions (`conf/cluster-shared.yaml`), with line marks for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "SparkbookSyntax"),
        // Debug builds (hence the tests) check the cluster core's invariants after every event; release builds skip it.
        // Crypto: the `sparkbook cluster` service's token and its HMAC challenge-response.
        .target(
            name: "SparkbookCluster",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: [.define("SPARKBOOK_INTERNAL_CHECKS", .when(configuration: .debug))]
        ),
        .target(name: "SparkbookEngine", dependencies: ["SparkbookCluster", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "SparkbookDataFrame", dependencies: ["SparkbookEngine", "SparkbookCluster"]),
        .target(name: "SparkbookInterpreter", dependencies: ["SparkbookSyntax", "SparkbookDataFrame", "SparkbookCluster"]),
        .target(name: "SparkbookPlugins", dependencies: ["SparkbookInterpreter", "SparkbookDataFrame", "SparkbookEngine"]),
        .target(
            name: "SparkbookTextSource",
            dependencies: ["SparkbookEngine", "SparkbookPlugins"],
            path: "plugins/text-source/Sources/SparkbookTextSource"
        ),
        .target(name: "SparkbookNotebook", dependencies: ["SparkbookPlugins", "SparkbookInterpreter", "SparkbookSyntax", "SparkbookCluster"]),
        .target(name: "SparkbookReport", dependencies: ["SparkbookNotebook", "SparkbookCluster"]),
        // libedit, found through pkg-config, for the REPL's line editor; the shim holds what Swift cannot do safely
        // (an async-signal-safe SIGINT handler).
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "CEditLineShim"),
        .target(name: "SparkbookTerminal", dependencies: ["SparkbookNotebook", "SparkbookCluster", "CLibEdit", "CEditLineShim"]),
        .executableTarget(
            name: "SparkbookCLI",
            dependencies: [
                "SparkbookTerminal", "SparkbookNotebook", "SparkbookDataFrame", "SparkbookEngine", "SparkbookCluster", "SparkbookPlugins", "SparkbookTextSource", "SparkbookReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SparkbookSyntaxTests", dependencies: ["SparkbookSyntax"]),
        .testTarget(name: "SparkbookClusterTests", dependencies: ["SparkbookCluster"]),
        .testTarget(name: "SparkbookEngineTests", dependencies: ["SparkbookEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SparkbookDataFrameTests", dependencies: ["SparkbookDataFrame"], resources: [.copy("Golden")]),
        .testTarget(name: "SparkbookInterpreterTests", dependencies: ["SparkbookInterpreter"]),
        .testTarget(name: "SparkbookPluginsTests", dependencies: ["SparkbookPlugins"]),
        .testTarget(name: "SparkbookNotebookTests", dependencies: ["SparkbookNotebook"], resources: [.copy("Fixtures")]),
        // Golden/ folders below are read and regenerated in place through #filePath, so they are not bundle resources.
        .testTarget(name: "SparkbookReportTests", dependencies: ["SparkbookReport", "SparkbookCluster", "SparkbookNotebook"],
                    exclude: ["Golden"]),
        .testTarget(name: "SparkbookTerminalTests", dependencies: ["SparkbookTerminal"], exclude: ["Golden"]),
        // Golden/ is read and regenerated in place through #filePath, so it is not a bundle resource.
        .testTarget(name: "SparkbookCLITests", dependencies: ["SparkbookTerminal", "SparkbookCLI"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
