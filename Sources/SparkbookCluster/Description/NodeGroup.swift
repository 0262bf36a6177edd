/// `count` identical nodes.
public struct NodeGroup: Hashable, Sendable {
    public var count: Int
    public var resources: Resources
    /// Host names are `<namePrefix><n>`, numbered across groups from 1.
    public var namePrefix: String

    public init(count: Int, resources: Resources, namePrefix: String = "node-") {
        self.count = count
        self.resources = resources
        self.namePrefix = namePrefix
    }
}
