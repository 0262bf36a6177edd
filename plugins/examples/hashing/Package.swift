// swift-tools-version: 6.0
import PackageDescription

/// Hashing functions for Sparkbook as an outside plugin written in Swift: a program of its own, built apart from
/// Sparkbook (docs/howto/hashing-plugin.md). It speaks the plugin protocol through `plugins/swift`
/// (SparkbookPluginKit), which imports nothing of Sparkbook.
let package = Package(
    name: "SparkbookHashingPlugin",
    products: [.executable(name: "sparkbook-hashing", targets: ["Hashing"])],
    dependencies: [.package(path: "../../swift")],
    targets: [
        .executableTarget(name: "Hashing", dependencies: [.product(name: "SparkbookPluginKit", package: "swift")]),
    ]
)
