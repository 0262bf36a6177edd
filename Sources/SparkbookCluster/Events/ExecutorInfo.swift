public struct ExecutorInfo: Hashable, Sendable {
    public var id: String
    public var time: Int64
    public var host: String
    public var totalCores: Int

    public init(id: String, time: Int64, host: String, totalCores: Int) {
        self.id = id
        self.time = time
        self.host = host
        self.totalCores = totalCores
    }
}
