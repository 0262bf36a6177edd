import SparkbookEngine

extension SparkSession {
    /// `spark.sql(query)`: a SELECT over temporary views, translated to DataFrame operations. Subqueries in its
    /// expressions run now, before it (`SQLSubqueryRunner`).
    public func sql(_ text: String) async throws -> DataFrame {
        switch try SQLStatement.parse(text) {
        case .query(let query):
            return try await dataFrame(for: query, tables: [:], subqueries: query.subqueries)
        case let command:
            return try await run(command)
        }
    }

    /// A command runs now, as Spark runs one when `spark.sql` is called; its result is local rows.
    private func run(_ command: SQLStatement) async throws -> DataFrame {
        func result(_ fields: [StructField], _ rows: [[Value]]) throws -> DataFrame {
            try createDataFrame(rows: rows, schema: StructType(fields), isCommandResult: true)
        }
        switch command {
        case .query:
            preconditionFailure("queries are not commands")
        case .showTables(let database, let pattern):
            // The database's tables, then the session's views; global temporary views (`global_temp.v`) belong
            // to another database.
            let matches = { (name: String) in pattern.map { SQLStatement.matches(name, pattern: $0) } ?? true }
            let tables = try sessionCatalog.tables(in: database).filter { matches($0.name) }
            let names = catalog.names.filter { name in !name.hasPrefix("global_temp.") && matches(name) }
            return try result([StructField("namespace", .string, nullable: false),
                               StructField("tableName", .string, nullable: false),
                               StructField("isTemporary", .boolean, nullable: false)],
                              tables.map { [.string($0.database), .string($0.name), .boolean(false)] }
                                + names.map { [.string(""), .string($0), .boolean(true)] })
        case .describe(let name, let extended):
            if !catalog.names.contains(name.lowercased()), let table = try? sessionCatalog.existingTable(name) {
                return try result(TableDescription.fields, TableDescription(table: table).rows(extended: extended))
            }
            let schema = try self.table(name).schema()
            return try result(TableDescription.fields,
                              schema.fields.map { [.string($0.name), .string($0.dataType.simpleString), .null] })
        case .createTempView(let name, let replace, let query):
            // The name is checked before the query is planned, so a taken name is the error reported.
            if !replace { try catalog.refuseIfTaken(name) }
            catalog.register(name, try await dataFrame(for: query, tables: [:], subqueries: query.subqueries).plan)
            return try result([], [])
        case .dropView(let name, let ifExists):
            if !catalog.drop(name) {
                if let table = try? sessionCatalog.existingTable(name) {
                    throw CatalogErrors.wrongObjectType("DROP VIEW", required: "VIEW or METRIC_VIEW", table, alternative: "DROP TABLE")
                }
                if !ifExists { _ = try catalog.plan(name) }
            }
            return try result([], [])
        case .set(let key, let value):
            let fields = [StructField("key", .string, nullable: false), StructField("value", .string, nullable: false)]
            guard let key else {
                return try result(fields, conf.all.sorted { $0.key < $1.key }.map { [.string($0.key), .string($0.value)] })
            }
            if let value { try conf.set(key, value) }
            return try result(fields, [[.string(key), .string(conf.get(key) ?? "<undefined>")]])
        case .describeHistory(let path, let limit):
            return try result(DeltaHistory.schema.fields, try DeltaHistory.rows(tablePath: context.resolve(path: path).path, limit: limit))
        case .describeTableHistory(let name, let limit):
            let table = try sessionCatalog.existingTable(name)
            guard table.provider == "delta" else {
                throw SparkError(.analysis, errorClass: "DELTA_TABLE_ONLY_OPERATION",
                                 message: "\(table.identifier.quoted) is not a Delta table. DESCRIBE HISTORY is only supported for Delta tables.",
                                 sqlState: "0AKDD")
            }
            return try result(DeltaHistory.schema.fields, try DeltaHistory.rows(tablePath: table.location, limit: limit))
        case .table(let command):
            return try await runTableCommand(command) { [self] query in
                try await dataFrame(for: query, tables: [:], subqueries: query.subqueries)
            }
        }
    }

