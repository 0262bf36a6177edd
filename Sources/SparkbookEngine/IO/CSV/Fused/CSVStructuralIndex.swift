#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The offsets of every delimiter and `\n` in a chunk of CSV bytes, found eight bytes at a time, so the line
/// parser then jumps from field to field without looking at the bytes in between.
///
/// Building the index is one tight loop with no per-field branching; parsing lines from it is then mostly
/// predictable. Offsets are relative to `chunkStart`; a `\n` entry has `newlineFlag` set. When the chunk reaches
/// the buffer's end, a last `\n` entry stands at the end for a final line without one.
final class CSVStructuralIndex {
    static let newlineFlag: UInt32 = 1 << 31
    /// Bytes indexed at a time: the index stays in the core's caches.
    static let chunkBytes = 64 << 10

    private(set) var chunkStart = 0
    private(set) var count = 0
    /// Whether the chunk holds the quote byte at all (when not, no field of it can start with one).
    private(set) var hasQuote = false
    let entries: UnsafeMutablePointer<UInt32>
    private let delimiterPattern: UInt64

    init(delimiter: UInt8) {
        delimiterPattern = UInt64(delimiter) &* 0x0101_0101_0101_0101
        // At most one entry per byte, plus the end's.
        entries = .allocate(capacity: Self.chunkBytes + 16)
    }

    deinit { entries.deallocate() }

    /// Bytes equal to zero in `x` get 0x80, others 0 (exact for every byte, unlike the short test for "any").
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// Indexes up to `chunkBytes` of `buffer` from `start` (the start of a line); `quote` is looked for.
    func build(_ buffer: UnsafeRawBufferPointer, from start: Int, quote: UInt8?) {
        chunkStart = start
        let size = buffer.count
        let end = min(size, start &+ Self.chunkBytes)
        guard let raw = buffer.baseAddress, start < end else {
            count = 0
            hasQuote = false
            if start >= size { entries[0] = Self.newlineFlag; count = 1 }
            return
        }
        hasQuote = quote.map { memchr(raw + start, Int32($0), end &- start) != nil } ?? false
        let newline: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        var n = 0
        var q = start
        @inline(__always) func add(_ w: UInt64, at q: Int) {
            let newlines = Self.zeroBytes(w ^ newline)
            var mask = Self.zeroBytes(w ^ delimiterPattern) | newlines
            let offset = UInt32(truncatingIfNeeded: q &- start)
            while mask != 0 {
                let bit = UInt64(mask.trailingZeroBitCount)
                entries[n] = (offset &+ UInt32(truncatingIfNeeded: bit &>> 3))
                    | (UInt32(truncatingIfNeeded: newlines >> bit) << 31)
                n &+= 1
                mask &= mask &- 1
            }
        }
        while q &+ 8 <= end {
            add(UInt64(littleEndian: (raw + q).loadUnaligned(as: UInt64.self)), at: q)
            q &+= 8
        }
        if end == size {
            // The tail, zero-padded (a zero byte is neither a delimiter nor a newline), then the end itself.
            var w: UInt64 = 0
            var i = 0
            while q &+ i < size {
                w |= UInt64(raw.load(fromByteOffset: q &+ i, as: UInt8.self)) << (UInt64(i) &* 8)
                i &+= 1
            }
            if i > 0 { add(w, at: q) }
            entries[n] = UInt32(truncatingIfNeeded: size &- start) | Self.newlineFlag
            n &+= 1
        }
        count = n
    }
}
