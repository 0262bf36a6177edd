/// Spark's rule for cutting files into read tasks (`FilePartition.maxSplitBytes`):
/// `splitSize = min(maxPartitionBytes, max(openCostInBytes, bytesPerCore))` with
/// `bytesPerCore = (totalBytes + files * openCostInBytes) / minPartitionNum`; each file is cut into
/// `splitSize` ranges (the last one shorter). Line boundaries are the reader's job (`CSVLineScanner`).
public struct CSVFileSplitter: Sendable, Hashable {
    public struct Split: Sendable, Hashable {
        public let path: String
        public let range: Range<Int>
        public let fileSize: Int
    }

    /// `spark.sql.files.maxPartitionBytes`, 128 MiB by default.
    public var maxPartitionBytes: Int
    /// `spark.sql.files.openCostInBytes`, 4 MiB by default.
    public var openCostInBytes: Int
    /// `spark.sql.files.minPartitionNum`, which defaults to the default parallelism (cores).
    public var minPartitionNum: Int

    public init(maxPartitionBytes: Int = 128 << 20, openCostInBytes: Int = 4 << 20, minPartitionNum: Int) {
        self.maxPartitionBytes = maxPartitionBytes
        self.openCostInBytes = openCostInBytes
        self.minPartitionNum = max(1, minPartitionNum)
    }

    public func splitSize(fileSizes: [Int]) -> Int {
        let total = fileSizes.reduce(0) { $0 + $1 + openCostInBytes }
        let bytesPerCore = total / minPartitionNum
        return min(maxPartitionBytes, max(openCostInBytes, bytesPerCore))
    }

    /// Byte ranges per file; an empty file gives no split.
    public func splits(_ files: [CSVFileListing.Entry]) -> [Split] {
        let size = max(1, splitSize(fileSizes: files.map(\.size)))
        var result: [Split] = []
        for file in files {
            var offset = 0
            while offset < file.size {
                let end = min(file.size, offset + size)
                result.append(Split(path: file.path, range: offset..<end, fileSize: file.size))
                offset = end
            }
        }
        return result
    }

    /// Splits packed into tasks as Spark's `FilePartition.getFilePartitions` packs them: largest first, each task
    /// filled until the next split would take it past the split size (each split also costs `openCostInBytes`).
    public func partitions(_ files: [CSVFileListing.Entry]) -> [[Split]] {
        let size = max(1, splitSize(fileSizes: files.map(\.size)))
        let ordered = splits(files).enumerated().sorted {
            $0.element.range.count != $1.element.range.count ? $0.element.range.count > $1.element.range.count : $0.offset < $1.offset
        }.map(\.element)
        var result: [[Split]] = []
        var current: [Split] = []
        var currentSize = 0
        for split in ordered {
            if currentSize + split.range.count > size, !current.isEmpty {
                result.append(current)
                current = []
                currentSize = 0
            }
            currentSize += split.range.count + openCostInBytes
            current.append(split)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