    /// A query's DataFrame. `tables` holds the common table expressions in scope (lowercased names), which
    /// shadow temporary views of the same name; the query's own `WITH` tables join them in order, each seeing
    /// the ones before it.
    private func dataFrame(for query: SQLSelect, tables: [String: DataFrame],
                           subqueries: [SQLSubquery]) async throws -> DataFrame {
        var query = query
        var tables = tables
        for common in query.commonTables {
            tables[common.name.lowercased()] = try await dataFrame(for: common.query, tables: tables, subqueries: subqueries)
        }
        let inScope = tables
        let runner = SQLSubqueryRunner(subqueries: subqueries) { [self] in
            try await dataFrame(for: $0, tables: inScope, subqueries: subqueries)
        }
        query = try await runner.resolved(query)
        /// A FROM or JOIN table under its alias (or name), so a qualifier no table has fails as in Spark.
        func read(_ table: SQLSelect.Table) async throws -> DataFrame {
            let df = try await readSource(table)
            return (table.alias ?? table.name).map(df.alias) ?? df
        }
        func readSource(_ table: SQLSelect.Table) async throws -> DataFrame {
            switch table.source {
            case .query(let subquery): return try await dataFrame(for: subquery, tables: tables, subqueries: subqueries)
            case .range(let a):
                let (start, end) = a.count == 1 ? (0, a[0]) : (a[0], a[1])
                return try range(start, end, step: a.count > 2 ? a[2] : 1, numPartitions: a.count > 3 ? Int(a[3]) : nil)
            case .named(let name):
                if let common = tables[name.lowercased()] { return common }
                return try self.table(name)
            case .values(let rows):
                return try inlineTable(rows, names: table.columnNames)
            case .file(let format, let path):
                return try self.read.format(format).load([path])
            }
        }
        var qualifiers = SQLTableQualifiers()
        guard let from = query.from else {
            let one = try range(0, 1, numPartitions: 1)
            return try one.select(query.items.map { Column(qualifiers.resolved($0)) })
        }
        var df = try await read(from)
        qualifiers.add(from, planId: df.planId)
        for join in query.joins {
            let right = try await read(join.table)
            qualifiers.add(join.table, planId: right.planId)
            df = try df.join(right, join.condition.map { .on(qualifiers.resolved($0)) } ?? .none, join.type)
        }
        for view in query.lateralViews {
            df = try df.select([Column("*"), Column(qualifiers.resolved(view.selectItem))])
        }
        query.whereClause = query.whereClause.map(qualifiers.resolved)
        query.groupBy = query.groupBy.map(qualifiers.resolved)
        query.items = query.items.map(qualifiers.resolved)
        query.having = query.having.map(qualifiers.resolved)
        query.orderBy = query.orderBy.map(SQLTableQualifiers.unqualified)
        if let condition = query.whereClause { df = try df.filter(Column(condition)) }
        let aggregating = !query.groupBy.isEmpty || query.items.contains { $0.containsAggregate }
        let beforeProjection = df
        var hiddenSortKeys: [String] = []
        if aggregating {
            // ORDER BY an aggregate: the select item computing it, else a hidden output column dropped after the sort.
            query.orderBy = query.orderBy.enumerated().map { index, order in
                guard case .sortOrder(let key, let direction) = order, key.containsAggregate else { return order }
                if let item = query.items.first(where: { $0.unaliased == key }) {
                    return .sortOrder(.column(item.generatedName), direction)
                }
                let name = "__order\(index)"
                query.items.append(Expression.alias(key, name: name))
                hiddenSortKeys.append(name)
                return .sortOrder(.column(name), direction)
            }
            var output = query.items
            if let having = query.having { output.append(.alias(having, name: "__having")) }
            if query.items.contains(where: \.containsWindow), query.having == nil {
                // Windows over the groups run over the aggregate's rows.
                var windows = SQLWindowsOverAggregate(groupBy: query.groupBy)
                let items = query.items.map { windows.item($0) }
                df = try df.derive { .aggregate(groupBy: query.groupBy, output: windows.aggregateOutput, $0) }
                    .select(items.map(Column.init))
            } else {
                do {
                    df = try df.derive { .aggregate(groupBy: query.groupBy, output: output, $0) }
                    if query.having != nil {
                        df = try df.filter(Column("__having")).drop(["__having"])
                    }
                } catch let error as SparkError where query.having != nil {
                    // HAVING may name an output alias instead of repeating the aggregate.
                    _ = error
                    df = try beforeProjection.derive { .aggregate(groupBy: query.groupBy, output: query.items, $0) }
                    df = try df.filter(Column(query.having!))
                }
            }
        } else {
            df = try df.select(query.items.map(Column.init))
        }
        if query.distinct { df = try df.distinct() }
        if !query.orderBy.isEmpty {
            do {
                df = try df.orderBy(query.orderBy.map(Column.init))
            } catch where !aggregating && !query.distinct {
                if query.items.contains(where: \.containsWindow) {
                    // Windows reorder rows, so the sort comes after them: the keys the SELECT list does not keep
                    // ride along as hidden columns, dropped after the sort.
                    let kept = Set(try df.columns().map { $0.lowercased() })
                    var items = query.items
                    let orderBy = query.orderBy.enumerated().map { index, order -> Expression in
                        guard case .sortOrder(let key, let direction) = order else { return order }
                        if case .column(let name) = key, kept.contains(name.lowercased()) { return order }
                        items.append(.alias(key, name: "__order\(index)"))
                        hiddenSortKeys.append("__order\(index)")
                        return .sortOrder(.column("__order\(index)"), direction)
                    }
                    df = try beforeProjection.select(items.map(Column.init)).orderBy(orderBy.map(Column.init))
                } else {
                    // ORDER BY a column the SELECT list does not keep: sort first, then project.
                    df = try beforeProjection.orderBy(query.orderBy.map(Column.init)).select(query.items.map(Column.init))
                }
            }
        }
        if !hiddenSortKeys.isEmpty { df = try df.drop(hiddenSortKeys) }
        if let n = query.limit { df = try df.limit(n) }
        return df
    }
}

extension Expression {
    /// The expression under its alias, if any.
    var unaliased: Expression {
        if case .alias(let inner, _) = self { return inner }
        return self
    }
}

extension SparkSession {
    /// `VALUES (...), (...) [AS t(a, b)]`: each row a one-row projection, the rows a union (whose types widen
    /// as Spark's inline table coerces them), in order, in one partition each.
    func inlineTable(_ rows: [[Expression]], names: [String]?) throws -> DataFrame {
        let width = rows[0].count
        let columns = names ?? (1...width).map { "col\($0)" }
        guard columns.count == width else {
            throw SparkError(.analysis, errorClass: "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
                             message: "Invalid inline table. Inline table expected \(columns.count) columns but found \(width) columns in row 0.",
                             sqlState: "42000")
        }
        var table: DataFrame?
        for row in rows {
            let one = try range(0, 1, numPartitions: 1)
                .select(zip(row, columns).map { Column(Expression.alias($0, name: $1)) })
            table = try table.map { try $0.union(one) } ?? one
        }
        return table!
    }
}
