/// Values packed most significant bit first into a continuous bit stream (DataSketches' `BitPacking`).
struct BitPacker {
    private(set) var bytes: [UInt8] = []
    private var bitOffset = 0

    mutating func append(_ value: UInt64, bits: Int) {
        var remaining = bits
        while remaining > 0 {
            if bitOffset == 0 { bytes.append(0) }
            let room = 8 - bitOffset
            let take = min(room, remaining)
            let chunk = UInt8(truncatingIfNeeded: (value >> UInt64(remaining - take)) & ((1 << UInt64(take)) - 1))
            bytes[bytes.count - 1] |= chunk << UInt8(room - take)
            remaining -= take
            bitOffset = (bitOffset + take) & 7
        }
    }
}

struct BitUnpacker {
    let bytes: [UInt8]
    var bitPosition: Int

    init(bytes: [UInt8], byteOffset: Int) {
        self.bytes = bytes
        bitPosition = byteOffset * 8
    }

    mutating func next(bits: Int) throws -> UInt64 {
        var value: UInt64 = 0
        var remaining = bits
        while remaining > 0 {
            let index = bitPosition >> 3
            guard index < bytes.count else { throw SketchFormatError.truncated }
            let offset = bitPosition & 7
            let take = min(8 - offset, remaining)
            let chunk = (UInt64(bytes[index]) >> UInt64(8 - offset - take)) & ((1 << UInt64(take)) - 1)
            value = (value << UInt64(take)) | chunk
            remaining -= take
            bitPosition += take
        }
        return value
    }
}
