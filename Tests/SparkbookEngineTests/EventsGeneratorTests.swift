import Foundation
import Testing
@testable import SparkbookEngine

struct EventsGeneratorTests {
    @Test func sameSeedSameBytesOtherSeedOtherBytes() {
        let a = EventsGenerator(rows: 2_000, seed: 42).bytes()
        #expect(a == EventsGenerator(rows: 2_000, seed: 42).bytes())
        #expect(a != EventsGenerator(rows: 2_000, seed: 43).bytes())
        #expect(EventsGenerator(rows: 2_000, seed: 42, dirty: true).bytes() != a)
    }

    @Test func cleanRowsInferAsTheSeedNotebookExpectsWithAllHundredGroups() throws {
        let bytes = EventsGenerator(rows: 1_000, seed: 42).bytes()
        #expect(String(decoding: bytes.prefix(42), as: UTF8.self) == "event_id,event_time,country,device,amount\n")
        let options = try CSVOptions(["header": "true", "inferSchema": "true"])
        let batch = try bytes.withUnsafeBytes { buffer -> RecordBatch in
            let inferred = try CSVSchemaInference(options: options).infer(buffers: [buffer])
            #expect(inferred.sparkSimpleString
                == "struct<event_id:int,event_time:timestamp,country:string,device:string,amount:double>")
            return try CSVReader(schema: inferred.schema, options: options).read(buffer: buffer, path: "gen")
        }
        #expect(batch.rowCount == 1_000)
        var groups = Set<String>()
        for row in 0..<batch.rowCount {
            let values = batch.row(row)
            #expect(values[0] == .integer(Int32(row + 1)))
            guard case .timestamp(let micros) = values[1], case .string(let country) = values[2],
                  case .string(let device) = values[3], case .double(let amount) = values[4] else {
                Issue.record("row \(row) has a null or wrong type: \(values)")
                continue
            }
            #expect(micros >= 1_704_067_200_000_000 && micros < 1_735_689_600_000_000)
            #expect(amount >= 0.5 && amount <= 999.99)
            groups.insert(country + "/" + device)
        }
        #expect(groups.count == 100)
        #expect(EventsGenerator.countries.count == 20 && EventsGenerator.devices.count == 5)
    }

    @Test func dirtyRowsAreMalformedForSparkButNotLost() throws {
        let bytes = EventsGenerator(rows: 5_000, seed: 9, dirty: true).bytes()
        let schema = try DDLSchemaParser.parseSchema(
            "event_id INT, event_time TIMESTAMP, country STRING, device STRING, amount DOUBLE, _corrupt_record STRING")
        let batch = try bytes.withUnsafeBytes {
            try CSVReader(schema: schema, options: CSVOptions(["header": "true"])).read(buffer: $0, path: "dirty")
        }
        #expect(batch.rowCount == 5_000)
        let corrupt = (0..<batch.rowCount).filter { batch.row($0)[5] != .null }.count
        let quotedCommas = (0..<batch.rowCount).filter {
            if case .string(let country) = batch.row($0)[2] { return country.contains(", ") }
            return false
        }.count
        #expect(corrupt > 25 && corrupt < 250, "\(corrupt) malformed rows")
        #expect(quotedCommas > 0)
    }

    @Test func writesToAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gen-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try EventsGenerator(rows: 300, seed: 1).write(to: url)
        #expect(try Data(contentsOf: url) == Data(EventsGenerator(rows: 300, seed: 1).bytes()))
    }
}

/// notebooks/data/big_events_50k.csv is the generator's output for 50,000 clean rows, seed 42.
/// Regenerate with `SPARKBOOK_REGENERATE_DATA=1 swift test --filter committedDataFileMatchesTheGenerator`.
struct EventsDataFileTests {
    static var dataFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("notebooks/data/big_events_50k.csv")
    }

    @Test func committedDataFileMatchesTheGenerator() throws {
        let generator = EventsGenerator(rows: 50_000, seed: 42, dirty: false)
        if ProcessInfo.processInfo.environment["SPARKBOOK_REGENERATE_DATA"] != nil {
            try FileManager.default.createDirectory(at: Self.dataFile.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try generator.write(to: Self.dataFile)
        }
        let committed = try Data(contentsOf: Self.dataFile)
        #expect(committed == Data(generator.bytes()))
    }

    /// The size checked against free disk space is a lower bound: it never refuses a file that would fit.
    @Test(arguments: [false, true])
    func leastBytesNeverExceedTheFile(dirty: Bool) {
        for rows in [0, 1, 9, 5_000] {
            let generator = EventsGenerator(rows: rows, seed: 3, dirty: dirty)
            #expect(generator.leastBytes <= Int64(generator.bytes().count))
        }
        #expect(EventsGenerator(rows: .max).leastBytes == .max)
    }
}
