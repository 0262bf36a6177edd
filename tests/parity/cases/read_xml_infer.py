# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-read_xml_infer")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
)

# %%
books = spark.read.option("rowTag", "book").xml("data/parity/books.xml")
books.printSchema()
books.orderBy("_id").show(truncate=False)
books.select("_id", "info.pages", "note._VALUE", "tag").orderBy("_id").show()
