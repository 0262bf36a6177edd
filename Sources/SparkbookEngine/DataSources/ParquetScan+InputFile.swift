/// `input_file_name()` over a Parquet read: a task's splits are usually parts of one file; a task that packs several
/// small files says so (`TaskInputFile.several`).
extension ParquetScan {
    func inputFile(partition index: Int) -> TaskInputFile {
        guard index < partitions.count else { return .none }
        return TaskInputFile(files: Set(partitions[index].map(\.path)).sorted())
    }
}
