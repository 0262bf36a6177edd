// swift-tools-version: 6.0
import PackageDescription

/// Sparkbook's `sqlite` data source as an outside plugin: a program of its own, built apart from Sparkbook and
/// importing none of its modules. It speaks the plugin protocol (docs/PLUGINS.md) through `plugins/swift`
/// (SparkbookPluginKit: the JSON-RPC server and a small Arrow IPC writer), which imports nothing of Sparkbook either.
let package = Package(
    name: "SparkbookSQLitePlugin",
    products: [.executable(name: "sparkbook-sqlite", targets: ["SQLiteSource"])],
    dependencies: [.package(path: "../../swift")],
    targets: [
        // The system's SQLite (Debian's libsqlite3-dev), found through pkg-config.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .executableTarget(name: "SQLiteSource", dependencies: ["CSQLite", .product(name: "SparkbookPluginKit", package: "swift")]),
    ]
)
