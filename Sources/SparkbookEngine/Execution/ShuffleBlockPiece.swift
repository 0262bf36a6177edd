/// Part of a map task's output for one reduce partition: a batch in memory, or a segment of a file on disk.
enum ShuffleBlockPiece: Sendable {
    case memory(RecordBatch)
    /// `bytes`: the batch's size in memory, so shuffle metrics read the same wherever it lies.
    case disk(SpillFile, SpillSegment, bytes: Int, schema: StructType)

    var rowCount: Int {
        switch self {
        case .memory(let batch): batch.rowCount
        case .disk(_, let segment, _, _): segment.rowCount
        }
    }

    var byteSize: Int {
        switch self {
        case .memory(let batch): batch.byteSize
        case .disk(_, _, let bytes, _): bytes
        }
    }

    /// Whether it holds pool memory that a file could free.
    var isEvictable: Bool {
        if case .memory(let batch) = self { SpillBatchCodec.canEncode(batch) } else { false }
    }

    func batch() throws -> RecordBatch {
        switch self {
        case .memory(let batch): batch
        case .disk(let file, let segment, _, let schema): try file.read(segment, schema: schema)
        }
    }

}
