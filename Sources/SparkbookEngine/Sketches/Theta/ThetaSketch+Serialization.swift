/// The serialized forms of a compact Theta sketch Spark writes and reads. Spark writes
/// `toByteArrayCompressed()`: serial version 4 when there are two hashes or more (or one below a theta under 1),
/// the ascending hashes as deltas bit-packed big-endian first in as few bits as the largest needs, after a
/// preamble of one long (two with theta); otherwise serial version 3: 8 bytes when empty, 16 with the single
/// hash, or the plain form (count, theta when below 1, the hashes as longs), which is also read.
extension ThetaSketch {
    static var compactFamily: Int { 3 }
    static var readOnlyFlag: Int { 2 }
    static var emptyFlag: Int { 4 }
    static var compactFlag: Int { 8 }
    static var orderedFlag: Int { 16 }
    static var singleItemFlag: Int { 32 }

    public func serialized() -> [UInt8] {
        var out = SketchByteWriter()
        if isEmpty || hashes.isEmpty && !isEstimationMode {
            header(&out, preLongs: 1, serVer: 3, flags: Self.readOnlyFlag | Self.compactFlag | Self.emptyFlag | Self.orderedFlag)
            return out.bytes
        }
        if hashes.count == 1 && !isEstimationMode {
            header(&out, preLongs: 1, serVer: 3,
                   flags: Self.readOnlyFlag | Self.compactFlag | Self.orderedFlag | Self.singleItemFlag)
            out.unsignedLong(hashes[0])
            return out.bytes
        }
        if hashes.isEmpty {
            header(&out, preLongs: 3, serVer: 3, flags: Self.readOnlyFlag | Self.compactFlag | Self.orderedFlag)
            out.int(0)
            out.int(0)
            out.unsignedLong(theta)
            return out.bytes
        }
        // Serial version 4: deltas between ascending hashes, packed.
        var ored: UInt64 = 0
        var previous: UInt64 = 0
        for hash in hashes { ored |= hash &- previous; previous = hash }
        let entryBits = 64 - ored.leadingZeroBitCount
        let countBits = 32 - UInt32(hashes.count).leadingZeroBitCount
        let countBytes = (countBits + 7) / 8
        out.byte(isEstimationMode ? 2 : 1)
        out.byte(4)
        out.byte(Self.compactFamily)
        out.byte(entryBits)
        out.byte(countBytes)
        out.byte(Self.compactFlag | Self.readOnlyFlag | Self.orderedFlag)
        out.short(ThetaHash.seedHash)
        if isEstimationMode { out.unsignedLong(theta) }
        var count = hashes.count
        for _ in 0..<countBytes { out.byte(count & 0xff); count >>= 8 }
        var packer = BitPacker()
        previous = 0
        for hash in hashes { packer.append(hash &- previous, bits: entryBits); previous = hash }
        var bytes = out.bytes
        bytes.append(contentsOf: packer.bytes)
        return bytes
    }

    private func header(_ out: inout SketchByteWriter, preLongs: Int, serVer: Int, flags: Int) {
        out.byte(preLongs)
        out.byte(serVer)
        out.byte(Self.compactFamily)
        out.byte(0)
        out.byte(0)
        out.byte(flags)
        out.short(ThetaHash.seedHash)
    }

    /// Reads a compact sketch of serial version 3 or 4 (`CompactThetaSketch.heapify`).
    public init(serialized bytes: [UInt8]) throws {
        let reader = SketchByteReader(bytes: bytes)
        let preLongs = try reader.byte(0) & 0x3f, serVer = try reader.byte(1), family = try reader.byte(2)
        let flags = try reader.byte(5)
        guard family == Self.compactFamily, flags & Self.compactFlag != 0 else {
            throw SketchFormatError.invalid("not a compact Theta sketch")
        }
        guard try reader.short(6) == ThetaHash.seedHash else { throw SketchFormatError.invalid("seed hash mismatch") }
        switch serVer {
        case 3:
            if flags & Self.emptyFlag != 0 { self.init(); return }
            if preLongs == 1 {
                self.init(hashes: [try reader.unsignedLong(8)])
                return
            }
            let count = try reader.int(8)
            let theta = preLongs > 2 ? try reader.unsignedLong(16) : ThetaHash.maxTheta
            guard count >= 0 else { throw SketchFormatError.invalid("bad count") }
            let hashes = try (0..<count).map { try reader.unsignedLong(preLongs * 8 + 8 * $0) }
            self.init(hashes: hashes, theta: theta, isEmpty: false)
        case 4:
            let entryBits = try reader.byte(3), countBytes = try reader.byte(4)
            guard (1...64).contains(entryBits) else { throw SketchFormatError.invalid("bad entry bits") }
            var offset = 8
            var theta = ThetaHash.maxTheta
            if preLongs > 1 { theta = try reader.unsignedLong(8); offset += 8 }
            var count = 0
            for i in 0..<countBytes { count |= try reader.byte(offset) << (8 * i); offset += 1 }
            var unpacker = BitUnpacker(bytes: bytes, byteOffset: offset)
            var hashes: [UInt64] = []
            hashes.reserveCapacity(count)
            var previous: UInt64 = 0
            for _ in 0..<count {
                previous = previous &+ (try unpacker.next(bits: entryBits))
                hashes.append(previous)
            }
            self.init(hashes: hashes, theta: theta, isEmpty: false)
        default:
            throw SketchFormatError.invalid("unsupported Theta serial version \(serVer)")
        }
    }
}
