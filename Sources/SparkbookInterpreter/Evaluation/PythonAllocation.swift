import Foundation
import SparkbookSyntax

/// Python's `MemoryError` for an object a cell asks for that the machine cannot hold (`"a" * 10**12`,
/// `[0] * 10**12`, a format width of `10**12`): CPython's allocation fails and it raises `MemoryError`; here
/// the size is checked before anything is allocated, so the session and its variables live on.
enum PythonAllocation {
    /// Half the machine's memory: a single object past it cannot be built beside the session's own.
    static let limitBytes = Int(clamping: ProcessInfo.processInfo.physicalMemory / 2)

    /// `count` items of `itemBytes` bytes each, or `MemoryError` (empty message, as CPython's).
    static func check(count: Int, itemBytes: Int, span: SourceSpan? = nil) throws {
        let (bytes, overflow) = max(0, count).multipliedReportingOverflow(by: max(1, itemBytes))
        if overflow || bytes > limitBytes { throw ScriptError("MemoryError", "", span: span) }
    }

    /// Bytes the interpreter holds per list item.
    static let listItemBytes = MemoryLayout<PyValue>.stride
}
