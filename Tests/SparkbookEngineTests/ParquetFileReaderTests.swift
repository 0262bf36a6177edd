import Foundation
import Testing
@testable import SparkbookEngine

/// Files from Spark 4.3 and pyarrow: schemas as Spark reads them, values of every type and encoding, and
/// damaged files failing with the file's name.
struct ParquetFileReaderTests {
    @Test func sparksOwnSchemaComesFromItsFooterKey() throws {
        let reader = try ParquetFileReader(path: ParquetFixtures.path("spark_types.parquet"))
        #expect(reader.schema.names.prefix(4) == ["b", "s", "i", "l"])
        #expect(reader.schema.fields.map(\.dataType).prefix(4) == [.byte, .short, .integer, .long])
        #expect(reader.schema.fields.allSatisfy { $0.nullable })
        #expect(reader.metadata.value(forKey: "org.apache.spark.version") == "4.3.0")
    }

    @Test func everyCodecReadsTheSameRows() throws {
        let reference = try ParquetFixtures.rows(try ParquetFileReader(path: ParquetFixtures.path("spark_types.parquet")))
        #expect(reference.count == 6)
        for codec in ["gzip", "zstd", "lz4_raw", "uncompressed"] {
            let rows = try ParquetFixtures.rows(try ParquetFileReader(path: ParquetFixtures.path("spark_types_\(codec).parquet")))
            #expect(rows == reference, "codec \(codec)")
        }
    }

    @Test func nestedValuesAreRebuiltFromTheirLevels() throws {
        let reader = try ParquetFileReader(path: ParquetFixtures.path("spark_types.parquet"))
        let names = reader.schema.names
        let rows = try ParquetFixtures.rows(reader, columns: ["nums", "m", "st"].map { names.firstIndex(of: $0)! })
        #expect(rows[2][0] == .null)
        #expect(rows[3][0] == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(rows[1][1] == .map(keys: [], values: []))
        #expect(rows[4][1] == .map(keys: [.string("k"), .string("z")], values: [.integer(4), .null]))
        #expect(rows[4][2] == .structure(names: ["x", "y"], values: [.integer(4), .null]))
    }

    @Test func pyarrowsEncodingsDecodeToTheSameValues() throws {
        let plain = try ParquetFixtures.rows(try ParquetFileReader(path: ParquetFixtures.path("arrow_plain_v1.parquet")), columns: [0, 1, 6])
        let dictionary = try ParquetFixtures.rows(try ParquetFileReader(path: ParquetFixtures.path("arrow_dict_v2.parquet")), columns: [0, 1, 6])
        let delta = try ParquetFixtures.rows(try ParquetFileReader(path: ParquetFixtures.path("arrow_delta.parquet")))
        #expect(plain.count == 50)
        #expect(dictionary == plain)
        #expect(delta == plain)
    }

    @Test func aFileThatIsNotParquetNamesItself() throws {
        let folder = try ParquetFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.parquet").path
        try Data("id,name\n1,a\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: ParquetError.self) { try ParquetFileReader(path: path) }
        #expect(error?.description == "\(path): the file is not Parquet (no PAR1 magic at its start and end)")
    }

    @Test func aTruncatedFooterIsAnErrorNotACrash() throws {
        let folder = try ParquetFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ParquetFixtures.path("spark_types.parquet"))))
        // Keep the magic and the length, damage the footer's middle.
        let footer = Int(bytes[bytes.count - 8]) | Int(bytes[bytes.count - 7]) << 8
        for i in (bytes.count - 8 - footer / 2)..<(bytes.count - 8) { bytes[i] = 0xFF }
        let path = folder.appendingPathComponent("damaged.parquet").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: ParquetError.self) {
            let reader = try ParquetFileReader(path: path)
            _ = try ParquetFixtures.rows(reader)
        }
    }

    @Test func columnsDecodedTogetherEqualEachDecodedAlone() throws {
        let reader = try ParquetFileReader(path: ParquetFixtures.path("spark_types.parquet"))
        let together = try reader.read(rowGroup: 0, columns: Array(0..<reader.schema.count))
        for c in 0..<reader.schema.count {
            let alone = try reader.read(rowGroup: 0, columns: [c])
            #expect((0..<alone.rowCount).map { alone.row($0) } == (0..<together.rowCount).map { [together.row($0)[c]] },
                    "column \(reader.schema[c].name)")
        }
    }

    @Test func aReadDropsThePagesOfTheChunksItDecoded() throws {
        // 2M distinct doubles, uncompressed: a 16 MB chunk that stays resident unless the reader releases it.
        let schema = StructType([StructField("x", .double, nullable: false)])
        let n = 2_000_000
        let column = ColumnVector(dataType: .double, storage: .float64((0..<n).map { Double($0) * 1.5 }))
        var writer = try ParquetFileWriter(schema: schema, codec: .uncompressed)
        try writer.write(RecordBatch(schema: schema, columns: [column], rowCount: n))
        let folder = try ParquetFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("wide.parquet")
        try Data(writer.finish()).write(to: url)
        let reader = try ParquetFileReader(path: url.path)
        let total = try (0..<reader.rowGroupCount).reduce(0) { $0 + (try reader.read(rowGroup: $1, columns: [0])).rowCount }
        #expect(total == n)
        let resident = try #require(Self.residentBytes(of: reader.file.bytes))
        #expect(resident < reader.file.bytes.count / 4, "\(resident) of \(reader.file.bytes.count) bytes still resident")
    }

    /// The resident size of the mapping that starts at `bytes` (from /proc/self/smaps), nil off Linux.
    static func residentBytes(of bytes: UnsafeRawBufferPointer) -> Int? {
        // procfs reports a size of 0, so read to the end rather than by size.
        guard let base = bytes.baseAddress, let handle = FileHandle(forReadingAtPath: "/proc/self/smaps") else { return nil }
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        let start = String(UInt(bitPattern: base), radix: 16)
        var inside = false
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), !line.hasPrefix(" "), line[..<dash].allSatisfy(\.isHexDigit) {
                inside = line[..<dash].drop { $0 == "0" } == start
            } else if inside, line.hasPrefix("Rss:") {
                return Int(line.split(separator: " ")[1]).map { $0 * 1024 }
            }
        }
        return nil
    }
}
