import Synchronization

/// Map output of every shuffle, by shuffle id, map partition and reduce partition.
///
/// Blocks stay in memory while the session's memory pool has room for them (as storage, which execution may
/// evict); past that a map task's blocks go to a file under `spark.local.dir`, and blocks already in memory are
/// moved to files when an operator needs their memory. Spark writes every map output to disk; holding it in
/// memory is the engine's shortcut while memory allows, so moving it to disk is not counted as a spill.
///
/// Shared by concurrent tasks: bookkeeping goes through one mutex, file writes and reads happen outside it; the
/// batches themselves are immutable.
public final class ShuffleStore: Sendable {
    /// One map task's output for one reduce partition, in pieces read in order (a map task that spilled writes
    /// several runs).
    typealias Block = [ShuffleBlockPiece]
    /// A map task's blocks; `id` changes whenever they are replaced (a retry, an eviction).
    struct MapOutput {
        let id: Int
        let blocks: [Block]
        /// Per reduce partition, the rows adaptive coalescing weighs when they are not the rows held: a partial
        /// aggregate that passed rows through counts the rows Spark's hashing one writes (`partialOutput`).
        var coalescingRows: [Int]? = nil

        /// The rows coalescing weighs for reduce partition `p`.
        func weighedRows(_ p: Int) -> Int { coalescingRows?[p] ?? blocks[p].reduce(0) { $0 + $1.rowCount } }
    }
    private let outputs = Mutex<(maps: [Int: [Int: MapOutput]], nextId: Int)>(([:], 0))
    private let memory: MemoryManager?

    /// `memory`: the pool blocks are kept in (`nil`: always in memory).
    public init(memory: MemoryManager? = nil) {
        self.memory = memory
        memory?.addStorageEvictor { [weak self] bytes in self?.evict(bytes) ?? 0 }
    }

    /// Records the output of one map task: one batch per reduce partition.
    public func write(shuffle: Int, mapPartition: Int, batches: [RecordBatch]) throws {
        try write(shuffle: shuffle, mapPartition: mapPartition, blocks: batches.map { [.memory($0)] })
    }

    /// Records the output of one map task: one list of pieces per reduce partition (runs already on disk stay
    /// there); in-memory pieces the pool has no room for are written to a file first. `lastPieceRows`: per
    /// reduce partition, the rows coalescing counts for its last piece instead of the rows it holds.
    func write(shuffle: Int, mapPartition: Int, blocks: [Block], lastPieceRows: [Int]? = nil) throws {
        let coalescingRows = lastPieceRows.map { last in
            blocks.enumerated().map { p, block in block.dropLast().reduce(last[p]) { $0 + $1.rowCount } }
        }
        var file: SpillFile?
        var stored: [Block] = []
        for block in blocks {
            var pieces: Block = []
            // Consecutive pieces without room go to the file as one segment (a streamed map task deals many
            // small batches to each partition).
            var homeless: [RecordBatch] = []
            func flush() throws {
                guard let memory, !homeless.isEmpty else { return }
                let batch = RowSorter.concatenate(homeless, schema: homeless[0].schema)
                homeless = []
                if file == nil { file = try SpillFile(directory: memory.spillDirectory, prefix: "temp_shuffle") }
                pieces.append(.disk(file!, try file!.append(batch), bytes: batch.byteSize, schema: batch.schema))
            }
            for piece in block {
                guard case .memory(let batch) = piece, let memory, SpillBatchCodec.canEncode(batch),
                      !memory.acquireStorage(Int64(batch.byteSize)) else {
                    try flush()
                    pieces.append(piece)
                    continue
                }
                homeless.append(batch)
            }
            try flush()
            stored.append(pieces)
        }
        let replaced = outputs.withLock { all in
            defer {
                all.maps[shuffle, default: [:]][mapPartition] = MapOutput(id: all.nextId, blocks: stored,
                                                                          coalescingRows: coalescingRows)
                all.nextId += 1
            }
            return all.maps[shuffle]?[mapPartition]?.blocks
        }
        if let replaced { discard([replaced]) }
    }

    /// Every map task's batches for `reducePartitions`, in map order.
    public func read(shuffle: Int, reducePartitions: Range<Int>) throws -> [RecordBatch] {
        try pieces(shuffle: shuffle, reducePartitions: reducePartitions).map { try $0.batch() }
    }

    /// What `read` returns, as pieces still to be read (a file's only when asked), for a reduce task that
    /// streams its input rather than holding it whole.
    func pieces(shuffle: Int, reducePartitions: Range<Int>) -> [ShuffleBlockPiece] {
        outputs.withLock { all in
            let maps = all.maps[shuffle] ?? [:]
            return maps.keys.sorted().flatMap { map in reducePartitions.flatMap { maps[map]!.blocks[$0] } }
        }
    }

