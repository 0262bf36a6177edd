import Foundation
import SparkbookDataFrame

/// One case recorded by tools/pyspark/record_show_goldens.py: the input as JSON and PySpark's exact stdout.
/// Rebuilds `OutputValue`s and `SchemaNode`s from the recorded schema so tests can run Sparkbook's formatters.
struct GoldenCase {
    let name: String
    let json: [String: Any]
    let expectedStdout: String

    static var showDirectory: URL {
        Bundle.module.url(forResource: "Golden", withExtension: nil)!.appendingPathComponent("show")
    }

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: showDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func names(action: String) -> [String] {
        names.filter { (try? load($0))?.action == action }
    }

    static func load(_ name: String) throws -> GoldenCase {
        let data = try Data(contentsOf: showDirectory.appendingPathComponent(name + ".json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let stdout = try String(contentsOf: showDirectory.appendingPathComponent(name + ".txt"), encoding: .utf8)
        return GoldenCase(name: name, json: json, expectedStdout: stdout)
    }

    var action: String { json["action"] as! String }
    var sessionTimeZone: TimeZone { TimeZone(identifier: json["sessionTimeZone"] as! String)! }
    var fieldsJSON: [[String: Any]] { (json["schema"] as! [String: Any])["fields"] as! [[String: Any]] }
    var columnNames: [String] { fieldsJSON.map { $0["name"] as! String } }
    var schemaNodes: [SchemaNode] { fieldsJSON.map(Self.node) }
    var show: [String: Any] { json["show"] as! [String: Any] }
    var pythonRowRepr: [String]? { json["pythonRowRepr"] as? [String] }

    var rows: [[OutputValue]] {
        (json["rows"] as! [[Any]]).map { row in
            zip(row, fieldsJSON).map { Self.value($0, type: $1["type"]!) }
        }
    }

    static func node(_ field: [String: Any]) -> SchemaNode {
        SchemaNode(name: field["name"] as! String, type: type(field["type"]!), nullable: field["nullable"] as! Bool)
    }

    static func type(_ json: Any) -> SchemaNodeType {
        if let name = json as? String { return .primitive(name) }
        let object = json as! [String: Any]
        switch object["type"] as! String {
        case "array":
            return .array(element: type(object["elementType"]!), containsNull: object["containsNull"] as! Bool)
        case "map":
            return .map(key: type(object["keyType"]!), value: type(object["valueType"]!),
                        valueContainsNull: object["valueContainsNull"] as! Bool)
        default:
            return .structure((object["fields"] as! [[String: Any]]).map(node))
        }
    }

    /// The recorded JSON value read as a value of Spark type `type` (see the recorder's docstring for the tags).
    static func value(_ json: Any, type: Any) -> OutputValue {
        if json is NSNull { return .null }
        if let name = type as? String {
            switch name {
            case "double": return .double(double(json))
            case "float": return .float(Float(double(json)))
            case "string": return .string(json as! String)
            case "boolean": return .boolean(json as! Bool)
            case "date": return .date(daysSinceEpoch: ((json as! [String: Any])["date"] as! NSNumber).int64Value)
            case "timestamp": return .timestamp(microsSinceEpoch: ((json as! [String: Any])["ts"] as! NSNumber).int64Value)
            case "timestamp_ntz":
                return .timestampNTZ(microsSinceEpoch: ((json as! [String: Any])["ts"] as! NSNumber).int64Value)
            case "binary": return .binary(hexBytes((json as! [String: Any])["hex"] as! String))
            case "integer", "long", "short", "byte": return .integer((json as! NSNumber).int64Value)
            default:
                precondition(name.hasPrefix("decimal("), "unknown type \(name)")
                let scale = Int(name.split(separator: ",").last!.dropLast())!
                return decimal(json as! String, scale: scale)
            }
        }
        let object = type as! [String: Any]
        switch object["type"] as! String {
        case "array":
            return .array((json as! [Any]).map { value($0, type: object["elementType"]!) })
        case "map":
            let pairs = (json as! [String: Any])["map"] as! [[Any]]
            return .map(pairs.map {
                OutputMapEntry(key: value($0[0], type: object["keyType"]!), value: value($0[1], type: object["valueType"]!))
            })
        default:
            let pairs = (json as! [String: Any])["struct"] as! [[Any]]
            let fields = object["fields"] as! [[String: Any]]
            return .structure(zip(pairs, fields).map { OutputField(name: $0[0] as! String, value: value($0[1], type: $1["type"]!)) })
        }
    }

    private static func double(_ json: Any) -> Double {
        if let tagged = json as? [String: Any] {
            switch tagged["double"] as! String {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: return -0.0
            }
        }
        return (json as! NSNumber).doubleValue
    }

    /// "1.500" with scale 3 -> unscaled 1500; the recorder writes exactly `scale` fraction digits.
    private static func decimal(_ text: String, scale: Int) -> OutputValue {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        precondition((parts.count == 2 ? parts[1].count : 0) == scale, "decimal \(text) does not have scale \(scale)")
        return .decimal(unscaled: Int128(parts.joined())!, scale: scale)
    }

    private static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}
