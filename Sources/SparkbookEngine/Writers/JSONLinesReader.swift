import Foundation
import SparkbookUtilities

/// Reads JSON Lines files (one object per line) with Spark's schema inference: fields sorted by name,
/// integers as bigint, fractions as double, mixed types widened or else string, nested values as their text.
/// Files are mapped and read line by line; each line's length is checked against `lineLimit` before it is copied.
public enum JSONLinesReader {
    public static func read(paths: [String], sessionTimeZone: String = "UTC",
                            lineLimit: LineLengthLimit = .sparkDefault) throws -> (StructType, [[Value]]) {
        let (schema, rows, _) = try readWithFiles(paths: paths, sessionTimeZone: sessionTimeZone, lineLimit: lineLimit)
        return (schema, rows)
    }

    /// `read`, and the file each row came from (for partition values and `input_file_name()`).
    public static func readWithFiles(paths: [String], sessionTimeZone: String = "UTC",
                                     lineLimit: LineLengthLimit = .sparkDefault) throws -> (StructType, [[Value]], [String]) {
        var objectFiles: [String] = []
        var corruptFiles: [String] = []
        var objects: [[String: Any]] = []
        var corrupt: [String] = []
        for path in try files(paths) {
            let file = try MappedFile(path: path)
            try withExtendedLifetime(file) {
                let bytes = file.bytes
                var lines = CSVLineScanner(bytes)
                while let line = lines.next() {
                    if CSVLineScanner.isBlank(bytes, line) { continue }
                    try lineLimit.check(bytes: line.count, path: path,
                                        lineNumber: CSVLineScanner.lineNumber(in: bytes, at: line.lowerBound))
                    let data = Data(bytes[line])
                    guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                            as? [String: Any] else {
                        corrupt.append(String(decoding: data, as: UTF8.self)); corruptFiles.append(path); continue
                    }
                    objects.append(object)
                    objectFiles.append(path)
                }
            }
        }
        let (schema, rows) = rows(objects: objects, corrupt: corrupt)
        return (schema, rows, objectFiles + corruptFiles)
    }

    /// JSON records held as strings (`spark.read.json` of a DataFrame of strings), read as lines of a file are.
    public static func read(strings: [String]) -> (StructType, [[Value]]) {
        var objects: [[String: Any]] = []
        var corrupt: [String] = []
        for text in strings {
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
                    as? [String: Any] else { corrupt.append(text); continue }
            objects.append(object)
        }
        return rows(objects: objects, corrupt: corrupt)
    }

    /// The schema inferred over the parsed records and their rows; unparsable records last, in `_corrupt_record`.
    private static func rows(objects: [[String: Any]], corrupt: [String]) -> (StructType, [[Value]]) {
        var types: [String: DataType] = [:]
        for object in objects {
            for (key, value) in object {
                let t = type(of: value)
                types[key] = merge(types[key] ?? .null, t)
            }
        }
        var fields = types.keys.sorted().map { StructField($0, types[$0] == .null ? .string : types[$0]!) }
        if !corrupt.isEmpty { fields.append(StructField("_corrupt_record", .string)) }
        let schema = StructType(fields)
        var rows: [[Value]] = objects.map { object in
            schema.fields.map { field in
                guard let raw = object[field.name] else { return .null }
                return value(raw, as: field.dataType)
            }
        }
        for line in corrupt { rows.append(schema.fields.map { $0.name == "_corrupt_record" ? .string(line) : .null }) }
        return (schema, rows)
    }

    static func files(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SparkError(.analysis, errorClass: "PATH_NOT_FOUND",
                                 message: "Path does not exist: file:\(URL(fileURLWithPath: path).path).", sqlState: "42K03")
            }
            if isDirectory.boolValue {
                let names = try fm.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
                out += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                out.append(path)
            }
        }
        // Spark's tasks take the files largest first (FilePartition's packing), so their rows come in that order.
        let sizes = out.map { ((try? fm.attributesOfItem(atPath: $0))?[.size] as? NSNumber)?.intValue ?? 0 }
        return out.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }.map { out[$0] }
    }

    static func type(of value: Any) -> DataType {
        switch value {
        case is NSNull: return .null
        case let n as NSNumber:
            if isBool(n) { return .boolean }
            return isFloat(n) ? .double : .long
        case is String: return .string
        case let items as [Any]:
            // Spark infers `[...]` as an array of the merged element type, elements nullable.
            let element = items.map(type(of:)).reduce(DataType.null, merge)
            return .array(element: element == .null ? .string : element, containsNull: true)
        default: return .string
        }
    }

    static func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" || String(cString: n.objCType) == "B" }
    static func isFloat(_ n: NSNumber) -> Bool { ["d", "f"].contains(String(cString: n.objCType)) }

    static func merge(_ a: DataType, _ b: DataType) -> DataType {
        if a == b { return a }
        if a == .null { return b }
        if b == .null { return a }
        if (a == .long && b == .double) || (a == .double && b == .long) { return .double }
        if case .array(let x, _) = a, case .array(let y, _) = b { return .array(element: merge(x, y), containsNull: true) }
        return .string
    }

    static func value(_ raw: Any, as type: DataType) -> Value {
        if raw is NSNull { return .null }
        switch (type, raw) {
        case (.long, let n as NSNumber): return .long(n.int64Value)
        case (.double, let n as NSNumber): return .double(n.doubleValue)
        case (.boolean, let n as NSNumber): return .boolean(n.boolValue)
        case (.string, let s as String): return .string(s)
        case (.array(let element, _), let items as [Any]): return .array(items.map { value($0, as: element) })
        case (.string, let n as NSNumber):
            if isBool(n) { return .string(n.boolValue ? "true" : "false") }
            return .string(isFloat(n) ? JavaNumberText.double(n.doubleValue) : String(n.int64Value))
        default:
            let data = (try? JSONSerialization.data(withJSONObject: raw, options: [.fragmentsAllowed])) ?? Data()
            return .string(String(decoding: data, as: UTF8.self))
        }
    }
}
