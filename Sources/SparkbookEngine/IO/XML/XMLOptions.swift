/// The options of Spark's XML source (`XmlOptions`) that change how records read and write: the names attributes
/// and an element's own text take as fields, a text that stands for null, whether attributes are read at all,
/// whether values are typed, whether spaces around values count.
public struct XMLOptions: Sendable, Equatable {
    /// Prefix of the fields read from attributes (`_id` for `id="..."`).
    public var attributePrefix = "_"
    /// The field holding an element's own text when it also has attributes or children.
    public var valueTag = "_VALUE"
    /// A text read as null, and what a null is written as (nulls are left out when unset).
    public var nullValue: String?
    /// Attributes are not read.
    public var excludeAttribute = false
    /// Values typed as Spark infers them; every value a string when false.
    public var inferSchema = true
    /// Spaces around values are not part of them (Spark 4's default).
    public var ignoreSurroundingSpaces = true

    public init() {}

    /// The options a reader or writer was given (keys in any case, as Spark's are).
    public init(_ options: [String: String]) {
        func option(_ key: String) -> String? { options.first { $0.key.lowercased() == key.lowercased() }?.value }
        func flag(_ key: String, _ fallback: Bool) -> Bool { option(key).map { $0.lowercased() == "true" } ?? fallback }
        attributePrefix = option("attributePrefix") ?? attributePrefix
        valueTag = option("valueTag") ?? valueTag
        nullValue = option("nullValue")
        excludeAttribute = flag("excludeAttribute", false)
        inferSchema = flag("inferSchema", true)
        ignoreSurroundingSpaces = flag("ignoreSurroundingSpaces", true)
    }

    /// A value's text as the options read it: trimmed unless spaces count, and nil where it is the null text.
    func value(_ raw: String) -> String? {
        let text = ignoreSurroundingSpaces ? raw.trimmingCharacters(in: .whitespacesAndNewlines) : raw
        return text == nullValue ? nil : text
    }
}
