// swift-tools-version: 6.0
import PackageDescription

/// Sparkbook's `sqlite` data source as an outside plugin: a program of its own, built apart from Sparkbook and
/// importing none of its modules. It speaks the plugin protocol (docs/PLUGINS.md): JSON-RPC 2.0 lines on
/// stdin/stdout, rows as an Arrow IPC stream written by its own small writer (`Arrow/`).
let package = Package(
    name: "SparkbookSQLitePlugin",
    products: [.executable(name: "sparkbook-sqlite", targets: ["SQLiteSource"])],
    targets: [
        // The system's SQLite (Debian's libsqlite3-dev), found through pkg-config.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .executableTarget(name: "SQLiteSource", dependencies: ["CSQLite"]),
    ]
)
