/// Reads one column chunk's pages: the dictionary page if any, then data pages (v1 and v2), decompressing each
/// and decoding its levels and values. The result is the chunk's levels and its non-null values, or, when asked
/// and every data page is dictionary-encoded, the dictionary and one index per non-null value (no value is
/// copied out of the dictionary: a string key is hashed once per distinct value, not once per row).
struct ParquetColumnChunkReader {
    let file: UnsafeRawBufferPointer
    let leaf: ParquetLeaf
    let meta: ParquetColumnMetaData

    struct Chunk {
        var definitionLevels: [Int32]
        var repetitionLevels: [Int32]
        var values: ParquetValues
        var levelCount: Int
        /// With `keepingDictionary`, when every data page is dictionary-encoded: the dictionary, and in
        /// `indices` each non-null value's entry (`values` is then empty).
        var dictionary: ParquetValues?
        var indices: [Int32] = []
    }

    /// Where the chunk's pages are in the file (the dictionary page first, when there is one).
    func pageRange() throws -> Range<Int> {
        let start = Int(meta.dictionaryPageOffset.map { $0 > 0 ? min($0, meta.dataPageOffset) : meta.dataPageOffset } ?? meta.dataPageOffset)
        let end = start + Int(meta.totalCompressedSize)
        guard start >= 4, end <= file.count, start <= end else {
            throw ParquetError("column chunk \(leaf.path.joined(separator: ".")) lies outside the file (bytes \(start)..<\(end) of \(file.count))")
        }
        return start..<end
    }

    /// The chunk's dictionary page decoded; nil when its first page is not a dictionary page.
    func dictionary() throws -> ParquetValues? {
        let range = try pageRange()
        var header = ThriftCompactReader(file, at: range.lowerBound)
        let page = try ParquetPageHeader.read(&header)
        guard page.type == .dictionaryPage else { return nil }
        let bodyEnd = header.position + Int(page.compressedSize)
        guard page.compressedSize >= 0, bodyEnd <= range.upperBound else {
            throw ParquetError("a page of column \(leaf.path.joined(separator: ".")) runs past its column chunk")
        }
        return try decodeDictionary(page, UnsafeRawBufferPointer(rebasing: file[header.position..<bodyEnd]))
    }

    private func decodeDictionary(_ page: ParquetPageHeader, _ body: UnsafeRawBufferPointer) throws -> ParquetValues {
        guard let d = page.dictionaryPage else { throw ParquetError("dictionary page without its header") }
        let bytes = try ParquetCompression.decompress(body, codec: meta.codec, uncompressedSize: Int(page.uncompressedSize))
        return try bytes.withUnsafeBytes { raw in
            var cursor = ParquetByteCursor(raw)
            return try ParquetPlainDecoder.decode(&cursor, type: leaf.type, typeLength: leaf.typeLength, count: Int(d.valueCount))
        }
    }

    func read(keepingDictionary: Bool = false) throws -> Chunk {
        let range = try pageRange()
        let (start, end) = (range.lowerBound, range.upperBound)
        var chunk = Chunk(definitionLevels: [], repetitionLevels: [], values: .empty(leaf.type), levelCount: 0)
        var dictionary: ParquetValues?
        // Dictionary indices of consecutive dictionary-encoded pages, looked up once (one gather for the chunk
        // instead of one per page and a copy to append it).
        var pending: [Int32] = []
        pending.reserveCapacity(Int(meta.valueCount))
        // Each page's values, joined once at the end (appending page by page would copy the chunk each time).
        var parts: [ParquetValues] = []
        var position = start
        var valuesRead = 0
        while position < end && valuesRead < Int(meta.valueCount) {
            var header = ThriftCompactReader(file, at: position)
            let page = try ParquetPageHeader.read(&header)
            let bodyStart = header.position
            let bodyEnd = bodyStart + Int(page.compressedSize)
            guard page.compressedSize >= 0, bodyEnd <= end else {
                throw ParquetError("a page of column \(leaf.path.joined(separator: ".")) runs past its column chunk")
            }
            let body = UnsafeRawBufferPointer(rebasing: file[bodyStart..<bodyEnd])
            position = bodyEnd
            switch page.type {
            case .dictionaryPage:
                dictionary = try decodeDictionary(page, body)
            case .dataPage:
                guard let d = page.dataPage else { throw ParquetError("data page without its header") }
                let bytes = try ParquetCompression.decompress(body, codec: meta.codec, uncompressedSize: Int(page.uncompressedSize))
                try bytes.withUnsafeBytes { raw in
                    var cursor = ParquetByteCursor(raw)
                    let count = Int(d.valueCount)
                    if leaf.maxRepetition > 0 {
                        try levels(&cursor, max: leaf.maxRepetition, count: count, prefixed: true, into: &chunk.repetitionLevels)
                    }
                    let nonNull = try definitionLevels(&cursor, count: count, length: nil, into: &chunk)
                    try values(&cursor, encoding: d.encoding, count: nonNull, dictionary: dictionary, pending: &pending, into: &parts)
                    valuesRead += count
                }
            case .dataPageV2:
                guard let d = page.dataPageV2 else { throw ParquetError("data page v2 without its header") }
                let levelBytes = Int(d.repetitionLevelsByteLength) + Int(d.definitionLevelsByteLength)
                guard levelBytes <= body.count else { throw ParquetError("a v2 page's levels are longer than the page") }
                var levelCursor = ParquetByteCursor(body)
                let count = Int(d.valueCount)
                if leaf.maxRepetition > 0 {
                    let raw = try levelCursor.take(Int(d.repetitionLevelsByteLength), "repetition levels")
                    var decoder = ParquetRLEHybridDecoder(raw, bitWidth: ParquetRLEHybridEncoder.bitWidth(forMax: leaf.maxRepetition))
                    try decoder.decode(count: count, into: &chunk.repetitionLevels)
                } else {
                    levelCursor.position += Int(d.repetitionLevelsByteLength)
                }
                let nonNull = try definitionLevels(&levelCursor, count: count, length: Int(d.definitionLevelsByteLength), into: &chunk)
                let rest = UnsafeRawBufferPointer(rebasing: body[levelBytes...])
                let bytes = d.isCompressed
                    ? try ParquetCompression.decompress(rest, codec: meta.codec, uncompressedSize: Int(page.uncompressedSize) - levelBytes)
                    : Array(rest)
                try bytes.withUnsafeBytes { raw in
                    var cursor = ParquetByteCursor(raw)
                    try values(&cursor, encoding: d.encoding, count: nonNull, dictionary: dictionary, pending: &pending, into: &parts)
                }
                valuesRead += count
            case .indexPage:
                continue
            }
        }
        if keepingDictionary, parts.isEmpty, let dictionary, valuesRead > 0 {
            let n = dictionary.count
            for i in pending where i < 0 || Int(i) >= n {
                throw ParquetError("dictionary index \(i) is outside a dictionary of \(n) values")
            }
            chunk.dictionary = dictionary
            chunk.indices = pending
            return chunk
        }
        try flush(&pending, dictionary, into: &parts)
        chunk.values = ParquetValues.joined(parts, type: leaf.type)
        return chunk
    }

