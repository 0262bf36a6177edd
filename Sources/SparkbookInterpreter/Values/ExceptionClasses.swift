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
            ("PySparkException", "Exception"),
        ]
        for (name, base) in python { table[name] = [base] }
        // pyspark.errors: the JVM's errors as PySpark raises them, and PySpark's own Python-side errors.
        for name in ["AnalysisException", "ArithmeticException", "ArrayIndexOutOfBoundsException", "DateTimeException",
                     "IllegalArgumentException", "PythonException", "QueryExecutionException", "SparkRuntimeException",
                     "SparkUpgradeException", "SparkNoSuchElementException", "StreamingQueryException",
                     "UnsupportedOperationException", "UnknownException", "SparkException"] {
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

    /// Python's built-in exception classes, reachable by bare name in a cell.
    static func builtin(_ name: String) -> PyClass? {
        guard bases[name] != nil, !pysparkNames.contains(name) else { return nil }
        return PyClass(name)
    }

    static func isException(_ cls: PyClass) -> Bool { bases[cls.name] != nil && cls.module == module(of: cls.name) }

    /// The class as a value: built-ins have no module; PySpark's are in `pyspark.errors.exceptions.*`.
    static func pyClass(_ name: String) -> PyClass { PyClass(name, module: module(of: name)) }

    static func module(of name: String) -> String? {
        guard pysparkNames.contains(name) else { return nil }
        return name.hasPrefix("PySpark") ? "pyspark.errors.exceptions.base" : "pyspark.errors.exceptions.captured"
    }

    /// Whether `name` is `base` or derives from it; a name the table does not know is an `Exception`.
    static func isSubclass(_ name: String, of base: String) -> Bool {
        if name == base { return true }
        return (bases[name] ?? ["Exception"]).contains { isSubclass($0, of: base) }
    }

    /// The class PySpark raises for an error, for matching: the engine's generic execution error is, in PySpark,
    /// the class its error class belongs to (`CAST_INVALID_INPUT` is a `NumberFormatException`).
    static func raisedClass(of error: ScriptError) -> String {
        guard error.exceptionType == "SparkException", let errorClass = error.errorClass else { return error.exceptionType }
        if errorClass.hasPrefix("CAST_INVALID_INPUT") { return "NumberFormatException" }
        if ["DIVIDE_BY_ZERO", "ARITHMETIC_OVERFLOW", "NUMERIC_VALUE_OUT_OF_RANGE", "BINARY_ARITHMETIC_OVERFLOW",
            "INTERVAL_DIVIDED_BY_ZERO"].contains(where: errorClass.hasPrefix) {
            return "ArithmeticException"
        }
        if errorClass.hasPrefix("INVALID_ARRAY_INDEX") { return "ArrayIndexOutOfBoundsException" }
        if errorClass.hasPrefix("DATETIME") || errorClass.hasPrefix("CANNOT_PARSE_TIMESTAMP") { return "DateTimeException" }
        return "SparkRuntimeException"
    }
}
