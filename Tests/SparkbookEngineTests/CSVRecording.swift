import Foundation
import Testing
@testable import SparkbookEngine

/// One PySpark recording made by tools/pyspark/record_csv_inference.py, and how to compare our results with it.
struct CSVRecording {
    let name: String
    let file: String
    let options: [String: String]
    let schemaDDL: String?
    let columns: [String]?
    let schema: String?
    let names: [String]?
    let rows: [[Any]]?
    let error: String?

    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/csv")
    }

    static func load(_ name: String) throws -> CSVRecording {
        let url = directory.appendingPathComponent("\(name).expected.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return CSVRecording(
            name: name,
            file: object["file"] as! String,
            options: object["options"] as! [String: String],
            schemaDDL: object["schema_ddl"] as? String,
            columns: object["columns"] as? [String],
            schema: object["schema"] as? String,
            names: object["names"] as? [String],
            rows: (object["rows"] as? [Any])?.map { ($0 as! [Any]) },
            error: object["error"] as? String
        )
    }

    var path: String { CSVRecording.directory.appendingPathComponent(file).path }

    /// Reads the fixture the way the recording did: inferred or given schema, then the projection.
    func read() throws -> (schemaText: String, batch: RecordBatch) {
        let csvOptions = try CSVOptions(options)
        let schema: StructType
        var schemaText: String
        if let schemaDDL {
            schema = try DDLSchemaParser.parseSchema(schemaDDL)
            schemaText = "struct<" + schema.fields.map { "\($0.name):\($0.dataType.simpleString)" }
                .joined(separator: ",") + ">"
        } else {
            let inferred = try CSVSchemaInference(options: csvOptions).infer(files: [path])
            schema = inferred.schema
            schemaText = inferred.sparkSimpleString
        }
        let projection = columns.map { $0.map { schema.index(of: $0)! } }
        if let projection {
            schemaText = "struct<" + projection.map { i -> String in
                let field = schema.fields[i]
                return "\(field.name):\(field.dataType.simpleString)"
            }.joined(separator: ",") + ">"
        }
        let batch = try CSVReader(schema: schema, options: csvOptions).read(path: path, projection: projection)
        return (schemaText, batch)
    }

    /// Our value in the recording's JSON form (timestamps and dates as Spark's UTC strings).
    static func encode(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .long(let v): return String(v)
        case .byte(let v): return String(v)
        case .short(let v): return String(v)
        case .float(let v): return String(v)
        case .double(let v):
            if v.isNaN { return "NaN" }
            if v.isInfinite { return v > 0 ? "Infinity" : "-Infinity" }
            return String(v)
        case .string(let v): return "\"\(v)\""
        case .boolean(let v): return String(v)
        case .timestamp(let micros): return "\"\(timestampText(micros))\""
        case .date(let days): return "\"\(dateText(Int64(days)))\""
        case .decimal(let d): return "\"\(d.plainText)\""
        case .array(let elements): return "[" + elements.map(encode).joined(separator: ",") + "]"
        default: return String(describing: value)  // CSV holds no other type
        }
    }

    /// The recording's value in the form `encode` gives ours, read as the column's type (JSON numbers do not say
    /// whether they were ints or doubles; decimals were recorded as strings and compare as their plain text).
    static func encodeExpected(_ value: Any, as type: DataType) -> String {
        if value is NSNull { return "null" }
        switch type {
        case .double:
            if let text = value as? String {
                return ["NaN", "Infinity", "-Infinity"].contains(text) ? text : String(Double(text)!)
            }
            return String((value as! NSNumber).doubleValue)
        case .integer, .long: return String((value as! NSNumber).int64Value)
        case .boolean: return (value as! NSNumber).boolValue ? "true" : "false"
        default: return "\"\(value)\""
        }
    }

    static func timestampText(_ micros: Int64) -> String {
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - seconds * 1_000_000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        var text = dateText(days) + String(format: " %02d:%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60,
                                           secondOfDay % 60)
        if fraction > 0 {
            var digits = String(format: "%06d", fraction)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    /// Proleptic Gregorian, as Spark prints dates (Foundation's calendar switches to Julian before 1582).
    static func dateText(_ days: Int64) -> String {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
