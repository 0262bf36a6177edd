/// Parses Spark DDL: schema strings for `.schema("event_id INT, amount DOUBLE")` and type names for casts.
///
/// Columns are `name type [NOT NULL] [COMMENT 'text']`, names plain or backquoted. Type names map onto the
/// engine's types: `int`/`integer`; `smallint`/`short`; `tinyint`/`byte`; `bigint`/`long`; `double`;
/// `float`/`real`;
/// `string`, `varchar(n)`, `char(n)` -> string; `binary`; `boolean`; `date`; `timestamp`/`timestamp_ltz`; `array<type>`.
/// `decimal`/`dec`/`numeric` with `(p)` or `(p, s)` (bare: `decimal(10,0)`).
/// Types Spark knows but the engine cannot hold yet (`timestamp_ntz`, maps, structs)
/// fail with `NOT_SUPPORTED_YET`; unknown names fail as in Spark (`UNSUPPORTED_DATATYPE`).
public enum DDLSchemaParser {
    public static func parseSchema(_ ddl: String) throws(DDLError) -> StructType {
        var parser = Parser(input: ddl, tokens: try DDLLexer.tokens(ddl))
        return try parser.schema()
    }

    /// What `createDataFrame(data, "...")` was given: a schema, or one type for a column named `value`.
    public enum SchemaOrType: Sendable {
        case schema(StructType)
        case type(DataType)
    }

    /// A schema string in every form PySpark's `_parse_datatype_string` accepts: `a INT, b STRING`, then
    /// `struct<a:int,b:string>` (a schema too), then a single type (`int`, `array<string>`). When none parses,
    /// the error is the schema form's.
    public static func parseSchemaOrType(_ text: String) throws(DDLError) -> SchemaOrType {
        do {
            return .schema(try parseSchema(text))
        } catch {
            var parser = Parser(input: text, tokens: try DDLLexer.tokens(text))
            if let schema = try? parser.structSchema() { return .schema(schema) }
            if let type = try? parseType(text) { return .type(type) }
            throw error
        }
    }

    /// A single type name, as in `cast(x as bigint)` or `col.cast("double")`.
    public static func parseType(_ name: String) throws(DDLError) -> DataType {
        var parser = Parser(input: name, tokens: try DDLLexer.tokens(name))
        if case .end = parser.current.kind {
            throw DDLError(.parseEmptyStatement, "Syntax error, unexpected empty statement.", position: 0, input: name)
        }
        let type = try parser.dataType()
        try parser.expectEnd()
        return type
    }

    struct Parser {
        let input: String
        let tokens: [DDLLexer.Token]
        var index = 0

        var current: DDLLexer.Token { tokens[index] }

        mutating func schema() throws(DDLError) -> StructType {
            if case .end = current.kind {
                throw DDLError(.parseEmptyStatement, "Syntax error, unexpected empty statement.", position: 0, input: input)
            }
            var fields: [StructField] = []
            while true {
                fields.append(try column())
                if case .symbol(",") = current.kind { index += 1; continue }
                try expectEnd()
                return StructType(fields)
            }
        }

        /// `struct<name:type, ...>` (the colon optional) and nothing after it, read as a schema.
        mutating func structSchema() throws(DDLError) -> StructType {
            guard isKeyword("STRUCT") else { throw syntaxError() }
            index += 1
            let fields = try structFields()
            try expectEnd()
            return fields
        }

        /// `<name:type, ...>` after the word `struct` (the colon optional; `struct<>` has no fields).
        mutating func structFields() throws(DDLError) -> StructType {
            guard case .symbol("<") = current.kind else { throw syntaxError() }
            index += 1
            var fields: [StructField] = []
            if case .symbol(">") = current.kind { index += 1; return StructType(fields) }
            while true {
                let name = try fieldName()
                if case .symbol(":") = current.kind { index += 1 }
                let type = try dataType()
                var nullable = true
                if isKeyword("NOT") {
                    index += 1
                    guard isKeyword("NULL") else { throw syntaxError() }
                    index += 1
                    nullable = false
                }
                fields.append(StructField(name, type, nullable: nullable))
                if case .symbol(",") = current.kind { index += 1; continue }
                guard case .symbol(">") = current.kind else { throw syntaxError() }
                index += 1
                return StructType(fields)
            }
        }

        /// A column or field name, plain or backquoted.
        mutating func fieldName() throws(DDLError) -> String {
            let name: String
            switch current.kind {
            case .word(let word): name = word
            case .quotedName(let quoted): name = quoted
            default: throw syntaxError()
            }
            index += 1
            return name
        }

        mutating func column() throws(DDLError) -> StructField {
            let name = try fieldName()
            let type = try dataType()
            var nullable = true
            if isKeyword("NOT") {
                index += 1
                guard isKeyword("NULL") else {
                    if case .end = current.kind {
                        throw DDLError(.parseSyntaxError, "Syntax error at or near end of input: missing 'NULL'.",
                                       position: current.position, input: input)
                    }
                    throw syntaxError()
                }
                index += 1
                nullable = false
            }
            if isKeyword("COMMENT") {
                index += 1
                guard case .string = current.kind else { throw syntaxError() }
                index += 1
            }
            return StructField(name, type, nullable: nullable)
        }

