import Testing
@testable import SparkbookEngine
@testable import SparkbookDataFrame

struct TempViewCatalogTests {
    private let plan = LogicalPlan.local(try! LocalRelation(rows: [], schema: StructType([]), parallelism: 1))

    @Test func aTakenNameIsRefusedUnlessReplaced() throws {
        let catalog = TempViewCatalog()
        try catalog.create("V", plan, replace: false)
        #expect(catalog.names == ["v"])
        #expect {
            try catalog.create("v", plan, replace: false)
        } throws: { error in
            "\(error)".contains("TEMP_TABLE_OR_VIEW_ALREADY_EXISTS") && "\(error)".contains("`v`")
        }
        try catalog.create("v", plan, replace: true)
    }

    @Test func aGlobalViewIsNamedWithoutItsDatabase() {
        let catalog = TempViewCatalog()
        catalog.register("global_temp.g", plan)
        #expect {
            try catalog.create("global_temp.g", plan, replace: false, shownAs: "g")
        } throws: { error in
            "\(error)".contains("temporary view `g`")
        }
    }
}
