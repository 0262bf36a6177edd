/// Writes one leaf's column chunk: a dictionary page when the values repeat enough (as parquet-mr does, up to a
/// 1 MiB dictionary), then data pages (v1) of about 1 MiB, each compressed with the codec, and the chunk's
/// metadata and statistics.
struct ParquetColumnChunkWriter {
    let element: ParquetSchemaElement
    let path: [String]
    let maxDefinition: Int
    let maxRepetition: Int
    let codec: ParquetCompressionCodec
    var pageSize = 1 << 20
    var dictionaryPageLimit = 1 << 20

    /// Appends the chunk to `file` and returns its metadata.
    func write(_ stripe: ParquetLeafStriping.Stripe, to file: inout [UInt8]) throws -> ParquetColumnChunk {
        let values = stripe.values
        let type = element.type!
        var meta = ParquetColumnMetaData()
        meta.type = type
        meta.path = path
        meta.codec = codec
        meta.valueCount = Int64(stripe.levelCount)
        let chunkStart = file.count
        var uncompressedTotal = 0

        // Dictionary: distinct values in first-seen order and each row's index, when that pays.
        let dictionary = buildDictionary(values)
        var encodings: [ParquetEncoding] = []
        if let dictionary {
            var body: [UInt8] = []
            ParquetPlainEncoder.encode(dictionary.values, rows: 0..<dictionary.values.count, element: element, into: &body)
            meta.dictionaryPageOffset = Int64(file.count)
            var header = ParquetPageHeader(type: .dictionaryPage, uncompressedSize: Int32(body.count), compressedSize: 0)
            header.dictionaryPage = .init(valueCount: Int32(dictionary.values.count), encoding: .plain)
            uncompressedTotal += try page(header, body, to: &file)
            encodings.append(.plain)
        }

        // Data pages: split rows so each page holds about `pageSize` bytes of values.
        let levelCount = stripe.levelCount
        let valueBytes = max(1, estimatedBytes(values))
        let perPage = max(1, Int(Double(levelCount) * Double(pageSize) / Double(valueBytes + levelCount)))
        var level = 0, value = 0
        var first = true
        var dataPages: Int32 = 0
        repeat {
            let levelEnd = min(levelCount, level + perPage)
            // Whole rows per page: a page starts where the repetition level is 0.
            var end = levelEnd
            if maxRepetition > 0 { while end < levelCount && stripe.repetitionLevels[end] != 0 { end += 1 } }
            var body: [UInt8] = []
            if maxRepetition > 0 { levels(Array(stripe.repetitionLevels[level..<end]), max: maxRepetition, into: &body) }
            var present = end - level
            if maxDefinition > 0 {
                let defs = Array(stripe.definitionLevels[level..<end])
                present = defs.reduce(0) { $0 + ($1 == Int32(maxDefinition) ? 1 : 0) }
                levels(defs, max: maxDefinition, into: &body)
            }
            let valueRange = value..<(value + present)
            if let dictionary {
                let indices = Array(dictionary.indices[valueRange])
                let width = ParquetRLEHybridEncoder.bitWidth(forMax: max(0, dictionary.values.count - 1))
                body.append(UInt8(width))
                var encoder = ParquetRLEHybridEncoder(bitWidth: width)
                encoder.encode(indices)
                body.append(contentsOf: encoder.bytes)
            } else {
                ParquetPlainEncoder.encode(values, rows: valueRange, element: element, into: &body)
            }
            var header = ParquetPageHeader(type: .dataPage, uncompressedSize: Int32(body.count), compressedSize: 0)
            header.dataPage = .init(valueCount: Int32(end - level), encoding: dictionary == nil ? .plain : .rleDictionary,
                                    definitionLevelEncoding: .rle, repetitionLevelEncoding: .rle)
            if first { meta.dataPageOffset = Int64(file.count); first = false }
            uncompressedTotal += try page(header, body, to: &file)
            dataPages += 1
            level = end
            value += present
        } while level < levelCount
        encodings.append(contentsOf: [.rle, dictionary == nil ? .plain : .rleDictionary])
        meta.encodings = encodings
        // As parquet-mr writes them: readers learn that every data page is dictionary-encoded (the chunk's
        // encodings list PLAIN for the dictionary page itself).
        let dataEncoding = dictionary == nil ? ParquetEncoding.plain : .rleDictionary
        var stats: [(pageType: Int32, encoding: Int32, count: Int32)] = []
        if dictionary != nil { stats.append((ParquetPageType.dictionaryPage.rawValue, ParquetEncoding.plain.rawValue, 1)) }
        stats.append((ParquetPageType.dataPage.rawValue, dataEncoding.rawValue, dataPages))
        meta.encodingStats = stats
        meta.totalCompressedSize = Int64(file.count - chunkStart)
        meta.totalUncompressedSize = Int64(uncompressedTotal)
        if maxRepetition == 0 { meta.statistics = ParquetStatisticsBuilder.statistics(values, nulls: levelCount - values.count, element: element) }
        var chunk = ParquetColumnChunk()
        chunk.fileOffset = Int64(chunkStart)
        chunk.metaData = meta
        return chunk
    }

