import Foundation
import Testing
@testable import SparkbookEngine

/// Hadoop glob paths as Spark's readers expand them.
@Suite struct HadoopGlobTests {
    static func folder() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glob-\(UUID().uuidString)").path
        for name in ["2024/a.csv", "2024/b.csv", "2024/c.json", "2024/_SUCCESS", "2025/a.csv", "2025/d.csv", "x1.csv"] {
            let path = (root as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data("id\n1\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test(arguments: [
        ("2024/*.csv", ["2024/a.csv", "2024/b.csv"]),
        ("2024/?.csv", ["2024/a.csv", "2024/b.csv"]),
        ("*/[ad].csv", ["2024/a.csv", "2025/a.csv", "2025/d.csv"]),
        ("2025/[a-c].csv", ["2025/a.csv"]),
        ("2024/[^a].*", ["2024/b.csv", "2024/c.json"]),
        ("{2024/c.json,x1.csv}", ["2024/c.json", "x1.csv"]),
        ("202{4,5}/a.csv", ["2024/a.csv", "2025/a.csv"]),
        ("2024/*", ["2024/a.csv", "2024/b.csv", "2024/c.json"]),
        ("20*", ["2024", "2025"]),
    ])
    func expandsAsHadoop(_ pattern: String, _ expected: [String]) throws {
        let root = try Self.folder()
        let matches = try HadoopGlob.expand(root + "/" + pattern)
        #expect(matches == expected.map { root + "/" + $0 })
    }

    @Test func aPathWithoutGlobCharactersIsItself() throws {
        #expect(try HadoopGlob.expand("/no/such/file.csv") == ["/no/such/file.csv"])
        #expect(HadoopGlob.hasGlob("/a/\\*.csv") == false)
    }

    @Test func aGlobMatchingNothingIsSparksPathNotFound() throws {
        let root = try Self.folder()
        let error = #expect(throws: SparkError.self) { try HadoopGlob.expand(root + "/*.parquet") }
        #expect(error?.description == "[PATH_NOT_FOUND] Path does not exist: file:\(root)/*.parquet. SQLSTATE: 42K03")
    }
}
