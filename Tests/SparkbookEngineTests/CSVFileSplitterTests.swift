import Foundation
import Testing
@testable import SparkbookEngine

struct CSVFileSplitterTests {
    @Test func splitSizeFollowsSparksRule() {
        let splitter = CSVFileSplitter(minPartitionNum: 2)
        // Small data: (10 MB + 4 MB) / 2 = 7 MB per core, above the 4 MB open cost.
        #expect(splitter.splitSize(fileSizes: [10_000_000]) == (10_000_000 + (4 << 20)) / 2)
        // Tiny data: the open cost is the floor.
        #expect(splitter.splitSize(fileSizes: [1000]) == 4 << 20)
        // Big data: capped at maxPartitionBytes.
        #expect(splitter.splitSize(fileSizes: [10 << 30]) == 128 << 20)
    }

    @Test func rangesTileEveryFile() {
        let splitter = CSVFileSplitter(maxPartitionBytes: 100, openCostInBytes: 10, minPartitionNum: 1)
        let splits = splitter.splits([.init(path: "a", size: 250), .init(path: "b", size: 0), .init(path: "c", size: 5)])
        #expect(splits.map(\.range) == [0..<100, 100..<200, 200..<250, 0..<5])
        #expect(splits.map(\.path) == ["a", "a", "a", "c"])
    }

    @Test func directoriesListPartFilesAndSkipMarkers() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-list-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["part-00001.csv", "part-00000.csv", "_SUCCESS", ".part-00000.csv.crc"] {
            try Data("id\n1\n".utf8).write(to: directory.appendingPathComponent(name))
        }
        let files = try CSVFileListing.files(at: directory.path)
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["part-00000.csv", "part-00001.csv"])
        #expect(files.allSatisfy { $0.size == 5 })
        #expect(throws: CSVError.self) { try CSVFileListing.files(at: directory.path + "/missing") }
    }

    @Test func splitReadsOfAFileGiveEveryRowOnce() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try EventsGenerator(rows: 3_000, seed: 3).write(to: url)
        let entries = try CSVFileListing.files(at: url.path)
        let splitter = CSVFileSplitter(maxPartitionBytes: entries[0].size / 3 + 1, openCostInBytes: 1,
                                       minPartitionNum: 1)
        let splits = splitter.splits(entries)
        #expect(splits.count == 3)
        let reader = CSVReader(schema: StructType([StructField("event_id", .integer)] + (1...4).map {
            StructField("c\($0)", .string)
        }), options: try CSVOptions(["header": "true"]))
        let ids = try splits.flatMap { split -> [Value] in
            let batch = try reader.read(path: split.path, split: split.range, projection: [0])
            return (0..<batch.rowCount).map { batch.row($0)[0] }
        }
        #expect(ids == (1...3_000).map { .integer(Int32($0)) })
    }
}
