// swift-tools-version: 6.1
import PackageDescription

/// Micro-benchmarks of the engine's hot paths (package-benchmark). A separate package so `make test` never
/// builds it: run with `cd Benchmarks && swift package benchmark`.
let package = Package(
    name: "SparkbookBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Sparkbook", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "SparkbookDataFrame", package: "Sparkbook"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
