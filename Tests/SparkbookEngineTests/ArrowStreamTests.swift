import Foundation
import Testing
@testable import SparkbookEngine

/// Arrow IPC streams written by Sparkbook read back the same, and pyarrow reads what Sparkbook writes and
/// writes what Sparkbook reads (the round trip both ways, through `.venv-pyspark`'s pyarrow).
struct ArrowStreamTests {
    static let schema = StructType([
        StructField("b", .boolean), StructField("i8", .byte), StructField("i16", .short), StructField("i", .integer),
        StructField("l", .long, nullable: false), StructField("f", .float), StructField("d", .double), StructField("s", .string),
        StructField("bin", .binary), StructField("day", .date), StructField("ts", .timestamp), StructField("ntz", .timestampNTZ),
        StructField("dec", .decimal(precision: 10, scale: 2)), StructField("n", .null),
        StructField("xs", .array(element: .long, containsNull: true)),
        StructField("st", .structure(StructType([StructField("a", .integer), StructField("t", .string)]))),
        StructField("m", .map(key: .string, value: .double, valueContainsNull: true)),
    ])

    static let rows: [[Value]] = [
        [.boolean(true), .byte(-3), .short(300), .integer(7), .long(1 << 40), .float(1.5), .double(-0.25), .string("héllo"),
         .binary([0, 255, 7]), .date(19000), .timestamp(1_700_000_000_123_456), .timestampNTZ(86_400_000_000),
         .decimal(DecimalValue(unscaled: 12345, precision: 10, scale: 2)), .null, .array([.long(1), .null, .long(3)]),
         .structure(names: ["a", "t"], values: [.integer(1), .string("x")]), .map(keys: [.string("k")], values: [.double(2)])],
        [.null, .null, .null, .null, .long(-1), .null, .null, .null, .null, .null, .null, .null, .null, .null, .null, .null, .null],
        [.boolean(false), .byte(127), .short(-32768), .integer(Int32.min), .long(0), .float(-2), .double(.infinity), .string(""),
         .binary([]), .date(-1), .timestamp(0), .timestampNTZ(-1), .decimal(DecimalValue(unscaled: -1, precision: 10, scale: 2)),
         .null, .array([]), .structure(names: ["a", "t"], values: [.null, .null]), .map(keys: [], values: [])],
    ]