        mutating func dataType() throws(DDLError) -> DataType {
            guard case .word(let word) = current.kind else { throw syntaxError() }
            let start = current.position
            index += 1
            let name = word.lowercased()
            if name == "array", case .symbol("<") = current.kind { return try arrayType() }
            if name == "struct", case .symbol("<") = current.kind { return .structure(try structFields()) }
            if name == "map", case .symbol("<") = current.kind {
                index += 1
                let key = try dataType()
                guard case .symbol(",") = current.kind else { throw syntaxError() }
                index += 1
                let value = try dataType()
                guard case .symbol(">") = current.kind else { throw syntaxError() }
                index += 1
                return .map(key: key, value: value, valueContainsNull: true)
            }
            let parameters = try sizeParameters()
            switch name {
            case "int", "integer": return .integer
            case "smallint", "short": return .short
            case "tinyint", "byte": return .byte
            case "bigint", "long": return .long
            case "double": return .double
            case "float", "real": return .float
            case "string": return .string
            case "binary": return .binary
            case "boolean": return .boolean
            case "date": return .date
            case "timestamp", "timestamp_ltz": return .timestamp
            case "timestamp_ntz" where parameters == nil: return .timestampNTZ
            case "time" where parameters == nil || parameters! == ["6"]: return .time
            case "varchar", "char", "character":
                guard parameters?.count == 1 else {
                    let upper = word.uppercased()
                    throw DDLError(.datatypeMissingSize, "DataType \"\(upper)\" requires a length parameter, for "
                        + "example \"\(upper)\"(10). Please specify the length.", position: start, input: input)
                }
                return .string
            case "decimal", "dec", "numeric":
                return try decimalType(parameters, at: start)
            case "variant": return .variant
            case "timestamp_ntz", "interval", "void",
                 "time":
                let shown = word.uppercased() + (parameters.map { "(" + $0.joined(separator: ",") + ")" } ?? "")
                throw DDLError(.notSupportedYet, "Data type \"\(shown)\" is valid in Spark but not supported by "
                    + "this engine yet.", position: start, input: input)
            default:
                throw DDLError(.unsupportedDataType, "Unsupported data type \"\(word.uppercased())\".",
                               position: start, input: input)
            }
        }

        /// `decimal(p, s)`: precision 1...38 (Spark accepts 0), scale at most the precision.
        func decimalType(_ parameters: [String]?, at start: Int) throws(DDLError) -> DataType {
            let numbers = (parameters ?? ["10", "0"]).map { Int($0) ?? Int.max }
            guard numbers.count <= 2 else { throw syntaxError() }
            let precision = numbers[0], scale = numbers.count == 2 ? numbers[1] : 0
            guard precision <= DecimalPrecision.maxPrecision else {
                throw DDLError(.decimalPrecisionExceedsMax, "Decimal precision \(parameters![0]) exceeds max precision "
                    + "\(DecimalPrecision.maxPrecision).", position: start, input: input)
            }
            guard scale <= precision else {
                throw DDLError(.decimalScaleExceedsPrecision, "Decimal scale (\(scale)) cannot be greater than precision "
                    + "(\(precision)).", position: start, input: input)
            }
            return .decimal(precision: precision, scale: scale)
        }

        /// `array<element>`, after the word `array`: elements may be null, as Spark's DDL reads it.
        mutating func arrayType() throws(DDLError) -> DataType {
            index += 1
            let element = try dataType()
            guard case .symbol(">") = current.kind else { throw syntaxError() }
            index += 1
            return .array(element: element, containsNull: true)
        }

        /// `(n)` or `(p, s)` after a type name; also skips `<...>` of complex types so they reach the
        /// not-supported error rather than a syntax error.
        mutating func sizeParameters() throws(DDLError) -> [String]? {
            if case .symbol("<") = current.kind {
                var depth = 0
                repeat {
                    if case .symbol("<") = current.kind { depth += 1 }
                    if case .symbol(">") = current.kind { depth -= 1 }
                    if case .end = current.kind { throw syntaxError() }
                    index += 1
                } while depth > 0
                return nil
            }
            guard case .symbol("(") = current.kind else { return nil }
            index += 1
            var values: [String] = []
            while true {
                guard case .word(let number) = current.kind, number.allSatisfy(\.isNumber) else { throw syntaxError() }
                values.append(number)
                index += 1
                if case .symbol(",") = current.kind { index += 1; continue }
                guard case .symbol(")") = current.kind else { throw syntaxError() }
                index += 1
                return values
            }
        }

        func isKeyword(_ keyword: String) -> Bool {
            if case .word(let word) = current.kind { return word.uppercased() == keyword }
            return false
        }

        func expectEnd() throws(DDLError) {
            guard case .end = current.kind else { throw syntaxError() }
        }

        /// Spark's wording: `at or near 'x'`, or `at or near end of input`.
        func syntaxError() -> DDLError {
            let near = current.kind == .end ? "end of input" : "'\(current.text)'"
            return DDLError(.parseSyntaxError, "Syntax error at or near \(near).", position: current.position,
                            input: input)
        }
    }
}
