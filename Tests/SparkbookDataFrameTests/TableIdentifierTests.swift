import Testing
@testable import SparkbookDataFrame
import SparkbookEngine

/// Table names as users write them.
struct TableIdentifierTests {
    @Test func partsSplitOnDotsOutsideBackquotesAndLowercase() throws {
        #expect(try TableIdentifier.parse("Sales") == TableIdentifier(database: nil, table: "sales"))
        #expect(try TableIdentifier.parse("Shop.Sales") == TableIdentifier(database: "shop", table: "sales"))
        #expect(try TableIdentifier.parse("spark_catalog.shop.sales") == TableIdentifier(database: "shop", table: "sales"))
        #expect(try TableIdentifier.parse("`a.b`.c").database == "a.b")
        #expect(throws: SparkError.self) { try TableIdentifier.parse("a.b.c.d") }
        #expect(throws: SparkError.self) { try TableIdentifier.parse("a..b") }
    }

    @Test func errorsQuoteTheQualifiedName() throws {
        #expect(try TableIdentifier.parse("t").qualified(in: "lab").quoted == "`spark_catalog`.`lab`.`t`")
    }
}
