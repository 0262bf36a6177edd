// swift-tools-version: 6.0
import PackageDescription

/// A small library for writing Sparkbook plugins in Swift (docs/PLUGINS.md), as `plugins/python/sparkbook_plugin.py`
/// is for Python: the protocol's server (JSON-RPC 2.0 lines on stdin and stdout, the handshake, batches as base64
/// text in protocol 1 or raw bytes after the line in protocol 2) and an Arrow IPC stream reader and writer for the
/// types plugins commonly move. It imports nothing of Sparkbook and nothing but Foundation, so a plugin built on it
/// is a program of its own. The example plugins (`plugins/examples/sqlite`, `plugins/examples/hashing`) use it.
let package = Package(
    name: "SparkbookPluginKit",
    products: [.library(name: "SparkbookPluginKit", targets: ["SparkbookPluginKit"])],
    targets: [.target(name: "SparkbookPluginKit")]
)
