import Foundation
import Testing
@testable import SparkbookEngine

@Suite struct JSONLinesReaderTests {
    @Test func jsonArraysReadBackAsArrays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"k\":\"a\",\"xs\":[1,null]}\n{\"k\":\"b\"}\n{\"k\":\"c\",\"xs\":[2.5]}\n".utf8)
            .write(to: folder.appendingPathComponent("part-00000.json"))
        let (schema, rows) = try JSONLinesReader.read(paths: [folder.path])
        #expect(schema[1].dataType == .array(element: .double, containsNull: true))
        #expect(rows.map { $0[1] } == [.array([.double(1), .null]), .null, .array([.double(2.5)])])
    }
}
