public struct ApplicationInfo: Hashable, Sendable {
    public var appName: String
    public var appId: String
    public var time: Int64
    public var user: String

    public init(appName: String, appId: String, time: Int64, user: String) {
        self.appName = appName
        self.appId = appId
        self.time = time
        self.user = user
    }
}
