import SparkbookEngine

/// Python's exception classes and PySpark's, with their bases, so `except` and `isinstance` match as in Python:
/// `except LookupError` catches a `KeyError`, `except PySparkException` an `AnalysisException`, and
/// `except ValueError` a `PySparkValueError` (PySpark's errors derive from both).
enum ExceptionClasses {
    /// Each class's direct bases (`BaseException` has none).
    static let bases: [String: [String]] = {
        var table: [String: [String]] = ["BaseException": [], "Exception": ["BaseException"],
                                         "KeyboardInterrupt": ["BaseException"], "SystemExit": ["BaseException"]]
        let python: [(String, String)] = [
            ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
            ("FloatingPointError", "ArithmeticError"), ("LookupError", "Exception"), ("KeyError", "LookupError"),
            ("IndexError", "LookupError"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
            ("TypeError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("AttributeError", "Exception"), ("RuntimeError", "Exception"), ("NotImplementedError", "RuntimeError"),
            ("RecursionError", "RuntimeError"), ("AssertionError", "Exception"), ("ImportError", "Exception"),
            ("ModuleNotFoundError", "ImportError"), ("OSError", "Exception"), ("FileNotFoundError", "OSError"),
            ("FileExistsError", "OSError"), ("PermissionError", "OSError"), ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"), ("TimeoutError", "OSError"), ("StopIteration", "Exception"),
            ("MemoryError", "Exception"), ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"),
            ("BufferError", "Exception"), ("EOFError", "Exception"), ("JSONDecodeError", "ValueError"),
            ("PySparkException", "Exception"), ("Py4JError", "Exception"), ("Py4JJavaError", "Py4JError"),
        ]
        for (name, base) in python { table[name] = [base] }
        // pyspark.errors: the JVM's errors as PySpark raises them, and PySpark's own Python-side errors.
        for name in ["AnalysisException", "ArithmeticException", "ArrayIndexOutOfBoundsException", "DateTimeException",
                     "IllegalArgumentException", "PythonException", "QueryExecutionException", "SparkRuntimeException",
                     "SparkUpgradeException", "SparkNoSuchElementException", "StreamingQueryException",
                     "UnsupportedOperationException", "UnknownException"] {
            table[name] = ["PySparkException"]
        }
        table["ParseException"] = ["AnalysisException"]
        table["TempTableAlreadyExistsException"] = ["AnalysisException"]
        table["NumberFormatException"] = ["IllegalArgumentException"]
        for (name, python) in [("PySparkValueError", "ValueError"), ("PySparkTypeError", "TypeError"),
                               ("PySparkAttributeError", "AttributeError"), ("PySparkRuntimeError", "RuntimeError"),
                               ("PySparkNotImplementedError", "NotImplementedError"), ("PySparkAssertionError", "AssertionError"),
                               ("PySparkIndexError", "IndexError"), ("PySparkKeyError", "KeyError"),
                               ("PySparkImportError", "ImportError")] {
            table[name] = ["PySparkException", python]
        }
        return table
    }()

    /// The names `pyspark.errors` exports (all but Python's own).
    static let pysparkNames: [String] = bases.keys.filter {
        $0.hasPrefix("PySpark") || $0.hasSuffix("Exception") && !["BaseException", "Exception"].contains($0)
    }.sorted()

    /// What `py4j.protocol` exports: a JVM exception PySpark does not convert reaches a cell as `Py4JJavaError`.
    static let py4jNames = ["Py4JError", "Py4JJavaError"]

    /// Python's built-in exception classes, reachable by bare name in a cell.
    static func builtin(_ name: String) -> PyClass? {
        guard bases[name] != nil, !pysparkNames.contains(name), !py4jNames.contains(name) else { return nil }
        return PyClass(name)
    }

    static func isException(_ cls: PyClass) -> Bool { bases[cls.name] != nil && cls.module == module(of: cls.name) }

    /// The class as a value: built-ins have no module; PySpark's are in `pyspark.errors.exceptions.*`.
    static func pyClass(_ name: String) -> PyClass { PyClass(name, module: module(of: name)) }

    static func module(of name: String) -> String? {
        if py4jNames.contains(name) { return "py4j.protocol" }
        guard pysparkNames.contains(name) else { return nil }
        return name.hasPrefix("PySpark") ? "pyspark.errors.exceptions.base" : "pyspark.errors.exceptions.captured"
    }

    /// Whether `name` is `base` or derives from it; a name the table does not know is an `Exception`.
    static func isSubclass(_ name: String, of base: String) -> Bool {
        if name == base { return true }
        return (bases[name] ?? ["Exception"]).contains { isSubclass($0, of: base) }
    }

    /// The class a cell sees for an engine error a job threw: the JVM exception Spark 4.3 throws for its error class
    /// (read from Spark's raising code and checked by running each), converted as PySpark's `convert_exception`
    /// converts it (a `SparkArithmeticException` is an `ArithmeticException`). A plain `SparkException`, which
    /// PySpark leaves unconverted, reaches the cell as py4j's `Py4JJavaError`.
    static func capturedClass(of error: SparkError) -> String {
        switch error.javaException ?? javaException(forErrorClass: error.errorClass) {
        case .arithmetic: "ArithmeticException"
        case .arrayIndexOutOfBounds: "ArrayIndexOutOfBoundsException"
        case .dateTime: "DateTimeException"
        case .illegalArgument: "IllegalArgumentException"
        case .numberFormat: "NumberFormatException"
        case .runtime: "SparkRuntimeException"
        case .spark: "Py4JJavaError"
        }
    }

    /// The exception Spark throws for an error class (its full name, else its top-level one); most execution error
    /// classes are `SparkRuntimeException`s, and an error without a class is a plain `SparkException`.
    static func javaException(forErrorClass errorClass: String?) -> SparkError.JavaException {
        guard let errorClass else { return .spark }
        let top = String(errorClass.prefix { $0 != "." })
        return javaExceptions[errorClass] ?? javaExceptions[top] ?? .runtime
    }

    static let javaExceptions: [String: SparkError.JavaException] = [
        "ARITHMETIC_OVERFLOW": .arithmetic, "BINARY_ARITHMETIC_OVERFLOW": .arithmetic, "CAST_OVERFLOW": .arithmetic,
        "DIVIDE_BY_ZERO": .arithmetic, "REMAINDER_BY_ZERO": .arithmetic, "INTERVAL_DIVIDED_BY_ZERO": .arithmetic,
        "NUMERIC_VALUE_OUT_OF_RANGE": .arithmetic, "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION": .arithmetic,
        "INVALID_ARRAY_INDEX": .arrayIndexOutOfBounds, "INVALID_ARRAY_INDEX_IN_ELEMENT_AT": .arrayIndexOutOfBounds,
        "CANNOT_PARSE_TIME": .dateTime, "CANNOT_PARSE_TIMESTAMP": .dateTime, "DATETIME_FIELD_OUT_OF_BOUNDS": .dateTime,
        "INVALID_FRACTION_OF_SECOND": .dateTime,
        "CAST_INVALID_INPUT": .numberFormat,
        "CANNOT_DECODE_URL": .illegalArgument, "INVALID_URL": .illegalArgument, "ILLEGAL_DAY_OF_WEEK": .illegalArgument,
        "INVALID_FORMAT.MISMATCH_INPUT": .illegalArgument, "INVALID_PARAMETER_VALUE.BIT_POSITION_RANGE": .illegalArgument,
        "INVALID_PARAMETER_VALUE.TIME_UNIT": .illegalArgument,
        "COMPARATOR_RETURNS_NULL": .spark, "FAILED_READ_FILE": .spark, "MALFORMED_RECORD_IN_PARSING": .spark,
        "SCALAR_SUBQUERY_TOO_MANY_ROWS": .spark,
    ]
}
