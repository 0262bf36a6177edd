import Foundation
import Testing
@testable import SparkbookEngine

/// The files under a read path and their partitions: `col=value` folders below the path, and from `basePath` down.
struct PartitionedFileListingTests {
    func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        for directory in ["year=2023/month=01", "year=2024/month=x"] {
            let sub = root.appendingPathComponent(directory)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data("1\n".utf8).write(to: sub.appendingPathComponent("part.csv"))
        }
        try Data().write(to: root.appendingPathComponent("_SUCCESS"))
        return root
    }

    @Test func partitionFoldersBelowThePathAreFound() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let listing = try PartitionedFileListing(paths: [root.path])
        #expect(listing.columns.map(\.name) == ["year", "month"])
        #expect(listing.columns.map(\.dataType) == [.integer, .string])
        #expect(listing.files.map(\.partition) == [["year": "2023", "month": "01"], ["year": "2024", "month": "x"]])
    }

    @Test func basePathAddsTheFoldersAboveThePath() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let one = root.appendingPathComponent("year=2024").path
        #expect(try PartitionedFileListing(paths: [one]).columns.map(\.name) == ["month"])
        let based = try PartitionedFileListing(paths: [one], basePath: root.path)
        #expect(based.columns.map(\.name) == ["year", "month"])
        #expect(based.files.map(\.partition) == [["year": "2024", "month": "x"]])
        let file = try PartitionedFileListing(paths: [one + "/month=x/part.csv"], basePath: root.path + "/")
        #expect(file.files.map(\.partition) == [["year": "2024", "month": "x"]])
    }
}
