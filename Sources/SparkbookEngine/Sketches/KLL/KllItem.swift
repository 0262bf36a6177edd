import SparkbookUtilities

/// What a KLL sketch's items must provide: an order, their width and byte form in DataSketches' serialization,
/// and the text Java prints for them (`kll_sketch_to_string_*`). Spark builds `bigint`, `float` and `double`
/// sketches (`KllLongsSketch`, `KllFloatsSketch`, `KllDoublesSketch`).
public protocol KllItem: Comparable, Sendable {
    /// Bytes per item in the serialized sketch.
    static var byteWidth: Int { get }
    /// The DataSketches class name part (`KllLongsSketch`).
    static var sketchTypeName: String { get }
    static func read(_ reader: SketchByteReader, at offset: Int) throws -> Self
    func write(to writer: inout SketchByteWriter)
    /// As Java's `String.valueOf` prints the item.
    var javaText: String { get }
}

extension Int64: KllItem {
    public static var byteWidth: Int { 8 }
    public static var sketchTypeName: String { "KllLongsSketch" }
    public static func read(_ reader: SketchByteReader, at offset: Int) throws -> Int64 { try reader.long(offset) }
    public func write(to writer: inout SketchByteWriter) { writer.long(self) }
    public var javaText: String { String(self) }
}

extension Double: KllItem {
    public static var byteWidth: Int { 8 }
    public static var sketchTypeName: String { "KllDoublesSketch" }
    public static func read(_ reader: SketchByteReader, at offset: Int) throws -> Double { try reader.double(offset) }
    public func write(to writer: inout SketchByteWriter) { writer.double(self) }
    public var javaText: String { JavaNumberText.double(self) }
}

extension Float: KllItem {
    public static var byteWidth: Int { 4 }
    public static var sketchTypeName: String { "KllFloatsSketch" }
    public static func read(_ reader: SketchByteReader, at offset: Int) throws -> Float { try reader.float(offset) }
    public func write(to writer: inout SketchByteWriter) { writer.float(self) }
    public var javaText: String { JavaNumberText.float(self) }
}
