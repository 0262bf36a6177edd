# %%
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (
    SparkSession.builder
        .appName("parity-df_methods_more")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)
people = spark.createDataFrame([(14, "Tom"), (23, "Alice"), (16, "Bob")], ["age", "name"])

# %%
# Positions: offset, zipWithIndex, zip.
people.offset(1).show()
people.offset(5).show()
people.zipWithIndex().show()
people.zipWithIndex("row_id").printSchema()
people.select("age").zip(people.select("name")).show()

# %%
# Columns by regex, transpose, subqueries.
wide = spark.createDataFrame([("a", 1, 2.5), ("b", 3, None)], ["Col1", "Col2", "Col3"])
wide.select(wide.colRegex("`Col[23]`")).show()
wide.select(wide.colRegex("`(Col1)?+.+`")).show()
wide.transpose().show()
wide.transpose().printSchema()
people.where(people.age > people.select(F.avg("age")).scalar()).show()
people.select("name", people.select(F.max("age")).scalar().alias("oldest")).show()
people.where(people.age.isin(spark.range(20))).orderBy("age").show()
people.where(spark.range(1).exists()).count()
print(people.where(~spark.range(0).exists()).count())

# %%
# Partitions by value.
people.repartitionByRange(2, "age").select("age", "name", F.spark_partition_id()).show()
spark.range(10).withColumn("p", (F.col("id") % 3).cast("int")).repartitionById(3, "p") \
    .select("id", "p", F.spark_partition_id()).orderBy("id").show()

# %%
# Casts that may fail, slices, drop by name and by column.
codes = spark.createDataFrame([(2, "123"), (5, "Bob"), (3, None)], ["age", "name"])
codes.select(codes.name.try_cast("long"), codes.name.try_cast("double").alias("d")).show()
codes.select(codes.name[slice(1, 2)], codes.name[2:3]).show()
joined = people.join(codes, "age", "outer")
print(joined.columns, joined.drop("name").columns)
both = people.join(codes.withColumnRenamed("age", "a2"))
print(both.drop("name").columns, both.drop(people.name).columns)
print(people.withColumn("a.b", F.lit(1)).drop(F.col("a.b")).columns)

# %%
# Views, semantics, completions.
people.createOrReplaceGlobalTempView("people")
spark.table("global_temp.people").orderBy("age").show()
print(spark.catalog.listTables())
print(spark.catalog.dropGlobalTempView("people"), spark.catalog.dropGlobalTempView("people"))
r = spark.range(10)
print(r.withColumn("c", r.id * 2).sameSemantics(r.withColumn("d", r.id * 2)),
      r.withColumn("c", r.id * 2).sameSemantics(r.withColumn("c", r.id + 2)))
print(people._ipython_key_completions_(), people.isStreaming)
people.foreach(lambda row: print(row.name))
print([a for a in dir(people) if a.startswith("i")])
