/// Copies the bytes of one short value (a string field) between buffers: 8 bytes at a time while both sides
/// have room for a whole word, so a field of a few bytes costs two loads and stores instead of a `memmove` call,
/// which dominated gathering string columns row by row.
enum ShortByteCopy {
    /// Copies `count` bytes from `source + from` to `target + to`. `sourceEnd` and `targetEnd` are the bytes each
    /// buffer may be read or written up to: a word past `count` is moved only when it stays inside both (the
    /// target's extra bytes are overwritten later or lie past what the buffer initialises).
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, from: Int, sourceEnd: Int,
                     _ target: UnsafeMutablePointer<UInt8>, to: Int, targetEnd: Int, count: Int) {
        if count <= 16, from &+ 16 <= sourceEnd, to &+ 16 <= targetEnd {
            let s = UnsafeRawPointer(source + from), t = UnsafeMutableRawPointer(target + to)
            t.storeBytes(of: s.loadUnaligned(as: UInt64.self), as: UInt64.self)
            t.storeBytes(of: s.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        } else if count > 0 {
            (target + to).update(from: source + from, count: count)
        }
    }
}
