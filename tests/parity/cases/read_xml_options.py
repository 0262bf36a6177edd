# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-read_xml_options")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
# Attributes and an element's own text under other names, and a text that stands for null.
books = (spark.read.option("rowTag", "book").option("attributePrefix", "@").option("valueTag", "#text")
         .option("nullValue", "n/a").xml("data/parity/books_options.xml"))
books.printSchema()
books.orderBy("@id").show(truncate=False)

# %%
# Attributes left out; every value a string.
plain = (spark.read.option("rowTag", "book").option("excludeAttribute", "true").option("inferSchema", "false")
         .xml("data/parity/books_options.xml"))
plain.printSchema()
plain.orderBy("title").show(truncate=False)

# %%
# Spaces around values kept.
spaced = spark.read.option("rowTag", "book").option("ignoreSurroundingSpaces", "false").xml("data/parity/books_options.xml")
spaced.selectExpr("title", "length(title) AS n", "price").orderBy("n").show(truncate=False)

# %%
# Written back with the same options (one file), then read as text.
import tempfile, os
out = os.path.join(tempfile.mkdtemp(), "books")
(books.orderBy("@id").coalesce(1).write.option("rowTag", "book").option("rootTag", "shelf").option("attributePrefix", "@")
      .option("valueTag", "#text").option("nullValue", "n/a").xml(out))
print("\n".join(row.value for row in spark.read.text(out).collect()))
