import SparkbookUtilities

/// The longest line a file reader holds at once. Spark reads each line (a CSV record, a JSON Lines object, a text
/// row) into one JVM array on an executor, which in local mode is the driver: a line longer than
/// `spark.driver.memory` fails there with `java.lang.OutOfMemoryError`. Readers check each line's length with one
/// integer compare before copying anything of it, so a file of several GB without a newline fails the read with
/// the JVM's error (and a hint naming the line and the setting) instead of ending the process.
public struct LineLengthLimit: Sendable, Equatable {
    /// The driver's heap in bytes (see `PartitionBookkeeping`, which reads the same setting).
    public let driverMemory: Int64

    public init(driverMemory: Int64) {
        self.driverMemory = driverMemory
    }

    /// Spark's default driver heap, `1g`.
    public static let sparkDefault = LineLengthLimit(driverMemory: PartitionBookkeeping.sparkDefault.driverMemory)

    /// Throws the JVM's error when a line of `bytes` bytes cannot be held; `lineNumber` is only computed then.
    @inline(__always)
    public func check(bytes: Int, path: String, lineNumber: @autoclosure () -> Int) throws {
        guard Int64(bytes) > driverMemory || bytes > ValueAllocation.maxArrayLength else { return }
        try refuse(bytes: bytes, path: path, lineNumber: lineNumber())
    }

    private func refuse(bytes: Int, path: String, lineNumber: Int) throws {
        do {
            try ValueAllocation.checkString(bytes: bytes, heapBytes: Int(clamping: driverMemory))
        } catch let error as SparkError {
            throw SparkError(error.kind, errorClass: error.errorClass, message: error.message, sqlState: error.sqlState,
                             hint: "line \(lineNumber) of \(path) is \(ByteCountText.format(Int64(bytes))) long, more "
                                 + "than \(PartitionBookkeeping.key) (\(ByteCountText.format(driverMemory))) holds; "
                                 + "is the file missing its line breaks?")
        }
    }
}
