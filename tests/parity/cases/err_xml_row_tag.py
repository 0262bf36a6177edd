# %%
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
        .appName("parity-err_xml_row_tag")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
)

# %%
spark.read.xml("data/parity/people.csv").show()