    /// v1 levels: the RLE hybrid with its 4-byte length before it.
    private func levels(_ levels: [Int32], max: Int, into body: inout [UInt8]) {
        var encoder = ParquetRLEHybridEncoder(bitWidth: ParquetRLEHybridEncoder.bitWidth(forMax: max))
        encoder.encode(levels)
        withUnsafeBytes(of: UInt32(encoder.bytes.count).littleEndian) { body.append(contentsOf: $0) }
        body.append(contentsOf: encoder.bytes)
    }

    /// Writes a page header and its compressed body; returns the page's uncompressed size with its header.
    private func page(_ header: ParquetPageHeader, _ body: [UInt8], to file: inout [UInt8]) throws -> Int {
        let compressed = try ParquetCompression.compress(body, codec: codec)
        var h = header
        h.compressedSize = Int32(compressed.count)
        var w = ThriftCompactWriter()
        w.structure { h.write(&$0) }
        file.append(contentsOf: w.bytes)
        file.append(contentsOf: compressed)
        return w.bytes.count + body.count
    }

    private func estimatedBytes(_ values: ColumnVector) -> Int {
        switch values.storage {
        case .string(let s): s.bytes.count + 4 * s.count
        case .boolean(let b): b.count / 8
        case .int32(let v): v.count * 4
        case .int64(let v): v.count * (element.type == .int96 ? 12 : 8)
        case .float64(let v): v.count * (element.type == .float ? 4 : 8)
        case .int128(let v): v.count * 16
        default: values.count * 8
        }
    }

    /// The distinct values and each value's index, or nil when a dictionary would not help (booleans, or more
    /// than `dictionaryPageLimit` bytes of distinct values, or hardly any repetition).
    private func buildDictionary(_ values: ColumnVector) -> (values: ColumnVector, indices: [Int32])? {
        guard element.type != .boolean, values.count > 0 else { return nil }
        var indices = [Int32]()
        indices.reserveCapacity(values.count)
        var firstRows: [Int] = []
        var bytes = 0
        let width = element.type == .int96 ? 12 : element.type == .int32 || element.type == .float ? 4 : 8
        func add<K: Hashable>(_ keys: (Int) -> K, _ size: (Int) -> Int) -> Bool {
            var seen: [K: Int32] = [:]
            for row in 0..<values.count {
                let key = keys(row)
                if let i = seen[key] { indices.append(i); continue }
                let i = Int32(firstRows.count)
                seen[key] = i
                firstRows.append(row)
                indices.append(i)
                bytes += size(row)
                if bytes > dictionaryPageLimit { return false }
            }
            return true
        }
        // Strings are interned on their bytes (codes come in first-seen order, as the dictionary's indices do),
        // with no `String` or slice hashed per row.
        func addStrings(_ s: StringBuffer) -> Bool {
            var interned = StringDictionary()
            return s.bytes.withUnsafeBufferPointer { buffer in
                let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for row in 0..<s.count {
                    let range = s.byteRange(row)
                    let code = interned.intern(base + range.lowerBound, count: range.count)
                    indices.append(Int32(code))
                    guard code == firstRows.count else { continue }
                    firstRows.append(row)
                    bytes += range.count + 4
                    if bytes > dictionaryPageLimit { return false }
                }
                return true
            }
        }
        let fits: Bool
        switch values.storage {
        case .int32(let v): fits = add({ v[$0] }, { _ in width })
        case .int64(let v): fits = add({ v[$0] }, { _ in width })
        case .float64(let v): fits = add({ v[$0].bitPattern }, { _ in width })
        case .int128(let v): fits = add({ v[$0] }, { _ in Int(element.typeLength ?? 8) })
        case .string(let s): fits = addStrings(s)
        default: return nil
        }
        guard fits, firstRows.count * 2 <= values.count || firstRows.count < 1000 else { return nil }
        return (values.gather(firstRows), indices)
    }
}
