/// The size checks a function makes before it builds a value whose size a user's argument chooses
/// (`repeat`, `lpad`, `rpad`): the value is refused, with the error Spark's own JVM gives, before any memory
/// is asked for, so an argument like `10**9` fails the query instead of ending the process.
enum ValueAllocation {
    /// The longest array the JVM allocates (`ByteArrayMethods.MAX_ROUNDED_ARRAY_LENGTH`): a longer string's bytes
    /// cannot exist in Spark.
    static let maxArrayLength = Int(Int32.max) - 15
    /// Spark's default driver heap (`spark.driver.memory`, 1g), where local mode builds every value: a single
    /// value larger than it fails with the JVM's `OutOfMemoryError` in Spark, and is refused here.
    static let heapBytes = Int(PartitionBookkeeping.sparkDefault.driverMemory)

    /// A string of at least `bytes` bytes, or the JVM's error for it; `heapBytes` is the JVM's heap.
    static func checkString(bytes: Int, heapBytes: Int = heapBytes) throws {
        if bytes > maxArrayLength { throw outOfMemory("Requested array size exceeds VM limit") }
        if bytes > heapBytes { throw outOfMemory("Java heap space") }
    }

    /// `repeat(s, n)`: Spark multiplies the lengths in 32-bit arithmetic and fails on overflow.
    static func checkRepeat(bytes: Int, count: Int) throws {
        let (total, overflow) = bytes.multipliedReportingOverflow(by: count)
        if overflow || total > Int(Int32.max) {
            throw SparkError(.execution, message: "java.lang.ArithmeticException: integer overflow")
        }
        try checkString(bytes: total)
    }

    /// An array of `count` elements (`array_repeat`, `sequence`): past the JVM's longest array Spark's own
    /// limit error; past the heap at 8 bytes an element (Spark's unsafe array of longs) the JVM's.
    static func checkArrayLength(_ count: Int64, parameter: String = "count") throws {
        if count > Int64(maxArrayLength) {
            throw SparkError(.execution, errorClass: "COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER",
                             message: "Can't create array with \(count) elements which exceeding the array size limit \(maxArrayLength), the value of parameter(s) `\(parameter)` is invalid.",
                             sqlState: "54000")
        }
        if count * 8 > Int64(heapBytes) { throw outOfMemory("Java heap space") }
    }

    /// The JVM's `OutOfMemoryError` as Spark reports it, with what Sparkbook knows about its cause.
    static func outOfMemory(_ detail: String, hint: String? = nil) -> SparkError {
        SparkError(.execution, message: "java.lang.OutOfMemoryError: \(detail)", hint: hint)
    }
}
