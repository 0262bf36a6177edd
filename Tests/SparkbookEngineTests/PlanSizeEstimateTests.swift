import Testing
@testable import SparkbookEngine

@Suite struct PlanSizeEstimateTests {
    let orders = StructType([StructField("order_id", .integer), StructField("customer_id", .integer),
                             StructField("amount", .double), StructField("status", .string),
                             StructField("ordered_at", .timestamp)])

    @Test func rowSizeIsEightBytesPlusDefaultSizes() {
        #expect(PlanSizeEstimate.rowSize(orders) == 52)
        #expect(PlanSizeEstimate.defaultSize(.decimal(precision: 10, scale: 2)) == 8)
        #expect(PlanSizeEstimate.defaultSize(.decimal(precision: 30, scale: 2)) == 16)
    }

    @Test func aProjectionScalesByRowSizeRoundingDown() {
        let pruned = StructType(Array(orders.fields.prefix(2)))
        #expect(PlanSizeEstimate.scaled(322, to: pruned, from: orders) == 99)
        #expect(PlanSizeEstimate.scaled(nil, to: pruned, from: orders) == nil)
    }

    @Test func rowsInMemoryHaveNoKnownSize() {
        let relation = LocalRelation(schema: orders, partitions: [RecordBatch.empty(orders)])
        let filtered = PhysicalOperator.filter(.literal(.boolean(true), type: .boolean), .local(relation))
        #expect(PlanSizeEstimate(stages: []).size(filtered) == nil)
    }
}
