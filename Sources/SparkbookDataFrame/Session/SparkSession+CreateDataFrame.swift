import SparkbookEngine

extension SparkSession {
    /// Rows given in memory with a known schema, split over the default parallelism as `parallelize` does.
    /// `isCommandResult` marks the rows a SQL command returned (Spark's LocalRelation; `isLocal()` is true).
    public func createDataFrame(rows: [[Value]], schema: StructType, isCommandResult: Bool = false,
                                sourceFiles: [String] = []) throws -> DataFrame {
        for row in rows where row.count != schema.count {
            throw SparkError(.illegalArgument, errorClass: "AXIS_LENGTH_MISMATCH",
                             message: "Length mismatch: Expected axis has \(schema.count) elements, new values have \(row.count) elements.")
        }
        var relation = try LocalRelation(rows: rows, schema: schema, parallelism: defaultParallelism,
                                         isCommandResult: isCommandResult)
        relation.sourceFiles = sourceFiles
        return DataFrame(session: self, plan: .local(relation))
    }

    /// Infers a schema from Python-like rows: each column's values widen to one type (integers to bigint, as
    /// PySpark infers Python ints; a string beside any other scalar makes the column a string, as PySpark 4's
    /// `_merge_type`); a column of only nulls cannot be inferred.
    public func inferSchema(rows: [[Value]], names: [String]) throws -> StructType {
        var fields: [StructField] = []
        for (c, name) in names.enumerated() {
            var type = DataType.null
            for row in rows where c < row.count {
                let t = Self.pythonInferred(row[c].dataType)
                if (type == .string && Self.atomic(t)) || (t == .string && Self.atomic(type)) { type = .string; continue }
                guard let merged = TypeCoercion.commonType(type, t), !(type == .string && t != .string && t != .null) else {
                    throw SparkError(.illegalArgument, errorClass: "CANNOT_MERGE_TYPE",
                                     message: "Can not merge type `\(type.pythonClassName.replacingOccurrences(of: "()", with: ""))` and `\(t.pythonClassName.replacingOccurrences(of: "()", with: ""))`.")
                }
                type = merged
            }
            guard type != .null else {
                throw SparkError(.illegalArgument, errorClass: "CANNOT_DETERMINE_TYPE",
                                 message: "Some of types cannot be determined after inferring.")
            }
            fields.append(StructField(name, type))
        }
        return StructType(fields)
    }

    /// PySpark's `AtomicType`: not null, nor an array, map or struct.
    private static func atomic(_ type: DataType) -> Bool {
        switch type {
        case .null, .array, .map, .structure: false
        default: true
        }
    }

    /// The type PySpark infers for a Python value of this natural type: ints are bigint, Decimals
    /// decimal(38,18), lists arrays whose elements may be null, `Row`s structs of nullable fields.
    static func pythonInferred(_ type: DataType) -> DataType {
        switch type {
        case .integer: .long
        case .decimal: .decimal(precision: 38, scale: 18)
        case .array(let element, _): .array(element: pythonInferred(element), containsNull: true)
        case .map(let k, let v, _): .map(key: pythonInferred(k), value: pythonInferred(v), valueContainsNull: true)
        case .structure(let s): .structure(StructType(s.fields.map { StructField($0.name, pythonInferred($0.dataType)) }))
        default: type
        }
    }
}
