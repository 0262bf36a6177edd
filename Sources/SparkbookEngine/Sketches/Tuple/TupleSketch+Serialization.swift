/// DataSketches' compact Tuple form (serial version 3, family 9, sketch type 1): one preamble long when empty or
/// a single exact entry, two with the entry count, three with theta; then each hash followed by its summary (the
/// value, then the mode byte).
extension TupleSketch {
    static var family: Int { 9 }
    static var serialVersion: Int { 3 }
    static var compactTupleType: Int { 1 }

    public func serialized() -> [UInt8] {
        var out = SketchByteWriter()
        let single = entries.count == 1 && !isEstimationMode
        let preLongs = isEmpty || single ? 1 : isEstimationMode ? 3 : 2
        out.byte(preLongs)
        out.byte(Self.serialVersion)
        out.byte(Self.family)
        out.byte(Self.compactTupleType)
        out.byte(0)
        out.byte(ThetaSketch.compactFlag | ThetaSketch.readOnlyFlag | (isEmpty ? ThetaSketch.emptyFlag : 0))
        out.short(ThetaHash.seedHash)
        if !isEmpty && !single {
            out.int(entries.count)
            out.int(0)
            if isEstimationMode { out.unsignedLong(theta) }
        }
        for (hash, summary) in entries {
            out.unsignedLong(hash)
            summary.write(to: &out)
            out.byte(mode.rawValue)
        }
        return out.bytes
    }

    public init(serialized bytes: [UInt8]) throws {
        let reader = SketchByteReader(bytes: bytes)
        let preLongs = try reader.byte(0), version = try reader.byte(1), family = try reader.byte(2)
        guard family == Self.family, version == Self.serialVersion, try reader.byte(3) == Self.compactTupleType else {
            throw SketchFormatError.invalid("not a compact Tuple sketch")
        }
        let flags = try reader.byte(5)
        let empty = flags & ThetaSketch.emptyFlag != 0
        var offset = 8
        var count = 0
        var theta = ThetaHash.maxTheta
        if !empty {
            if preLongs == 1 {
                count = 1
            } else {
                count = try reader.int(offset)
                offset += 8
                if preLongs > 2 { theta = try reader.unsignedLong(offset); offset += 8 }
            }
        }
        guard count >= 0 else { throw SketchFormatError.invalid("bad count") }
        var entries: [(hash: UInt64, summary: Value)] = []
        var mode = TupleSummaryMode.sum
        for _ in 0..<count {
            let hash = try reader.unsignedLong(offset)
            let summary = try Value.read(reader, at: offset + 8)
            mode = TupleSummaryMode(rawValue: try reader.byte(offset + 8 + Value.byteWidth)) ?? .sum
            entries.append((hash, summary))
            offset += 8 + Value.byteWidth + 1
        }
        self.init(entries: entries, theta: theta, isEmpty: empty, mode: mode)
    }
}
