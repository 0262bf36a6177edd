import Foundation
@testable import SparkbookNotebook

/// Test fixtures copied into the test bundle (see tools/notebook/*.py for how they were made).
enum FixtureFiles {
    static func url(_ name: String) -> URL {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures") else {
            fatalError("missing fixture \(name)")
        }
        return url
    }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }
    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    static func notebook(_ name: String) throws -> Notebook {
        try NotebookFile.read(from: url(name)).notebook
    }

    /// A fresh empty folder for file-writing tests.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-nb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
