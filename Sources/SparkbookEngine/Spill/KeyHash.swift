/// A 64-bit hash of each row's keys that every row of one group shares: doubles hashed after normalising as
/// grouping does (every NaN one value, -0.0 as 0.0), strings by their bytes, a null as its own mark.
///
/// A spilled aggregate's runs are sorted by it before the keys: as an exact 8-byte prefix it orders almost every
/// pair of rows on its own, so neither the run sort nor the merge compares the keys themselves except on a
/// collision (where the keys order the rows). Only order within one process matters: runs never outlive it.
enum KeyHash {
    static func hashes(_ columns: [ColumnVector], rowCount n: Int) -> [Int64] {
        var h = [UInt64](repeating: 0x243F_6A88_85A3_08D3, count: n)
        let nullMark: UInt64 = 0x9E37_79B9_7F4A_7C15
        for column in columns {
            let key = KeyColumn(column)
            switch key.values {
            case .int32(let v):
                for r in 0..<n { h[r] = mix(h[r], key.isNull(r) ? nullMark : UInt64(UInt32(bitPattern: v[r]))) }
            case .int64(let v):
                for r in 0..<n { h[r] = mix(h[r], key.isNull(r) ? nullMark : UInt64(bitPattern: v[r])) }
            case .double(let v):
                for r in 0..<n {
                    let d = v[r].isNaN ? Double.nan : (v[r] == 0 ? 0 : v[r])
                    h[r] = mix(h[r], key.isNull(r) ? nullMark : d.bitPattern)
                }
            case .boolean(let v):
                for r in 0..<n { h[r] = mix(h[r], key.isNull(r) ? nullMark : (v[r] ? 1 : 2)) }
            case .string(let s):
                s.bytes.withUnsafeBufferPointer { bytes in
                    s.offsets.withUnsafeBufferPointer { offsets in
                        for r in 0..<n {
                            if key.isNull(r) { h[r] = mix(h[r], nullMark); continue }
                            // FNV-1a over the bytes, then the length.
                            var x: UInt64 = 0xCBF2_9CE4_8422_2325
                            let start = Int(offsets[r]), end = Int(offsets[r + 1])
                            for i in start..<end { x = (x ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3 }
                            h[r] = mix(h[r], x ^ UInt64(end - start))
                        }
                    }
                }
            case .boxed(let c):
                for r in 0..<n {
                    var hasher = Hasher()
                    hasher.combine(ScalaValueHash.identity(c.value(at: r)))
                    h[r] = mix(h[r], key.isNull(r) ? nullMark : UInt64(bitPattern: Int64(hasher.finalize())))
                }
            }
        }
        return h.map { Int64(bitPattern: $0) }
    }

    @inline(__always) private static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 {
        var z = (h ^ x) &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        z = z &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 29)
    }
}