    /// Bytes and rows one map task wrote (every reduce partition), as held in memory.
    public func written(shuffle: Int, mapPartition: Int) -> (bytes: Int, rows: Int) {
        let blocks: [Block] = outputs.withLock { $0.maps[shuffle]?[mapPartition]?.blocks ?? [] }
        var bytes = 0, rows = 0
        for piece in blocks.joined() { bytes += piece.byteSize; rows += piece.rowCount }
        return (bytes, rows)
    }

    /// Bytes and rows a reduce task reads for `reducePartitions`: every map task's blocks for them.
    public func readSize(shuffle: Int, reducePartitions: Range<Int>) -> (bytes: Int, rows: Int) {
        let pieces: [ShuffleBlockPiece] = outputs.withLock { all in
            let maps = all.maps[shuffle] ?? [:]
            return maps.values.flatMap { output in reducePartitions.flatMap { output.blocks[$0] } }
        }
        var bytes = 0, rows = 0
        for piece in pieces { bytes += piece.byteSize; rows += piece.rowCount }
        return (bytes, rows)
    }

    /// Rows written per reduce partition, for adaptive coalescing (a partial aggregate that passed rows through
    /// counts the rows a hashing one writes, `MapOutput.coalescingRows`).
    public func rowsPerPartition(shuffle: Int, partitions: Int) -> [Int] {
        outputs.withLock { all in
            var sizes = [Int](repeating: 0, count: partitions)
            for output in (all.maps[shuffle] ?? [:]).values {
                for p in output.blocks.indices {
                    sizes[p] += output.weighedRows(p)
                }
            }
            return sizes
        }
    }

    /// The rows adaptive coalescing weighs for `reducePartitions`, over every map task: for an aggregate's map
    /// output, each task's distinct keys, so a bound of the groups the final aggregate makes of them.
    func coalescingRows(shuffle: Int, reducePartitions: Range<Int>) -> Int {
        outputs.withLock { all in
            var rows = 0
            for output in (all.maps[shuffle] ?? [:]).values {
                for p in reducePartitions {
                    rows += output.weighedRows(p)
                }
            }
            return rows
        }
    }

    /// Drops the output of some map tasks (lost with their executor) so they are written again.
    public func remove(shuffle: Int, mapPartitions: [Int]) {
        let removed = outputs.withLock { all in
            mapPartitions.compactMap { map in all.maps[shuffle]?.removeValue(forKey: map)?.blocks }
        }
        discard(removed)
    }

    public func remove(shuffle: Int) {
        let removed: [Int: MapOutput]? = outputs.withLock { $0.maps.removeValue(forKey: shuffle) }
        discard((removed ?? [:]).values.map { $0.blocks })
    }

    /// Releases the memory of dropped map outputs and deletes their files.
    private func discard(_ maps: [[Block]]) {
        var bytes: Int64 = 0
        var files: [ObjectIdentifier: SpillFile] = [:]
        for piece in maps.joined().joined() {
            switch piece {
            case .memory(let batch): if memory != nil, SpillBatchCodec.canEncode(batch) { bytes += Int64(batch.byteSize) }
            case .disk(let file, _, _, _): files[ObjectIdentifier(file)] = file
            }
        }
        memory?.releaseStorage(bytes)
        for file in files.values { file.remove() }
    }

    /// Moves in-memory blocks to files until about `bytes` are freed, one map task's output per file (so a file
    /// goes with its map output); returns the bytes freed. The batches are written outside the lock; a map output
    /// replaced, removed or evicted by another task meanwhile keeps what it has, and this file is deleted.
    func evict(_ bytes: Int64) -> Int64 {
        guard let memory else { return 0 }
        var freed: Int64 = 0
        while freed < bytes {
            let victim = outputs.withLock { all -> (shuffle: Int, map: Int, output: MapOutput)? in
                for shuffle in all.maps.keys.sorted() {
                    for (map, output) in all.maps[shuffle]!.sorted(by: { $0.key < $1.key })
                    where output.blocks.joined().contains(where: \.isEvictable) {
                        return (shuffle, map, output)
                    }
                }
                return nil
            }
            guard let victim else { break }
            var moved: Int64 = 0
            let evicted: [Block]
            let file: SpillFile
            do {
                file = try SpillFile(directory: memory.spillDirectory, prefix: "temp_shuffle")
                evicted = try victim.output.blocks.map { block -> Block in
                    try block.map { piece -> ShuffleBlockPiece in
                        guard piece.isEvictable, case .memory(let batch) = piece else { return piece }
                        moved += Int64(batch.byteSize)
                        return .disk(file, try file.append(batch), bytes: batch.byteSize, schema: batch.schema)
                    }
                }
            } catch {
                break
            }
            let swapped = outputs.withLock { all -> Bool in
                guard all.maps[victim.shuffle]?[victim.map]?.id == victim.output.id else { return false }
                all.maps[victim.shuffle]![victim.map] = MapOutput(id: all.nextId, blocks: evicted,
                                                                  coalescingRows: victim.output.coalescingRows)
                all.nextId += 1
                return true
            }
            if swapped { freed += moved } else { file.remove() }
        }
        // The caller (`MemoryManager`) releases `freed` from storage.
        return freed
    }
}