    static func batch(_ rows: [[Value]] = rows) -> RecordBatch {
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for row in rows { for (c, v) in row.enumerated() { builders[c].append(v) } }
        return RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows.count)
    }

    static func values(_ batches: [RecordBatch]) -> [[Value]] {
        batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } }
    }

    @Test func aStreamReadsBackAsWritten() throws {
        let bytes = try ArrowStreamWriter.stream(schema: Self.schema, batches: [Self.batch(), Self.batch(Array(Self.rows.prefix(1)))])
        #expect(Array(bytes.prefix(4)) == [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(Array(bytes.suffix(8)) == [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0])
        let (schema, batches) = try ArrowStreamReader.read(bytes)
        #expect(schema == Self.schema)
        #expect(batches.map(\.rowCount) == [3, 1])
        #expect(Self.values(batches) == Self.rows + Self.rows.prefix(1))
    }

    @Test func anEmptyBatchKeepsItsSchema() throws {
        let bytes = try ArrowStreamWriter.stream(schema: Self.schema, batches: [Self.batch([])])
        let (schema, batches) = try ArrowStreamReader.read(bytes)
        #expect(schema == Self.schema)
        #expect(batches.map(\.rowCount) == [0])
    }

    @Test func garbageIsAnErrorNotACrash() throws {
        let good = try ArrowStreamWriter.stream(schema: Self.schema, batches: [Self.batch()])
        var generator = SystemRandomNumberGenerator()
        for cut in stride(from: 1, to: good.count, by: 7) {
            _ = try? ArrowStreamReader.read(Array(good.prefix(cut)))
            var flipped = good
            flipped[cut] ^= UInt8.random(in: 1...255, using: &generator)
            _ = try? ArrowStreamReader.read(flipped)
        }
        #expect(throws: ArrowIPCError.self) { try ArrowStreamReader.read(Array("not arrow at all".utf8)) }
    }

    @Test func yearMonthIntervalsAreRefusedBeforeWriting() {
        #expect(throws: ArrowIPCError.self) {
            try ArrowStreamWriter(schema: StructType([StructField("ym", .yearMonthInterval)]))
        }
    }

    // MARK: pyarrow

    static let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".venv-pyspark/bin/python").path
    static var hasPyarrow: Bool { FileManager.default.isExecutableFile(atPath: python) }

    /// Runs `script` with `input` on stdin; returns its stdout.
    static func runPython(_ script: String, input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread { stdin.fileHandleForWriting.write(Data(input)); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ArrowIPCError.malformed(String(decoding: err, as: UTF8.self)) }
        return Array(out)
    }

    @Test(.enabled(if: hasPyarrow)) func pyarrowReadsWhatSparkbookWritesAndSparkbookReadsItsAnswer() throws {
        let bytes = try ArrowStreamWriter.stream(schema: Self.schema, batches: [Self.batch()], timeZone: "UTC")
        // pyarrow reads the stream, checks types and values, and writes the table back as a new stream.
        let script = """
            import sys, pyarrow as pa, decimal, datetime
            t = pa.ipc.open_stream(sys.stdin.buffer.read()).read_all()
            types = [str(f.type) for f in t.schema]
            assert types == ['bool', 'int8', 'int16', 'int32', 'int64', 'float', 'double', 'string', 'binary', 'date32[day]',
                             'timestamp[us, tz=UTC]', 'timestamp[us]', 'decimal128(10, 2)', 'null', 'list<element: int64>',
                             'struct<a: int32, t: string>', 'map<string, double>'], types
            assert not t.schema.field('l').nullable
            row = t.slice(0, 1).to_pylist()[0]
            assert row['s'] == 'héllo' and row['bin'] == b'\\x00\\xff\\x07' and row['dec'] == decimal.Decimal('123.45'), row
            assert row['xs'] == [1, None, 3] and row['st'] == {'a': 1, 't': 'x'} and row['m'] == [('k', 2.0)], row
            assert row['day'] == datetime.date(2022, 1, 8) and row['ts'].microsecond == 123456, row
            assert t.column('i').null_count == 1 and t.column('l').to_pylist() == [1 << 40, -1, 0]
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, t.schema) as w:
                w.write_table(pa.Table.from_pylist(t.to_pylist(), schema=t.schema))
            sys.stdout.buffer.write(sink.getvalue().to_pybytes())
            """
        let answer = try Self.runPython(script, input: bytes)
        let (schema, batches) = try ArrowStreamReader.read(answer)
        #expect(schema == Self.schema)
        #expect(Self.values(batches) == Self.rows)
    }

    @Test(.enabled(if: hasPyarrow)) func largeStringsSlicesAndSeveralBatchesFromPyarrowRead() throws {
        let script = """
            import sys, pyarrow as pa
            t = pa.table({'s': pa.array(['a', None, 'ccc', 'dd'], pa.large_string()),
                          'b': pa.array([b'x', b'', None, b'zz'], pa.large_binary()),
                          'xs': pa.array([[1], None, [], [2, 3]], pa.list_(pa.int32())),
                          'n': pa.array([1.5, 2.5, None, 4.5])})
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, t.schema) as w:
                w.write_table(t.slice(1, 3), max_chunksize=2)
            sys.stdout.buffer.write(sink.getvalue().to_pybytes())
            """
        let (schema, batches) = try ArrowStreamReader.read(try Self.runPython(script, input: []))
        #expect(schema.names == ["s", "b", "xs", "n"])
        #expect(schema.fields.map(\.dataType) == [.string, .binary, .array(element: .integer, containsNull: true), .double])
        #expect(batches.map(\.rowCount) == [2, 1])
        #expect(Self.values(batches) == [
            [.null, .binary([]), .null, .double(2.5)],
            [.string("ccc"), .null, .array([]), .null],
            [.string("dd"), .binary([0x7A, 0x7A]), .array([.integer(2), .integer(3)]), .double(4.5)],
        ])
    }
}