    /// Reads a page's definition levels (all `maxDefinition` when the column is required) and returns how many
    /// values are not null.
    private func definitionLevels(_ cursor: inout ParquetByteCursor, count: Int, length: Int?,
                                  into chunk: inout Chunk) throws -> Int {
        chunk.levelCount += count
        guard leaf.maxDefinition > 0 else { return count }
        let before = chunk.definitionLevels.count
        if let length {
            let raw = try cursor.take(length, "definition levels")
            var decoder = ParquetRLEHybridDecoder(raw, bitWidth: ParquetRLEHybridEncoder.bitWidth(forMax: leaf.maxDefinition))
            try decoder.decode(count: count, into: &chunk.definitionLevels)
        } else {
            try levels(&cursor, max: leaf.maxDefinition, count: count, prefixed: true, into: &chunk.definitionLevels)
        }
        let top = Int32(leaf.maxDefinition)
        var nonNull = 0
        for i in before..<chunk.definitionLevels.count where chunk.definitionLevels[i] == top { nonNull += 1 }
        return nonNull
    }

    /// v1 levels: a 4-byte length, then the RLE hybrid.
    private func levels(_ cursor: inout ParquetByteCursor, max: Int, count: Int, prefixed: Bool, into out: inout [Int32]) throws {
        let length = Int(try cursor.uint32LE())
        let raw = try cursor.take(length, "levels")
        var decoder = ParquetRLEHybridDecoder(raw, bitWidth: ParquetRLEHybridEncoder.bitWidth(forMax: max))
        try decoder.decode(count: count, into: &out)
    }

    /// Looks up the pending dictionary indices and appends their values.
    private func flush(_ pending: inout [Int32], _ dictionary: ParquetValues?, into out: inout [ParquetValues]) throws {
        guard !pending.isEmpty, let dictionary else { return }
        out.append(try dictionary.gather(pending))
        pending.removeAll(keepingCapacity: true)
    }

    private func values(_ cursor: inout ParquetByteCursor, encoding: ParquetEncoding, count: Int,
                        dictionary: ParquetValues?, pending: inout [Int32], into out: inout [ParquetValues]) throws {
        if encoding != .plainDictionary && encoding != .rleDictionary { try flush(&pending, dictionary, into: &out) }
        switch encoding {
        case .plain:
            out.append(try ParquetPlainDecoder.decode(&cursor, type: leaf.type, typeLength: leaf.typeLength, count: count))
        case .plainDictionary, .rleDictionary:
            guard let dictionary else { throw ParquetError("a dictionary-encoded page comes before any dictionary page") }
            _ = dictionary
            let width = count == 0 ? 0 : Int(try cursor.byte())
            var decoder = ParquetRLEHybridDecoder(UnsafeRawBufferPointer(rebasing: cursor.bytes[cursor.position...]), bitWidth: width)
            try decoder.decode(count: count, into: &pending)
        case .rle where leaf.type == .boolean:
            _ = try cursor.uint32LE()
            var bits: [Int32] = []
            var decoder = ParquetRLEHybridDecoder(UnsafeRawBufferPointer(rebasing: cursor.bytes[cursor.position...]), bitWidth: 1)
            try decoder.decode(count: count, into: &bits)
            out.append(.boolean(bits.map { $0 != 0 }))
        case .deltaBinaryPacked:
            let decoded = try ParquetDeltaDecoders.binaryPacked(&cursor, count: count)
            switch leaf.type {
            case .int32: out.append(.int32(decoded.map { Int32(truncatingIfNeeded: $0) }))
            case .int64: out.append(.int64(decoded))
            default: throw ParquetError("DELTA_BINARY_PACKED is not defined for \(leaf.type)")
            }
        case .deltaLengthByteArray:
            out.append(.bytes(try ParquetDeltaDecoders.lengthByteArray(&cursor, count: count)))
        case .deltaByteArray:
            out.append(.bytes(try ParquetDeltaDecoders.byteArray(&cursor, count: count)))
        case .byteStreamSplit:
            out.append(try ParquetPlainDecoder.decodeByteStreamSplit(&cursor, type: leaf.type, typeLength: leaf.typeLength, count: count))
        default:
            throw ParquetError("encoding \(encoding) is not supported for column \(leaf.path.joined(separator: "."))")
        }
    }
}
